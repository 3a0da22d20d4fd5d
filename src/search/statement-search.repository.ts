import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { applyStatementFilters, StatementFilters } from '../statements/statement-filters';
import { Statement } from '../entities/statement.entity';
import { SAMPLE_EVERY, SPARSE_SAMPLE_EVERY } from '../statements/statement-sample.repository';


export interface FacetCounts {
  /** How many rows were counted (all matches, or the matches in the sample). */
  total: number;
  speakers: Array<{ id: string | null; name: string; count: number }>;
  months: Array<{ month: string | null; count: number }>;
  verdicts: Array<{ verdict: string | null; count: number }>;
  /** Outlets of the matches' articles; matches without an outlet are not a choice and are left out. */
  outlets: Array<{ id: string; name: string; count: number }>;
}

/** A hit as hits() reads it: the statement, its speaker's current name and type, its article and outlet. */
export interface SearchHitRow {
  seq: string;
  id: string;
  article_id: string;
  quote: string;
  start_offset: number;
  end_offset: number;
  type: string;
  cue: string;
  mention: string;
  mention_start: number | null;
  mention_end: number | null;
  speaker_id: string | null;
  speaker_name: string;
  speaker_type: string;
  link_rule: string | null;
  link_confidence: number | null;
  via: string | null;
  statement_date: string | null;
  date_precision: string | null;
  date_source: string | null;
  confidence: number;
  review_status: string;
  verdict: string | null;
  assignee_key_id: string | null;
  claim_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  article_title: string | null;
  article_url: string | null;
  article_published_at: string | null;
  outlet_id: string | null;
  outlet_name: string | null;
}

/**
 * What a hit shows (the statement, its speaker's current name and type, its article and outlet), as a
 * SELECT over `statements s` to which the caller adds the page's WHERE. Plain columns, not entities
 * with their relations: loading those through TypeORM cost ~10 ms a page.
 */
const HIT_SELECT = `
  SELECT s.seq::text AS seq, s.id, s.article_id, s.quote, s.start_offset, s.end_offset, s.type, s.cue, s.mention,
         s.mention_start, s.mention_end, s.speaker_id, coalesce(sp.canonical_name, s.speaker_name) AS speaker_name,
         coalesce(sp.type, s.speaker_type) AS speaker_type, s.link_rule, s.link_confidence, s.via,
         s.statement_date::text AS statement_date, s.date_precision, s.date_source, s.confidence, s.review_status,
         s.verdict, s.assignee_key_id, s.claim_id, s.version, s.created_at, s.updated_at,
         a.title AS article_title, a.url AS article_url, a.published_at::text AS article_published_at,
         o.id AS outlet_id, o.name AS outlet_name
    FROM statements s
    JOIN articles a ON a.id = s.article_id
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
    LEFT JOIN outlets o ON o.id = a.outlet_id`;

/** A hit read as JSON (inside a larger query) has its timestamps as text: they become Dates, as the driver makes them. */
function fromJson(row: Omit<SearchHitRow, 'created_at' | 'updated_at'> & { created_at: string; updated_at: string }): SearchHitRow {
  return { ...row, created_at: new Date(row.created_at), updated_at: new Date(row.updated_at) };
}

/**
 * The highest seq of a statement dated within [:rangeFrom, :rangeTo] (deleted ones included): where a
 * newest-first walk over a date range may start. A statement can be dated long before it was stored,
 * so this is the maximum over every day of the range, one descent of the (statement_date, seq) index
 * a day (~7 µs; a year 3 ms), not a guess from the date order. The range is first narrowed to the
 * dates the table holds; a range holding none gives NULL, and the walk finds nothing.
 */
const LAST_SEQ_IN_RANGE = `(
  SELECT max(t.seq)
    FROM generate_series(GREATEST(CAST(:rangeFrom AS date), (SELECT min(statement_date) FROM statement_search_keys)),
                         LEAST(CAST(:rangeTo AS date), (SELECT max(statement_date) FROM statement_search_keys)), interval '1 day') d,
         LATERAL (SELECT k.seq FROM statement_search_keys k WHERE k.statement_date = d::date ORDER BY k.seq DESC LIMIT 1) t)`;

const FACET_SIZE = 20;

/** Facet aggregates over a materialised CTE `m` of matching rows (seq, speaker_id, speaker_name, statement_date, verdict, outlet_id). */
const FACETS_OVER_M = `
  (SELECT count(*) FROM m)::int AS total,
  (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', coalesce(sp.canonical_name, x.name), 'count', x.count) ORDER BY x.count DESC, x.id), '[]')
     FROM (SELECT m.speaker_id AS id, min(m.speaker_name) AS name, count(*)::int AS count FROM m
            GROUP BY m.speaker_id ORDER BY count(*) DESC, m.speaker_id LIMIT ${FACET_SIZE}) x
     LEFT JOIN speakers sp ON sp.id = x.id) AS speakers,
  (SELECT coalesce(json_agg(json_build_object('month', to_char(x.month, 'YYYY-MM'), 'count', x.count) ORDER BY x.month NULLS LAST), '[]')
     FROM (SELECT date_trunc('month', m.statement_date) AS month, count(*)::int AS count FROM m GROUP BY 1) x) AS months,
  (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.verdict NULLS LAST), '[]')
     FROM (SELECT m.verdict, count(*)::int AS count FROM m GROUP BY 1) x) AS verdicts,
  (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', o.name, 'count', x.count) ORDER BY x.count DESC, x.id), '[]')
     FROM (SELECT m.outlet_id AS id, count(*)::int AS count FROM m WHERE m.outlet_id IS NOT NULL
            GROUP BY m.outlet_id ORDER BY count(*) DESC, m.outlet_id LIMIT ${FACET_SIZE}) x
     JOIN outlets o ON o.id = x.id) AS outlets`;

/** What a match contributes to the facets; statement_search_keys and the sample both carry these columns, outlet included. */
const MATCH_COLUMNS = ['s.seq AS seq', 's.speaker_id AS speaker_id', 's.speaker_name AS speaker_name', 's.statement_date AS statement_date', 's.verdict AS verdict', 's.outlet_id AS outlet_id'];

/**
 * The search's SQL. Three ways to a page of matches, chosen by the service from the sample's count:
 * every match at once (few), newest first along an index (many), and the sample for estimates. All
 * three read search's own tables (statement_search_keys, statement_search_sample: see their
 * migrations), never the statements with their quotes; only the page's hits are read from there.
 */
@Injectable()
export class StatementSearchRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Matches and facets among the sampled statements, with `every`: how many statements each sampled
   * match stands for. The sparse sample (every SPARSE_SAMPLE_EVERY-th statement, through a GIN index of
   * its own: SearchSparseSample migration) answers when it holds at least `sparseEnough` matches: a word
   * in a fifth of the statements matches ~3,000 rows of the denser sample (every SAMPLE_EVERY-th), and
   * reading them all cost more than the rest of the search. Below that the denser sample is read, in the
   * same query: a round trip less for every word that is not very common.
   */
  async sampleFacets(filters: StatementFilters, sparseEnough: number): Promise<{ counts: FacetCounts; every: number }> {
    const dense = applyStatementFilters(this.from('statement_search_sample'), filters, 's.outlet_id').select(MATCH_COLUMNS);
    const [denseSql, params] = dense.getQueryAndParameters();
    // The same query and parameters with one literal condition more, which matches the partial index's
    // predicate, so the planner can prove the index applies.
    const [sparseSql] = dense.andWhere(`s.seq % ${SPARSE_SAMPLE_EVERY} = 0`).getQueryAndParameters();
    const enough = `(SELECT count(*) FROM sparse) >= ${Number(sparseEnough)}`;
    const [row] = await this.db.query(
      `WITH sparse AS MATERIALIZED (${sparseSql}),
            m AS MATERIALIZED (SELECT * FROM sparse WHERE ${enough}
                               UNION ALL
                               SELECT * FROM (${denseSql}) d WHERE NOT ${enough})
       SELECT ${enough} AS sparse, ${FACETS_OVER_M}`,
      params,
    );
    const { sparse, ...counts } = row;
    return { counts, every: sparse ? SPARSE_SAMPLE_EVERY : SAMPLE_EVERY };
  }

  /**
   * Every match (up to `cap` + 1 of them), its exact facets and the hits of one page, in one query.
   * Few matches: the GIN index finds them all, and counting them is cheap.
   */
  async allMatches(filters: StatementFilters, cap: number, page: { before: string | null; size: number }): Promise<FacetCounts & { hits: SearchHitRow[] }> {
    const inner = applyStatementFilters(this.from('statement_search_keys'), filters, 's.outlet_id')
      .select(MATCH_COLUMNS)
      .limit(cap + 1);
    const [sql, params] = inner.getQueryAndParameters();
    const before = `$${params.length + 1}::bigint`;
    const [row] = await this.db.query(
      `WITH m AS MATERIALIZED (${sql}),
            page AS MATERIALIZED (SELECT seq FROM m WHERE ${before} IS NULL OR seq < ${before} ORDER BY seq DESC LIMIT $${params.length + 2})
       SELECT ${FACETS_OVER_M},
              (SELECT coalesce(json_agg(h ORDER BY h.seq::bigint DESC), '[]') FROM (${HIT_SELECT} WHERE s.seq IN (SELECT seq FROM page)) h) AS hits`,
      [...params, page.before, page.size],
    );
    return { ...row, hits: row.hits.map(fromJson) };
  }

  /**
   * One page of matches newest first, with what each hit shows, walking the seq order (or, with a
   * speaker, the speaker's (speaker_id, seq) index) and testing each row: many matches fill a page
   * after a few rows. The match is written as a function call so that no plan can swap the walk for the
   * GIN index. A date range's walk starts at the range's newest statement (SEQ_IN_RANGE): without it a
   * walk towards an old range would pass every newer statement first (600,000 for a range three years
   * back).
   */
  async newestHits(filters: StatementFilters, page: { before: string | null; size: number }): Promise<SearchHitRow[]> {
    const qb = applyStatementFilters(this.from('statement_search_keys'), { ...filters, lemmaQuery: undefined }, 's.outlet_id')
      .select('s.seq', 'seq')
      .andWhere('ts_match_vq(s.search_lemmas, CAST(:walkQuery AS tsquery))', { walkQuery: filters.lemmaQuery })
      .orderBy('s.seq', 'DESC')
      .limit(page.size);
    if (page.before) qb.andWhere('s.seq < :before', { before: page.before });
    if (filters.to) qb.andWhere(`s.seq <= ${LAST_SEQ_IN_RANGE}`, { rangeFrom: filters.from?.slice(0, 10) ?? null, rangeTo: filters.to.slice(0, 10) });
    const [sql, params] = qb.getQueryAndParameters();
    return this.db.query(`WITH page AS MATERIALIZED (${sql}) ${HIT_SELECT} WHERE s.seq IN (SELECT seq FROM page) ORDER BY s.seq DESC`, params);
  }

  /**
   * One of search's tables as `s`. Their columns carry the statements' names, so the statements'
   * filters apply to them as they are (the outlet read from `s.outlet_id`).
   */
  private from(table: 'statement_search_keys' | 'statement_search_sample'): SelectQueryBuilder<Statement> {
    return this.db.createQueryBuilder().from(table, 's') as SelectQueryBuilder<Statement>;
  }
}
