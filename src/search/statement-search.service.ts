import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { decodeCursor, Page, toPage } from '../common/pagination';
import type { Morphology } from '../extraction/morphology';
import { StatementFilters } from '../statements/statement-filters';
import { toDisplayDate } from '../common/statement-date';
import { StatementView } from '../statements/statement-view';
import { SearchStatementsQuery } from './dto/search-statements.query';
import { buildLemmaQuery, highlight, LemmaQuery, WordSpan } from '../language/lemma-text';
import { MORPHOLOGY } from '../language/morphology.provider';
import { FacetCounts, SearchHitRow, StatementSearchRepository } from './statement-search.repository';

export interface SearchHit extends StatementView {
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null; outlet: { id: string; name: string } | null };
  /** The quote, HTML-escaped, with the matched words in <mark>…</mark>. */
  highlight: string;
  matches: WordSpan[];
}

export interface SearchFacets {
  /**
   * True when the counts cover every match. Past EXACT_LIMIT matches they are estimated from a
   * sample of the statements (every 64th, or every 512th for a very common word) and rounded: the shape is right, the last digits are not.
   */
  exact: boolean;
  speakers: Array<{ id: string | null; name: string; count: number }>;
  months: Array<{ month: string | null; count: number }>;
  verdicts: Array<{ verdict: string | null; count: number }>;
  outlets: Array<{ id: string; name: string; count: number }>;
}

export interface SearchPage extends Page<SearchHit> {
  /** How many statements match: exact up to EXACT_LIMIT, an estimate past it. */
  total: { count: number; exact: boolean };
  /** Counts over every match, not only this page. */
  facets: SearchFacets;
  /** The lemma groups the query was reduced to: a statement matches when it has a key of each group. */
  terms: string[][];
}

/**
 * Up to this many estimated matches every match is read and counted (the GIN index finds them; each
 * is a heap page read, ~10 µs); past it a page is found by walking newest first, which needs about
 * limit × statements / matches rows, and the facets are estimated. The two costs meet near 2,000
 * matches at a million statements. A date range has the same bound: its walk starts at the range's
 * newest statement (LAST_SEQ_IN_RANGE in StatementSearchRepository), not at the newest of all, so it costs
 * what an undated walk costs, where counting its 9,000 matches of a very common word in three months
 * cost 40–70 ms.
 */
const EXACT_LIMIT = 2000;
/** What the exact path reads at most: past it the estimate was wrong and the sample answers. */
const EXACT_CAP = 25000;
/**
 * From this many matches in the sparse sample (every 512th statement; ~77,000 estimated matches) its
 * counts are the estimate: enough rows for a total within a few per cent and the facets' shape. Below
 * it the denser sample (every 64th) is read, in the same query.
 */
export const SPARSE_ENOUGH = 150;

/**
 * Full-text statement search over lemma keys, with facets and highlighting, newest first, cursor-paged.
 * This is the one interface search has: an external engine (see the README) would replace what is
 * behind it, not its callers.
 */
@Injectable()
export class StatementSearchService {
  /** The last search's time in the page and in the facets, for the benchmark's breakdown. */
  lastTimings: { pageMs: number; facetsMs: number } | undefined;

  constructor(
    private readonly repository: StatementSearchRepository,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  /** The user's words as a lemma query, or a 400 when none is searchable. */
  lemmaQuery(q: string): LemmaQuery {
    const query = buildLemmaQuery(this.morph, q);
    if (!query) throw new BadRequestException('q holds no searchable word (only stop words or punctuation)');
    return query;
  }

  async search(params: SearchStatementsQuery): Promise<SearchPage> {
    const query = this.lemmaQuery(params.q);
    const filters: StatementFilters = { ...params, lemmaQuery: query.tsquery };
    const page = { before: decodeCursor(params.cursor), size: params.limit + 1 };
    const started = performance.now();
    const { counts: sample, every } = await this.repository.sampleFacets(filters, SPARSE_ENOUGH);
    const sampled = performance.now();
    const estimate = sample.total * every;
    let rows: SearchHitRow[];
    let counted: FacetCounts;
    let exact: boolean;
    if (estimate <= EXACT_LIMIT) {
      const all = await this.repository.allMatches(filters, EXACT_CAP, page);
      exact = all.total <= EXACT_CAP;
      // Past the cap the rows read were not the newest ones: the page comes from the walk instead.
      rows = exact ? all.hits : await this.repository.newestHits(filters, page);
      counted = exact ? { total: all.total, speakers: all.speakers, months: all.months, verdicts: all.verdicts, outlets: all.outlets } : scaled(sample, every);
    } else {
      rows = await this.repository.newestHits(filters, page);
      exact = false;
      counted = scaled(sample, every);
    }
    const matched = performance.now();
    // The exact path counts its facets and reads its page in one query: its time is the facets'.
    this.lastTimings = exact ? { pageMs: 0, facetsMs: matched - started } : { pageMs: matched - sampled, facetsMs: sampled - started };
    const { total, ...facets } = counted;
    return {
      ...toPage(rows, params.limit, (s) => this.toHit(s, query)),
      total: { count: exact ? total : Math.max(total, rows.length), exact },
      facets: { exact, ...facets },
      terms: query.groups,
    };
  }

  private toHit(s: SearchHitRow, query: LemmaQuery): SearchHit {
    const marked = highlight(this.morph, s.quote, query);
    return {
      id: s.id,
      articleId: s.article_id,
      quote: s.quote,
      start: s.start_offset,
      end: s.end_offset,
      type: s.type,
      cue: s.cue,
      mention: s.mention,
      mentionStart: s.mention_start,
      mentionEnd: s.mention_end,
      speaker: { id: s.speaker_id, name: s.speaker_name, type: s.speaker_type, linkRule: s.link_rule, linkConfidence: s.link_confidence },
      via: s.via,
      date: toDisplayDate(s.statement_date, s.date_precision),
      datePrecision: s.date_precision,
      dateSource: s.date_source,
      confidence: s.confidence,
      reviewStatus: s.review_status,
      verdict: s.verdict,
      assigneeKeyId: s.assignee_key_id,
      claimId: s.claim_id,
      version: s.version,
      createdAt: s.created_at,
      updatedAt: s.updated_at,
      article: {
        id: s.article_id,
        title: s.article_title,
        url: s.article_url,
        publishedAt: s.article_published_at,
        outlet: s.outlet_id ? { id: s.outlet_id, name: s.outlet_name! } : null,
      },
      highlight: marked.text,
      matches: marked.matches,
    };
  }
}

/** Sample counts scaled to the whole table, rounded to two significant digits: an estimate says so by its shape. */
function scaled(sample: FacetCounts, every: number): FacetCounts {
  const up = (n: number) => roundTo2(n * every);
  return {
    total: up(sample.total),
    speakers: sample.speakers.map((f) => ({ ...f, count: up(f.count) })),
    months: sample.months.map((f) => ({ ...f, count: up(f.count) })),
    verdicts: sample.verdicts.map((f) => ({ ...f, count: up(f.count) })),
    outlets: sample.outlets.map((f) => ({ ...f, count: up(f.count) })),
  };
}

function roundTo2(n: number): number {
  if (n < 100) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}
