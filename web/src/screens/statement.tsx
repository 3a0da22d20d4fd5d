import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, ok, type Schemas } from '../api/client';
import { ArticleBody, selectedOffsets } from '../components/article-body';
import { ErrorMessage, Field, Loading, MoreButton, text } from '../components/common';
import { SpeakerPicker } from '../components/speaker-picker';
import { Confidence, STATEMENT_TYPES, StatusBadge, VERDICTS, VerdictBadge } from '../components/statement-bits';
import { useLoad, usePaged } from '../components/use-load';
import { formatDateTime, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { currentRoute, navigate } from '../router';
import { useCan, useSession } from '../session';
import { ClaimAppearances } from './claim-appearances';

type Statement = Schemas['StatementDto'];
type Conflict = { by: string; at: string } | null;

/** One statement in its article: review, correction, verdicts, notes, assignment, history, other outlets. */
export function StatementScreen({ id }: { id: string }) {
  const { t, language } = useI18n();
  const can = useCan();
  const [refresh, setRefresh] = useState(0);
  const [conflict, setConflict] = useState<Conflict>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const statement = useLoad(() => ok(api.GET('/statements/{id}', { params: { path: { id } } })), [id]);
  const articleId = statement.data?.articleId;
  const article = useLoad(() => (articleId ? ok(api.GET('/articles/{id}', { params: { path: { id: articleId } } })) : Promise.resolve(undefined)), [articleId]);
  const bodyRef = useRef<HTMLDivElement>(null);

  /**
   * Puts the stored statement on screen before anything else may act on it: a click that follows a
   * change or a reload must send the new version, not the one the page showed while the fetch was out.
   */
  const showStored = async () => {
    statement.set(await ok(api.GET('/statements/{id}', { params: { path: { id } } })));
    setRefresh((n) => n + 1);
  };

  const reloadAll = async () => {
    setError(undefined);
    try {
      await showStored();
      setConflict(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  /** Runs a change; a stale version (409) shows who changed the statement first and offers to reload. */
  async function change(run: (s: Statement) => Promise<unknown>, done: string) {
    const s = statement.data;
    if (!s) return false;
    setError(undefined);
    setNotice(undefined);
    try {
      await run(s);
      await showStored().catch(() => statement.reload());
      setNotice(done);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const history = await ok(api.GET('/statements/{id}/history', { params: { path: { id }, query: { limit: 1 } } })).catch(() => undefined);
        const last = history?.items[0];
        setConflict({ by: last?.actor.name ?? '?', at: last ? String(last.at) : '' });
      } else setError((e as Error).message);
      return false;
    }
  }

  if (statement.error) return <ErrorMessage error={statement.error} />;
  const s = statement.data;
  if (!s) return <Loading when />;
  const body = article.data?.body ?? null;

  return (
    <article class="statement" aria-labelledby="statement-title">
      <h1 id="statement-title">
        {s.speaker.id ? <a href={`#/speakers/${s.speaker.id}`}>{s.speaker.name}</a> : s.speaker.name}
      </h1>
      <p class="meta">
        <StatusBadge status={s.reviewStatus} /> <VerdictBadge verdict={s.verdict} /> <Confidence value={s.confidence} /> · {t(`type.${s.type}` as MessageKey)} · {s.date ?? t('noDate')}
        {s.datePrecision ? ` (${t(`precision.${s.datePrecision}` as MessageKey)})` : ''} · {t('statement.cue')}: «{s.cue}»
        {s.speaker.linkRule ? ` · ${t('statement.linkRule')}: ${s.speaker.linkRule}` : ''}
      </p>
      <blockquote class="quote" data-testid="statement-quote">{s.quote}</blockquote>
      {conflict && (
        <div class="conflict" role="alert" data-testid="conflict">
          <p>{t('conflict.text', { name: conflict.by, at: formatDateTime(conflict.at, language) })}</p>
          <button type="button" class="primary" onClick={reloadAll}>
            {t('conflict.reload')}
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <div class="columns">
        <section aria-labelledby="article-title" class="article">
          <h2 id="article-title">
            <a href={`#/articles/${s.articleId}`}>{article.data?.title || t('statement.article')}</a>
          </h2>
          {article.data && (
            <p class="muted">
              {article.data.outlet?.name ?? ''} {article.data.publishedAt ?? ''} {article.data.url && <a href={article.data.url} rel="noreferrer noopener" target="_blank">{t('statement.original')}</a>}
            </p>
          )}
          {body !== null ? (
            <ArticleBody
              body={body}
              bodyRef={bodyRef}
              label={t('statement.articleBody')}
              marks={[
                { start: s.start, end: s.end, kind: 'quote' },
                ...(s.mentionStart !== null && s.mentionEnd !== null ? [{ start: s.mentionStart, end: s.mentionEnd, kind: 'mention' as const }] : []),
              ]}
            />
          ) : (
            <Loading when={article.loading} />
          )}
          <p class="legend muted">
            <mark class="quote">{t('legend.quote')}</mark> <span class="mention">{t('legend.mention')}</span>
          </p>
        </section>
        <div class="side">
          {can('editor') && <ReviewPanel statement={s} change={change} bodyRef={bodyRef} />}
          <Assignment statement={s} change={change} />
          <Verdicts statement={s} change={change} refresh={refresh} />
          <Notes statement={s} refresh={refresh} change={change} />
          {can('admin') && <DeleteStatement change={change} />}
        </div>
      </div>
      <History id={id} refresh={refresh} />
      {s.claimId && <ClaimAppearances claimId={s.claimId} statementId={s.id} />}
    </article>
  );
}

type Change = (run: (s: Statement) => Promise<unknown>, done: string) => Promise<boolean>;

function ReviewPanel({ statement: s, change, bodyRef }: { statement: Statement; change: Change; bodyRef: { current: HTMLDivElement | null } }) {
  const { t } = useI18n();
  const [speaker, setSpeaker] = useState<Schemas['SpeakerDto'] | null>(null);
  const [type, setType] = useState(s.type);
  const [date, setDate] = useState(s.date ?? '');
  const [precision, setPrecision] = useState<string>(s.datePrecision ?? 'day');
  const [span, setSpan] = useState({ start: s.start, end: s.end });
  const [spanError, setSpanError] = useState<string>();
  const correctForm = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setType(s.type);
    setDate(s.date ?? '');
    setPrecision(s.datePrecision ?? 'day');
    setSpan({ start: s.start, end: s.end });
    setSpeaker(null);
  }, [s.id, s.version]);
  // Opened with `e` from the queue: start in the correction form.
  useEffect(() => {
    if (currentRoute().query.get('edit')) correctForm.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const review = (status: 'confirmed' | 'rejected') =>
    change((st) => ok(api.PATCH('/statements/{id}', { params: { path: { id: st.id } }, body: { version: st.version, reviewStatus: status } })), t(status === 'confirmed' ? 'done.confirmed' : 'done.rejected'));

  function takeSelection() {
    const offsets = selectedOffsets(bodyRef.current);
    if (!offsets) return setSpanError(t('correct.selectFirst'));
    setSpanError(undefined);
    setSpan(offsets);
  }

  function composedDate(): string | null {
    if (!date) return null;
    const parts = date.split('-');
    return precision === 'year' ? parts[0] : precision === 'month' ? parts.slice(0, 2).join('-') : date;
  }

  async function submit(event: Event) {
    event.preventDefault();
    const body: Schemas['UpdateStatementDto'] = { version: s.version, reviewStatus: 'corrected' };
    if (speaker && speaker.id !== s.speaker.id) body.speakerId = speaker.id;
    if (type !== s.type) body.type = type as Statement['type'] & Schemas['UpdateStatementDto']['type'];
    const d = composedDate();
    if (d !== (s.date ?? null) || (d && precision !== s.datePrecision)) body.date = d;
    if (span.start !== s.start || span.end !== s.end) Object.assign(body, span);
    await change((st) => ok(api.PATCH('/statements/{id}', { params: { path: { id: st.id } }, body: { ...body, version: st.version } })), t('done.corrected'));
  }

  return (
    <section aria-labelledby="review-title" class="panel">
      <h2 id="review-title">{t('review.title')}</h2>
      <div class="buttons">
        <button type="button" class="primary" onClick={() => review('confirmed')}>
          {t('action.confirm')}
        </button>
        <button type="button" onClick={() => review('rejected')}>
          {t('action.reject')}
        </button>
      </div>
      <form onSubmit={submit} aria-labelledby="correct-title" ref={correctForm}>
        <h3 id="correct-title">{t('correct.title')}</h3>
        <SpeakerPicker label={t('correct.speaker')} onPick={setSpeaker} />
        {speaker && <p class="muted" data-testid="picked-speaker">{t('correct.newSpeaker', { name: speaker.name })}</p>}
        <Field label={t('filter.type')}>
          <select value={type} onChange={(e) => setType(e.currentTarget.value as Statement['type'])}>
            {STATEMENT_TYPES.map((x) => (
              <option value={x} key={x}>
                {t(`type.${x}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <div class="inline">
          <Field label={t('correct.date')} hint={t('correct.dateHint')}>
            <input value={date} onInput={(e) => setDate(e.currentTarget.value)} pattern="\d{4}(-\d{2}(-\d{2})?)?" />
          </Field>
          <Field label={t('correct.precision')}>
            <select value={precision} onChange={(e) => setPrecision(e.currentTarget.value)}>
              {['day', 'month', 'year'].map((p) => (
                <option value={p} key={p}>
                  {t(`precision.${p}` as MessageKey)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset>
          <legend>{t('correct.span')}</legend>
          <button type="button" onClick={takeSelection}>
            {t('correct.useSelection')}
          </button>
          <div class="inline">
            <Field label={t('correct.start')}>
              <input type="number" min={0} value={span.start} onInput={(e) => setSpan({ ...span, start: Number(e.currentTarget.value) })} />
            </Field>
            <Field label={t('correct.end')}>
              <input type="number" min={0} value={span.end} onInput={(e) => setSpan({ ...span, end: Number(e.currentTarget.value) })} />
            </Field>
          </div>
          <ErrorMessage error={spanError} />
        </fieldset>
        <button type="submit" class="primary">
          {t('correct.save')}
        </button>
      </form>
    </section>
  );
}

function Assignment({ statement: s, change }: { statement: Statement; change: Change }) {
  const { t } = useI18n();
  const session = useSession();
  const can = useCan();
  const [assignee, setAssignee] = useState('');
  const assign = (who: string | null) =>
    change((st) => ok(api.PUT('/statements/{id}/assignment', { params: { path: { id: st.id } }, body: { version: st.version, assignee: who } })), t('done.assigned'));
  const current = s.assigneeKeyId === null ? t('assign.nobody') : s.assigneeKeyId === session.keyId ? t('assign.you') : s.assigneeKeyId;
  return (
    <section aria-labelledby="assign-title" class="panel">
      <h2 id="assign-title">{t('assign.title')}</h2>
      <p data-testid="assignee">{current}</p>
      {can('editor') && (
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (assignee.trim()) assign(assignee.trim()).then((done) => done && setAssignee(''));
          }}
        >
          <button type="button" onClick={() => assign(session.keyId)}>
            {t('assign.me')}
          </button>
          {s.assigneeKeyId && (
            <button type="button" onClick={() => assign(null)}>
              {t('assign.clear')}
            </button>
          )}
          <Field label={t('assign.other')}>
            <input value={assignee} onInput={(e) => setAssignee(e.currentTarget.value)} />
          </Field>
          <button type="submit">{t('assign.submit')}</button>
        </form>
      )}
    </section>
  );
}

function Verdicts({ statement: s, change, refresh }: { statement: Statement; change: Change; refresh: number }) {
  const { t } = useI18n();
  const can = useCan();
  const [verdict, setVerdict] = useState<string>('false');
  const [rationale, setRationale] = useState('');
  const [sources, setSources] = useState('');
  const list = usePaged((cursor) => ok(api.GET('/statements/{id}/verdicts', { params: { path: { id: s.id }, query: { cursor, limit: 10 } } })), [s.id, refresh]);

  async function submit(event: Event) {
    event.preventDefault();
    const links = sources.split(/\s+/).filter(Boolean);
    const done = await change(
      (st) =>
        ok(
          api.POST('/statements/{id}/verdicts', {
            params: { path: { id: st.id } },
            body: { version: st.version, verdict: verdict as Schemas['CreateVerdictDto']['verdict'], rationale, sources: links },
          }),
        ),
      t('done.verdict'),
    );
    if (done) (setRationale(''), setSources(''));
  }

  return (
    <section aria-labelledby="verdicts-title" class="panel">
      <h2 id="verdicts-title">{t('verdicts.title')}</h2>
      <ul class="plain" data-testid="verdicts">
        {list.items.map((v) => (
          <li key={v.id}>
            <VerdictBadge verdict={v.verdict} /> {v.rationale}
            {v.sources.map((src) => (
              <div key={src}>
                <a href={src} target="_blank" rel="noreferrer noopener">
                  {src}
                </a>
              </div>
            ))}
            <Byline who={v.reviewer.name} at={v.createdAt} />
          </li>
        ))}
      </ul>
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
      {can('editor') && (
        <form onSubmit={submit}>
          <Field label={t('verdicts.rating')}>
            <select value={verdict} onChange={(e) => setVerdict(e.currentTarget.value)}>
              {VERDICTS.map((v) => (
                <option value={v} key={v}>
                  {t(`verdict.${v}` as MessageKey)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('verdicts.rationale')}>
            <textarea required minLength={3} value={rationale} onInput={(e) => setRationale(e.currentTarget.value)} rows={3} />
          </Field>
          <Field label={t('verdicts.sources')} hint={t('verdicts.sourcesHint')}>
            <textarea value={sources} onInput={(e) => setSources(e.currentTarget.value)} rows={2} />
          </Field>
          <button type="submit" class="primary">
            {t('verdicts.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function Notes({ statement: s, refresh, change }: { statement: Statement; refresh: number; change: Change }) {
  const { t } = useI18n();
  const can = useCan();
  const [body, setBody] = useState('');
  const list = usePaged((cursor) => ok(api.GET('/statements/{id}/notes', { params: { path: { id: s.id }, query: { cursor, limit: 10 } } })), [s.id, refresh]);
  async function submit(event: Event) {
    event.preventDefault();
    if (await change((st) => ok(api.POST('/statements/{id}/notes', { params: { path: { id: st.id } }, body: { body } })), t('done.note'))) setBody('');
  }
  return (
    <section aria-labelledby="notes-title" class="panel">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <ul class="plain">
        {list.items.map((n) => (
          <li key={n.id}>
            {n.body}
            <Byline who={n.author.name} at={n.createdAt} />
          </li>
        ))}
      </ul>
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
      {can('editor') && (
        <form onSubmit={submit}>
          <Field label={t('notes.new')}>
            <textarea required value={body} onInput={(e) => setBody(e.currentTarget.value)} rows={2} />
          </Field>
          <button type="submit">{t('notes.submit')}</button>
        </form>
      )}
    </section>
  );
}

function DeleteStatement({ change }: { change: Change }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        {t('delete.start')}
      </button>
    );
  return (
    <div class="panel" role="group" aria-label={t('delete.start')}>
      <p>{t('delete.confirmText')}</p>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          if (await change((st) => ok(api.DELETE('/statements/{id}', { params: { path: { id: st.id } }, body: { version: st.version } })), t('done.deleted'))) navigate('/queue');
        }}
      >
        {t('delete.confirm')}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}

function History({ id, refresh }: { id: string; refresh: number }) {
  const { t, language } = useI18n();
  const list = usePaged((cursor) => ok(api.GET('/statements/{id}/history', { params: { path: { id }, query: { cursor, limit: 20 } } })), [id, refresh]);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <table class="history" data-testid="history">
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.who')}</th>
            <th scope="col">{t('history.action')}</th>
            <th scope="col">{t('history.before')}</th>
            <th scope="col">{t('history.after')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at, language)}</td>
              <td>{e.actor.name}</td>
              <td>{t(`history.${e.action}` as MessageKey)}</td>
              <td>
                <Fields value={e.before} />
              </td>
              <td>
                <Fields value={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!list.loading && list.items.length === 0 && <p class="muted">{t('history.empty')}</p>}
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
    </section>
  );
}

function Fields({ value }: { value: Record<string, unknown> | null }) {
  if (!value) return <>—</>;
  return (
    <dl class="fields">
      {Object.entries(value).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{typeof v === 'object' && v !== null ? JSON.stringify(v) : text(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Who wrote a verdict or note, and when. */
function Byline({ who, at }: { who: string; at: string }) {
  const { language } = useI18n();
  return (
    <div class="muted">
      {who}, {formatDateTime(at, language)}
    </div>
  );
}
