import { useEffect, useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api/client';
import { ErrorMessage, Field, Loading, MoreButton, text } from '../components/common';
import { MarkedQuote, StatusBadge, VERDICTS, VerdictBadge } from '../components/statement-bits';
import { usePaged } from '../components/use-load';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { href, navigate } from '../router';

type Hit = Schemas['SearchHitDto'];
type Facets = Schemas['SearchFacetsDto'];
const PARAMS = ['q', 'speakerId', 'speakerName', 'from', 'to', 'verdict', 'outlet', 'outletName'] as const;
type Params = Record<(typeof PARAMS)[number], string>;

/** The last day of a YYYY-MM month. */
function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Lemmatised search: any inflected form finds the others; facets narrow by speaker, month, verdict and outlet. */
export function SearchScreen({ query }: { query: URLSearchParams }) {
  const t = useT();
  const params = Object.fromEntries(PARAMS.map((k) => [k, query.get(k) ?? ''])) as Params;
  const [q, setQ] = useState(params.q);
  const [facets, setFacets] = useState<Facets>();
  const key = PARAMS.map((k) => params[k]).join('|');
  useEffect(() => setQ(params.q), [key]);

  const results = usePaged<Hit>(async (cursor) => {
    if (!params.q) return { items: [], nextCursor: null };
    const page = await ok(
      api.GET('/statements/search', {
        params: {
          query: {
            q: params.q,
            speakerId: params.speakerId || undefined,
            from: params.from || undefined,
            to: params.to || undefined,
            verdict: (params.verdict || undefined) as (typeof VERDICTS)[number] | undefined,
            outlet: params.outlet || undefined,
            limit: 20,
            cursor,
          },
        },
      }),
    );
    if (!cursor) setFacets(page.facets);
    return page;
  }, [key]);

  const narrow = (change: Partial<Params>) => href('/search', { ...params, ...change });
  const exportHref = href('/exports', { q: params.q, speakerId: params.speakerId, from: params.from, to: params.to, verdict: params.verdict, outlet: params.outlet });
  const narrowed = params.speakerId || params.from || params.verdict || params.outlet;

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t('search.title')}</h1>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/search', { ...params, q });
        }}
      >
        <Field label={t('search.words')} hint={t('search.hint')}>
          <input type="search" name="q" value={q} onInput={(e) => setQ(e.currentTarget.value)} autoFocus />
        </Field>
        <button type="submit" class="primary">
          {t('search.submit')}
        </button>
      </form>
      {narrowed && (
        <p class="chips">
          {params.speakerId && <a href={narrow({ speakerId: '', speakerName: '' })} aria-label={t('search.removeFilter')}>✕ {params.speakerName || t('filter.speaker')}</a>}
          {params.from && <a href={narrow({ from: '', to: '' })} aria-label={t('search.removeFilter')}>✕ {params.from.slice(0, 7)}</a>}
          {params.verdict && <a href={narrow({ verdict: '' })} aria-label={t('search.removeFilter')}>✕ {t(`verdict.${params.verdict}` as MessageKey)}</a>}
          {params.outlet && <a href={narrow({ outlet: '', outletName: '' })} aria-label={t('search.removeFilter')}>✕ {params.outletName || t('facet.outlet')}</a>}
        </p>
      )}
      {params.q && (
        <p>
          <a href={exportHref}>{t('search.export')}</a>
        </p>
      )}
      <div class="columns">
        {facets && params.q && (
          <aside aria-label={t('search.facets')} class="facets" data-testid="facets">
            <FacetGroup estimated={!facets.exact} title={t('facet.speaker')} items={facets.speakers.map((f) => ({ label: f.name, count: f.count, href: f.id ? narrow({ speakerId: text(f.id), speakerName: f.name }) : undefined }))} />
            <FacetGroup estimated={!facets.exact} title={t('facet.month')} items={facets.months.map((f) => ({ label: text(f.month) || t('noDate'), count: f.count, href: f.month ? narrow({ from: `${f.month}-01`, to: monthEnd(String(f.month)) }) : undefined }))} />
            <FacetGroup estimated={!facets.exact} title={t('facet.outlet')} items={facets.outlets.map((f) => ({ label: f.name, count: f.count, href: narrow({ outlet: f.id, outletName: f.name }) }))} />
            <FacetGroup estimated={!facets.exact} title={t('facet.verdict')} items={facets.verdicts.map((f) => ({ label: f.verdict ? t(`verdict.${text(f.verdict)}` as MessageKey) : t('verdict.none'), count: f.count, href: f.verdict ? narrow({ verdict: String(f.verdict) }) : undefined }))} />
          </aside>
        )}
        <div>
          <ErrorMessage error={results.error} />
          <ol class="statements" data-testid="search-results">
            {results.items.map((hit) => (
              <li key={hit.id} data-testid="search-hit">
                <div class="row-head">
                  <a href={`#/statements/${hit.id}`}>
                    <strong>{text((hit.speaker as { name?: string }).name)}</strong>
                  </a>
                  <StatusBadge status={hit.reviewStatus} /> <VerdictBadge verdict={text(hit.verdict)} />
                  <span class="muted">
                    {hit.article.outlet?.name ?? ''} · {text(hit.date) || t('noDate')}
                  </span>
                </div>
                <blockquote>
                  <a href={`#/statements/${hit.id}`} class="plain-link">
                    <MarkedQuote quote={hit.quote} matches={hit.matches} />
                  </a>
                </blockquote>
              </li>
            ))}
          </ol>
          {params.q && !results.loading && !results.error && results.items.length === 0 && <p class="muted">{t('search.nothing')}</p>}
          <Loading when={results.loading} />
          <MoreButton hasMore={results.hasMore} loading={results.loading} onMore={results.more} />
        </div>
      </div>
    </section>
  );
}

/** Estimated counts (past a few thousand matches, see the API's facets.exact) are marked with ≈. */
function FacetGroup({ title, items, estimated }: { title: string; items: Array<{ label: string; count: number; href?: string }>; estimated: boolean }) {
  if (!items.length) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul class="plain">
        {items.map((i) => (
          <li key={i.label}>
            {i.href ? <a href={i.href}>{i.label}</a> : <span>{i.label}</span>} <span class="muted">{estimated ? `≈${i.count}` : i.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
