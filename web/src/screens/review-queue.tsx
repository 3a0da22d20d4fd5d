import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api/client';
import { ErrorMessage, Field, Loading, MoreButton } from '../components/common';
import { Confidence, REVIEW_STATUSES, STATEMENT_TYPES, StatusBadge, VerdictBadge } from '../components/statement-bits';
import { useLoad, usePaged } from '../components/use-load';
import { useShortcuts } from '../components/use-keys';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { href, navigate } from '../router';
import { useCan } from '../session';

type Statement = Schemas['StatementDto'];
const FILTERS = ['status', 'speaker', 'outlet', 'type', 'from', 'to', 'maxConfidence', 'mine'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function filtersOf(query: URLSearchParams): Filters {
  const f = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ''])) as Filters;
  // New statements by default; "all" in the URL means no status filter.
  if (!query.has('status')) f.status = 'new';
  if (f.status === 'all') f.status = '';
  return f;
}

/** Statements to check, least confident first; j/k move, c confirms, r rejects, e edits, Enter opens. */
export function ReviewQueue({ query }: { query: URLSearchParams }) {
  const t = useT();
  const can = useCan();
  const filters = filtersOf(query);
  const [draft, setDraft] = useState(filters);
  const [selected, setSelected] = useState(0);
  const [actionError, setActionError] = useState<string>();
  const rows = useRef<Array<HTMLLIElement | null>>([]);
  const key = FILTERS.map((k) => filters[k]).join('|');
  useEffect(() => setDraft(filters), [key]);

  const counts = useLoad(() => ok(api.GET('/statements/status-counts')), []);
  const list = usePaged<Statement>(
    (cursor) =>
      ok(
        api.GET('/statements', {
          params: {
            query: {
              reviewStatus: (filters.status || undefined) as Statement['reviewStatus'] | undefined,
              speaker: filters.speaker || undefined,
              outlet: filters.outlet || undefined,
              type: (filters.type || undefined) as Statement['type'] | undefined,
              from: filters.from || undefined,
              to: filters.to || undefined,
              maxConfidence: filters.maxConfidence ? Number(filters.maxConfidence) : undefined,
              assignee: filters.mine ? 'me' : undefined,
              sort: 'confidence',
              limit: 25,
              cursor,
            },
          },
        }),
      ),
    [key],
  );

  useEffect(() => setSelected(0), [key]);
  const focusRow = (index: number) => {
    const bounded = Math.max(0, Math.min(index, list.items.length - 1));
    setSelected(bounded);
    rows.current[bounded]?.focus();
  };

  async function review(index: number, status: 'confirmed' | 'rejected') {
    const statement = list.items[index];
    if (!statement || !can('editor')) return;
    setActionError(undefined);
    try {
      const updated = await ok(api.PATCH('/statements/{id}', { params: { path: { id: statement.id } }, body: { version: statement.version, reviewStatus: status } }));
      list.setItems((items) => items.map((s, i) => (i === index ? { ...s, reviewStatus: updated.reviewStatus, version: updated.version } : s)));
      counts.reload();
      focusRow(index + 1);
    } catch (e) {
      setActionError((e as Error).message);
    }
  }

  const open = (index: number, edit = false) => {
    const statement = list.items[index];
    if (statement) window.location.hash = href(`/statements/${statement.id}`, { edit: edit || undefined }).slice(1);
  };

  useShortcuts({
    j: () => focusRow(selected + 1),
    k: () => focusRow(selected - 1),
    Enter: () => open(selected),
    o: () => open(selected),
    ...(can('editor') ? { c: () => review(selected, 'confirmed'), r: () => review(selected, 'rejected'), e: () => open(selected, true) } : {}),
  });

  function apply(event: Event) {
    event.preventDefault();
    navigate('/queue', { ...draft, status: draft.status || 'all' });
  }
  const set = (name: keyof Filters) => (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });
  const statusParam = (s: string) => (s === 'all' ? '' : s);

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('queue.title')}</h1>
      <nav class="counts" aria-label={t('queue.counts')}>
        {(counts.data?.items ?? []).map((c) => (
          <a key={c.status} href={href('/queue', { ...filters, status: c.status })} aria-current={filters.status === c.status ? 'true' : undefined} data-testid={`count-${c.status}`}>
            <StatusBadge status={c.status} /> {c.count}
            {c.exact ? '' : '+'}
          </a>
        ))}
      </nav>
      <form class="filters" onSubmit={apply} aria-label={t('filters')}>
        <Field label={t('filter.status')}>
          <select value={statusParam(draft.status) || 'all'} onChange={set('status')}>
            <option value="all">{t('any')}</option>
            {REVIEW_STATUSES.map((s) => (
              <option value={s} key={s}>
                {t(`status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('filter.speaker')}>
          <input value={draft.speaker} onInput={set('speaker')} />
        </Field>
        <Field label={t('filter.outlet')}>
          <input value={draft.outlet} onInput={set('outlet')} />
        </Field>
        <Field label={t('filter.type')}>
          <select value={draft.type} onChange={set('type')}>
            <option value="">{t('any')}</option>
            {STATEMENT_TYPES.map((s) => (
              <option value={s} key={s}>
                {t(`type.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('filter.from')}>
          <input type="date" value={draft.from} onInput={set('from')} />
        </Field>
        <Field label={t('filter.to')}>
          <input type="date" value={draft.to} onInput={set('to')} />
        </Field>
        <Field label={t('filter.maxConfidence')}>
          <select value={draft.maxConfidence} onChange={set('maxConfidence')}>
            <option value="">{t('any')}</option>
            {['0.3', '0.5', '0.7', '0.9'].map((c) => (
              <option value={c} key={c}>
                ≤ {Math.round(Number(c) * 100)}%
              </option>
            ))}
          </select>
        </Field>
        <label class="check">
          <input type="checkbox" checked={!!draft.mine} onChange={(e) => setDraft({ ...draft, mine: e.currentTarget.checked ? '1' : '' })} />
          {t('filter.mine')}
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      <p>
        <a href={href('/exports', { speaker: filters.speaker, outlet: filters.outlet, type: filters.type, from: filters.from, to: filters.to, reviewStatus: filters.status })}>
          {t('queue.export')}
        </a>
      </p>
      <p class="muted" id="queue-keys">
        {can('editor') ? t('queue.keysEditor') : t('queue.keysViewer')}
      </p>
      <ErrorMessage error={actionError ?? list.error} />
      <ul class="statements" role="list" aria-describedby="queue-keys" data-testid="queue">
        {list.items.map((s, i) => (
          <li
            key={s.id}
            ref={(el) => {
              rows.current[i] = el;
            }}
            tabIndex={i === selected ? 0 : -1}
            class={i === selected ? 'selected' : undefined}
            aria-current={i === selected ? 'true' : undefined}
            onFocus={() => setSelected(i)}
            data-testid="queue-row"
          >
            <div class="row-head">
              <a href={`#/statements/${s.id}`} tabIndex={-1}>
                <strong>{s.speaker.name}</strong>
              </a>
              <StatusBadge status={s.reviewStatus} />
              <VerdictBadge verdict={s.verdict} />
              <Confidence value={s.confidence} />
              <span class="muted">
                {t(`type.${s.type}` as MessageKey)} · {s.date ?? t('noDate')}
              </span>
            </div>
            <blockquote>{s.quote}</blockquote>
            {can('editor') && (
              <div class="row-actions">
                <button type="button" tabIndex={i === selected ? 0 : -1} onClick={() => review(i, 'confirmed')}>
                  {t('action.confirm')}
                </button>
                <button type="button" tabIndex={i === selected ? 0 : -1} onClick={() => review(i, 'rejected')}>
                  {t('action.reject')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {!list.loading && !list.error && list.items.length === 0 && <p class="muted">{t('queue.empty')}</p>}
      <Loading when={list.loading} />
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
    </section>
  );
}
