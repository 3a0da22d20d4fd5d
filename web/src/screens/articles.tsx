import { useEffect, useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api/client';
import { ErrorMessage, Field, Loading, MoreButton } from '../components/common';
import { Confidence, StatusBadge } from '../components/statement-bits';
import { useAction } from '../components/use-action';
import { useLoad, usePaged } from '../components/use-load';
import { formatDateTime, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { navigate } from '../router';
import { useCan } from '../session';

const FINAL = ['done', 'failed', 'duplicate'];

/** Pasted content that starts like markup is sent as HTML (its main text is found on the server). */
function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html|<body|<article|<div|<p[\s>])/i.test(content);
}

export function ArticlesScreen() {
  const { t, language } = useI18n();
  const can = useCan();
  const list = usePaged((cursor) => ok(api.GET('/articles', { params: { query: { cursor, limit: 20 } } })), []);
  return (
    <section aria-labelledby="articles-title">
      <h1 id="articles-title">{t('articles.title')}</h1>
      {can('editor') && <SubmitArticle />}
      <h2>{t('articles.recent')}</h2>
      <ErrorMessage error={list.error} />
      <table class="list">
        <thead>
          <tr>
            <th scope="col">{t('articles.titleCol')}</th>
            <th scope="col">{t('filter.outlet')}</th>
            <th scope="col">{t('articles.status')}</th>
            <th scope="col">{t('articles.added')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((a) => (
            <tr key={a.id}>
              <td>
                <a href={`#/articles/${a.id}`}>{a.title || a.url || a.id.slice(0, 8)}</a>
              </td>
              <td>{a.outlet?.name ?? '—'}</td>
              <td>{t(`article.${a.status}` as MessageKey)}</td>
              <td>{formatDateTime(a.createdAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Loading when={list.loading} />
      <MoreButton hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
    </section>
  );
}

function SubmitArticle() {
  const { t } = useI18n();
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<'auto' | 'text' | 'html'>('auto');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const { run, busy, error } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    const asHtml = format === 'html' || (format === 'auto' && looksLikeHtml(content));
    // An address alone: the service downloads the page itself.
    const input = !content.trim() ? {} : asHtml ? { html: content } : { text: content };
    const body = { ...input, url: url || undefined, title: title || undefined, outlet: outlet || undefined };
    const result = await run(() => ok(api.POST('/articles', { body })));
    if (result) navigate(`/articles/${result.id}`, { duplicate: result.duplicate || undefined });
  }

  return (
    <form onSubmit={submit} class="panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('articles.submitTitle')}</h2>
      <Field label={t('articles.content')} hint={t('articles.contentHint')}>
        <textarea name="content" required={!url.trim()} rows={10} value={content} onInput={(e) => setContent(e.currentTarget.value)} />
      </Field>
      <fieldset class="inline">
        <legend>{t('articles.format')}</legend>
        {(['auto', 'text', 'html'] as const).map((f) => (
          <label class="check" key={f}>
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {t(`articles.format.${f}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <div class="inline">
        <Field label={t('articles.url')}>
          <input type="url" name="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </Field>
        <Field label={t('articles.titleCol')}>
          <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field label={t('filter.outlet')}>
          <input value={outlet} onInput={(e) => setOutlet(e.currentTarget.value)} />
        </Field>
      </div>
      <ErrorMessage error={error} />
      <button type="submit" class="primary" disabled={busy || (!content.trim() && !url.trim())}>
        {t('articles.submit')}
      </button>
    </form>
  );
}

/** One article: its status, watched until processing ends, then the statements found. */
export function ArticleScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const article = useLoad(() => ok(api.GET('/articles/{id}', { params: { path: { id } } })), [id]);
  const status = article.data?.status;
  useEffect(() => {
    if (!status || FINAL.includes(status)) return;
    const timer = setTimeout(article.reload, 1000);
    return () => clearTimeout(timer);
  }, [status, article.data]);

  if (article.error) return <ErrorMessage error={article.error} />;
  const a = article.data;
  if (!a) return <Loading when />;
  const statements: Schemas['StatementDto'][] = a.statements ?? [];
  return (
    <section aria-labelledby="article-title">
      <h1 id="article-title">{a.title || t('statement.article')}</h1>
      <p class="muted">
        {a.outlet?.name ?? ''} {a.publishedAt ?? ''} {a.url && <a href={a.url} target="_blank" rel="noreferrer noopener">{a.url}</a>}
      </p>
      <p role="status" aria-live="polite" data-testid="article-status" data-status={a.status}>
        {t('articles.status')}: <strong>{t(`article.${a.status}` as MessageKey)}</strong>
        {!FINAL.includes(a.status) && ` — ${t('articles.watching')}`}
        {a.failureReason ? ` (${a.failureReason})` : ''}
        {a.duplicateOf && (
          <>
            {' '}
            <a href={`#/articles/${a.duplicateOf}`}>{t('articles.original')}</a>
          </>
        )}
      </p>
      {FINAL.includes(a.status) && (
        <>
          <h2>{t('articles.found', { count: statements.length })}</h2>
          <ol class="statements" data-testid="article-statements">
            {statements.map((s) => (
              <li key={s.id}>
                <div class="row-head">
                  <a href={`#/statements/${s.id}`}>
                    <strong>{s.speaker.name}</strong>
                  </a>
                  <StatusBadge status={s.reviewStatus} /> <Confidence value={s.confidence} />
                  <span class="muted">
                    {t(`type.${s.type}` as MessageKey)} · {s.date ?? t('noDate')}
                  </span>
                </div>
                <blockquote>{s.quote}</blockquote>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
