import type { ComponentChildren } from 'preact';
import { api } from '../api/client';
import { LANGUAGES, useI18n, type Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useRoute } from '../router';
import { useCan, useSession, type Role } from '../session';

const NAV: Array<{ path: string; label: MessageKey; role: Role }> = [
  { path: 'queue', label: 'nav.queue', role: 'viewer' },
  { path: 'search', label: 'nav.search', role: 'viewer' },
  { path: 'articles', label: 'nav.articles', role: 'viewer' },
  { path: 'speakers', label: 'nav.speakers', role: 'viewer' },
  { path: 'exports', label: 'nav.exports', role: 'viewer' },
  { path: 'keys', label: 'nav.keys', role: 'admin' },
];

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label class="language">
      <span class="label">{t('language')}</span>
      <select value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
        {LANGUAGES.map((l) => (
          <option value={l} key={l}>
            {l === 'ru' ? 'Русский' : 'English'}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout({ children, onSignedOut }: { children: ComponentChildren; onSignedOut: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const can = useCan();
  const route = useRoute();
  const current = route.parts[0] ?? 'queue';

  async function signOut() {
    await api.DELETE('/auth/session');
    onSignedOut();
  }

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('skipToContent')}
      </a>
      <header class="top">
        <span class="brand">quote-tracker</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.filter((n) => can(n.role)).map((n) => (
              <li key={n.path}>
                <a href={`#/${n.path}`} aria-current={current === n.path || (n.path === 'speakers' && current === 'speaker') ? 'page' : undefined}>
                  {t(n.label)}
                </a>
              </li>
            ))}
            {can('admin') && (
              <li>
                <a href="/admin/queues">{t('nav.queues')}</a>
              </li>
            )}
          </ul>
        </nav>
        <div class="who">
          <LanguageSwitch />
          <span class="user" data-testid="who">
            {session.name} · {t(`role.${session.role}` as MessageKey)}
          </span>
          <button type="button" onClick={signOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
