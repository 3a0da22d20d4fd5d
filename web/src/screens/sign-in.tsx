import { useState } from 'preact/hooks';
import { api, ApiError, ok } from '../api/client';
import { ErrorMessage, Field } from '../components/common';
import { useAction } from '../components/use-action';
import { LanguageSwitch } from '../components/layout';
import { useT } from '../i18n/i18n';
import type { Session } from '../session';

/** The key is posted once and exchanged for an httpOnly session cookie: it is never put in a URL or in storage. */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const t = useT();
  const [key, setKey] = useState('');
  const { run, busy, error } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    const session = await run(
      () => ok(api.POST('/auth/session', { body: { key } })),
      (e) => (e instanceof ApiError && e.status === 401 ? t('signIn.wrongKey') : e.message),
    );
    if (!session) return;
    setKey('');
    onSignedIn(session);
  }

  return (
    <main class="sign-in" id="main">
      <div class="sign-in-top">
        <LanguageSwitch />
      </div>
      <h1>quote-tracker</h1>
      <p>{t('signIn.intro')}</p>
      <form onSubmit={submit}>
        <Field label={t('signIn.key')} hint={t('signIn.keyHint')}>
          <input type="password" name="key" autoComplete="off" required autoFocus value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        </Field>
        <ErrorMessage error={error} />
        <button type="submit" class="primary" disabled={busy || !key.trim()}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
