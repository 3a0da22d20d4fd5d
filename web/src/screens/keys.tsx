import { useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api/client';
import { ErrorMessage, Field, Loading } from '../components/common';
import { useAction } from '../components/use-action';
import { useLoad } from '../components/use-load';
import { formatDateTime, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useSession } from '../session';

const ROLES = ['viewer', 'editor', 'admin'] as const;

/** API keys (admin): a new key is shown once, here, and never again. */
export function KeysScreen() {
  const { t, language } = useI18n();
  const session = useSession();
  const keys = useLoad(() => ok(api.GET('/api-keys')), []);
  const [role, setRole] = useState<(typeof ROLES)[number]>('editor');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<Schemas['CreatedApiKeyDto']>();
  const { run, error } = useAction();

  async function create(event: Event) {
    event.preventDefault();
    const key = await run(() => ok(api.POST('/api-keys', { body: { role, name: name || undefined } })));
    if (!key) return;
    setCreated(key);
    setName('');
    keys.reload();
  }
  async function revoke(id: string) {
    if (await run(() => ok(api.DELETE('/api-keys/{id}', { params: { path: { id } } })))) keys.reload();
  }

  return (
    <section aria-labelledby="keys-title">
      <h1 id="keys-title">{t('keys.title')}</h1>
      <form class="panel inline" onSubmit={create}>
        <Field label={t('keys.name')}>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label={t('keys.role')}>
          <select value={role} onChange={(e) => setRole(e.currentTarget.value as (typeof ROLES)[number])}>
            {ROLES.map((r) => (
              <option value={r} key={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" class="primary">
          {t('keys.create')}
        </button>
      </form>
      {created && (
        <div class="notice" role="status" data-testid="new-key">
          <p>{t('keys.shownOnce', { name: created.name })}</p>
          <input readOnly value={created.key} aria-label={t('keys.newKey')} onFocus={(e) => e.currentTarget.select()} class="key" />
        </div>
      )}
      <ErrorMessage error={error ?? keys.error} />
      <table class="list">
        <thead>
          <tr>
            <th scope="col">{t('keys.name')}</th>
            <th scope="col">{t('keys.role')}</th>
            <th scope="col">{t('keys.prefix')}</th>
            <th scope="col">{t('keys.created')}</th>
            <th scope="col">{t('keys.lastUsed')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('keys.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(keys.data?.items ?? []).map((k) => (
            <tr key={k.id} class={k.revokedAt ? 'revoked' : undefined}>
              <td>{k.name}</td>
              <td>{t(`role.${k.role}` as MessageKey)}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{formatDateTime(k.createdAt, language)}</td>
              <td>{formatDateTime(k.lastUsedAt, language)}</td>
              <td>
                {k.revokedAt ? (
                  t('keys.revokedAt', { at: formatDateTime(k.revokedAt, language) })
                ) : k.id === session.keyId ? (
                  // Revoking the key you are signed in with would end this session mid-action.
                  <span class="muted">{t('keys.yours')}</span>
                ) : (
                  <button type="button" class="danger" onClick={() => revoke(k.id)} aria-label={t('keys.revokeNamed', { name: k.name })}>
                    {t('keys.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Loading when={keys.loading} />
    </section>
  );
}
