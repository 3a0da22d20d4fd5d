import { useEffect, useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api/client';
import { ErrorMessage, Field, Loading, MoreButton, text } from '../components/common';
import { SpeakerPicker } from '../components/speaker-picker';
import { MarkedHtml } from '../components/statement-bits';
import { useAction } from '../components/use-action';
import { useLoad, usePaged } from '../components/use-load';
import { formatDateTime, useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { useCan } from '../session';

type Detail = Schemas['SpeakerDetailDto'];

/** Find a speaker: type-ahead across scripts and cases, or the newest speakers. */
export function SpeakersScreen({ query: _query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const list = usePaged((cursor) => ok(api.GET('/speakers', { params: { query: { cursor, limit: 30 } } })), []);
  return (
    <section aria-labelledby="speakers-title">
      <h1 id="speakers-title">{t('speakers.title')}</h1>
      <SpeakerPicker label={t('speakers.find')} onPick={(s) => navigate(`/speakers/${s.id}`)} />
      <h2>{t('speakers.recent')}</h2>
      <ul class="plain columns-list">
        {list.items.map((s) => (
          <li key={s.id}>
            <a href={`#/speakers/${s.id}`}>{s.name}</a> <span class="muted">{s.description ?? ''}</span>
          </li>
        ))}
      </ul>
      <Loading when={list.loading} />
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
    </section>
  );
}

/** A speaker: names, aliases, roles over time, what they said on a topic by month, contradictions, merges. */
export function SpeakerScreen({ id, query }: { id: string; query: URLSearchParams }) {
  const { t } = useI18n();
  const can = useCan();
  const [refresh, setRefresh] = useState(0);
  const speaker = useLoad(() => ok(api.GET('/speakers/{id}', { params: { path: { id } } })), [id, refresh]);
  const topic = query.get('topic') ?? '';
  if (speaker.error) return <ErrorMessage error={speaker.error} />;
  const s = speaker.data;
  if (!s) return <Loading when />;
  return (
    <article aria-labelledby="speaker-title" class="speaker">
      <h1 id="speaker-title">{s.name}</h1>
      <p class="muted">
        {s.description ?? ''} · {t('speaker.statements', { count: s.statementCount })}
        {s.qid && ` · ${s.qid}`}
      </p>
      {s.mergedInto && (
        <p class="warning">
          {t('speaker.mergedInto')} <a href={`#/speakers/${s.mergedInto}`}>{t('open')}</a>
        </p>
      )}
      <div class="columns">
        <section aria-labelledby="names-title">
          <h2 id="names-title">{t('speaker.names')}</h2>
          <dl class="fields">
            {Object.entries(s.names).map(([script, name]) => (
              <div key={script}>
                <dt>{script}</dt>
                <dd>{name}</dd>
              </div>
            ))}
          </dl>
          <h3>{t('speaker.aliases')}</h3>
          <p data-testid="aliases">{s.aliasRecords.map((a) => a.alias).join(' · ') || '—'}</p>
        </section>
        <RoleTimeline roles={s.roles} />
      </div>
      <TopicStatements speakerId={s.id} topic={topic} />
      <Contradictions speakerId={s.id} topic={topic} />
      {can('admin') && <Merge target={s} onChanged={() => setRefresh((n) => n + 1)} />}
      <Merges speaker={s} onChanged={() => setRefresh((n) => n + 1)} />
    </article>
  );
}

function RoleTimeline({ roles }: { roles: Detail['roles'] }) {
  const { t } = useI18n();
  if (!roles.length)
    return (
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('speaker.roles')}</h2>
        <p class="muted">—</p>
      </section>
    );
  const year = (d: string | null, fallback: number) => (d ? Number(d.slice(0, 4)) + (Number(d.slice(5, 7) || 1) - 1) / 12 : fallback);
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  const sorted = [...roles].sort((a, b) => year(a.from, 0) - year(b.from, 0));
  const start = Math.floor(Math.min(...sorted.map((r) => year(r.from, now - 1))));
  const end = Math.ceil(Math.max(now, ...sorted.map((r) => year(r.to, now))));
  const span = Math.max(end - start, 1);
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title">{t('speaker.roles')}</h2>
      <ol class="timeline" data-testid="roles">
        {sorted.map((r) => {
          const from = year(r.from, start);
          const to = year(r.to, now);
          return (
            <li key={r.id}>
              <span class="timeline-label">
                {r.role}
                {r.of ? `, ${r.of}` : ''}: {r.from ?? '?'} – {r.to ?? t('speaker.now')}
              </span>
              <span class="timeline-track" aria-hidden="true">
                <span class="timeline-bar" style={{ left: `${((from - start) / span) * 100}%`, width: `${Math.max(((to - from) / span) * 100, 1)}%` }} />
              </span>
            </li>
          );
        })}
      </ol>
      <p class="muted timeline-axis" aria-hidden="true">
        <span>{start}</span>
        <span>{end}</span>
      </p>
    </section>
  );
}

function TopicStatements({ speakerId, topic }: { speakerId: string; topic: string }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(topic);
  const [timeline, setTimeline] = useState<Schemas['MonthCountDto'][]>([]);
  useEffect(() => setDraft(topic), [topic]);
  const list = usePaged(async (cursor) => {
    const page = await ok(api.GET('/speakers/{id}/statements', { params: { path: { id: speakerId }, query: { topic: topic || undefined, cursor, limit: 20 } } }));
    if (!cursor) setTimeline(page.timeline);
    return page;
  }, [speakerId, topic]);
  const max = Math.max(1, ...timeline.map((m) => m.count));
  return (
    <section aria-labelledby="topic-title">
      <h2 id="topic-title">{topic ? t('speaker.onTopic', { topic }) : t('speaker.allStatements')}</h2>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/speakers/${speakerId}`, { topic: draft });
        }}
      >
        <Field label={t('speaker.topic')}>
          <input value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </Field>
        <button type="submit">{t('speaker.showTopic')}</button>
      </form>
      {timeline.length > 0 && (
        <figure class="chart" data-testid="monthly-chart">
          <figcaption>{t('speaker.byMonth')}</figcaption>
          <ol class="bars">
            {timeline.map((m) => (
              <li key={text(m.month)} title={`${text(m.month) || t('noDate')}: ${m.count}`}>
                <span class="bar" style={{ height: `${(m.count / max) * 100}%` }} />
                <span class="bar-label">{text(m.month).slice(2) || '—'}</span>
                <span class="visually-hidden">
                  {text(m.month) || t('noDate')}: {m.count}
                </span>
              </li>
            ))}
          </ol>
        </figure>
      )}
      <ErrorMessage error={list.error} />
      <ol class="statements">
        {list.items.map((s) => (
          <li key={s.id}>
            <div class="row-head">
              <a href={`#/statements/${s.id}`}>{text(s.date) || t('noDate')}</a>
              <span class="muted">{s.article.outlet?.name ?? ''}</span>
            </div>
            <p class="context">
              <span class="muted">{text(s.context.before)} </span>
              <q>{s.highlight ? <MarkedHtml html={text(s.highlight)} /> : s.quote}</q>
              <span class="muted"> {text(s.context.after)}</span>
            </p>
          </li>
        ))}
      </ol>
      <Loading when={list.loading} />
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
    </section>
  );
}

function Contradictions({ speakerId, topic }: { speakerId: string; topic: string }) {
  const { t } = useI18n();
  const list = usePaged((cursor) => ok(api.GET('/speakers/{id}/contradictions', { params: { path: { id: speakerId }, query: { topic: topic || undefined, cursor, limit: 10 } } })), [speakerId, topic]);
  return (
    <section aria-labelledby="contradictions-title">
      <h2 id="contradictions-title">{t('speaker.contradictions')}</h2>
      <p class="muted">{t('speaker.contradictionsNote')}</p>
      <ErrorMessage error={list.error} />
      {list.items.map((c) => (
        <div class="pair" key={`${c.first.statementId}-${c.second.statementId}`}>
          {[c.first, c.second].map((side) => (
            <blockquote key={side.statementId}>
              <a href={`#/statements/${side.statementId}`}>{text(side.date) || t('noDate')}</a>
              <p>{side.quote}</p>
            </blockquote>
          ))}
          <p class="muted">
            {c.concept} ({c.reason})
          </p>
        </div>
      ))}
      {!list.loading && list.items.length === 0 && <p class="muted">—</p>}
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
    </section>
  );
}

/** Merge a duplicate into this speaker, after a preview of what moves. */
function Merge({ target, onChanged }: { target: Detail; onChanged: () => void }) {
  const { t } = useI18n();
  const [source, setSource] = useState<Detail>();
  const [done, setDone] = useState<Schemas['SpeakerMergeDto']>();
  const { run, error } = useAction();

  async function pick(speaker: Schemas['SpeakerDto']) {
    setDone(undefined);
    setSource(await run(() => ok(api.GET('/speakers/{id}', { params: { path: { id: speaker.id } } }))));
  }
  async function merge() {
    const from = source;
    if (!from) return;
    const merged = await run(() => ok(api.POST('/speakers/{id}/merge', { params: { path: { id: target.id } }, body: { speakerId: from.id } })));
    if (!merged) return;
    setDone(merged);
    setSource(undefined);
    onChanged();
  }
  async function undo() {
    const merged = done;
    if (!merged || !(await run(() => ok(api.POST('/speakers/merges/{mergeId}/split', { params: { path: { mergeId: merged.id } } }))))) return;
    setDone(undefined);
    onChanged();
  }

  return (
    <section aria-labelledby="merge-title" class="panel">
      <h2 id="merge-title">{t('merge.title')}</h2>
      <SpeakerPicker label={t('merge.pick', { name: target.name })} onPick={pick} exclude={target.id} />
      {source && (
        <div class="preview" data-testid="merge-preview">
          <p>
            {t('merge.preview', {
              source: source.name,
              target: target.name,
              statements: source.statementCount,
              aliases: source.aliasRecords.length,
              roles: source.roles.length,
            })}
          </p>
          <button type="button" class="primary" onClick={merge}>
            {t('merge.confirm')}
          </button>
          <button type="button" onClick={() => setSource(undefined)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {done && (
        <p role="status" data-testid="merge-done">
          {t('merge.done', { statements: done.statementsMoved })}{' '}
          <button type="button" onClick={undo}>
            {t('merge.undo')}
          </button>
        </p>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}

function Merges({ speaker, onChanged }: { speaker: Detail; onChanged: () => void }) {
  const { t, language } = useI18n();
  const can = useCan();
  const { run, error } = useAction();
  if (!speaker.merges.length) return null;
  async function split(mergeId: string) {
    if (await run(() => ok(api.POST('/speakers/merges/{mergeId}/split', { params: { path: { mergeId } } })))) onChanged();
  }
  return (
    <section aria-labelledby="merges-title">
      <h2 id="merges-title">{t('merges.title')}</h2>
      <ul class="plain" data-testid="merges">
        {speaker.merges.map((m) => (
          <li key={m.id}>
            {m.targetId === speaker.id ? t('merges.into') : t('merges.from')} <a href={`#/speakers/${m.targetId === speaker.id ? m.sourceId : m.targetId}`}>{t('open')}</a> ·{' '}
            {formatDateTime(m.mergedAt, language)} · {t('merge.done', { statements: m.statementsMoved })}
            {m.splitAt ? ` · ${t('merges.undone', { at: formatDateTime(m.splitAt, language) })}` : ''}
            {!m.splitAt && can('admin') && (
              <>
                {' '}
                <button type="button" onClick={() => split(m.id)}>
                  {t('merge.undo')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
    </section>
  );
}
