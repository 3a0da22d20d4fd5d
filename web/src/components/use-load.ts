import { useCallback, useEffect, useState } from 'preact/hooks';

/** Loads data for a view; reload() fetches again (after a change, or a 409). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: Error | undefined; loading: boolean; reload: () => void; set: (data: T) => void } {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ data, loading: false }), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, set };
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null | Record<string, never>;
}

/**
 * A cursor-paginated list: the first page loads with the given filters, "more" appends the next one.
 * No screen asks for a total count.
 */
export function usePaged<T>(loadPage: (cursor: string | undefined) => Promise<Page<T>>, deps: unknown[]) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | undefined>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    loadPage(undefined).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setCursor(typeof page.nextCursor === 'string' ? page.nextCursor : null);
        setLoading(false);
      },
      (e: Error) => live && (setError(e), setLoading(false)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const more = useCallback(async () => {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await loadPage(cursor);
      setItems((current) => [...current, ...page.items]);
      setCursor(typeof page.nextCursor === 'string' ? page.nextCursor : null);
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursor, ...deps]);

  return { items, setItems, hasMore: cursor !== null, more, loading, error, reload: () => setTick((n) => n + 1) };
}
