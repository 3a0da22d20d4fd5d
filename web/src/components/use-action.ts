import { useCallback, useState } from 'preact/hooks';

/**
 * Runs a user's action (a form submit, a button): `busy` while it runs, its error message afterwards.
 * Gives the action's result, or undefined when it failed.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(async <T,>(action: () => Promise<T>, describe: (e: Error) => string = (e) => e.message): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (e) {
      setError(describe(e as Error));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error };
}
