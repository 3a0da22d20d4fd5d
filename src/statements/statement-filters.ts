import { SelectQueryBuilder } from 'typeorm';
import { Statement } from '../entities/statement.entity';

/** The filters every statement listing shares (list, search, export). Alias `s` is the statement, `a` its article. */
export interface StatementFilters {
  speakerId?: string;
  speaker?: string;
  articleId?: string;
  outlet?: string;
  from?: string;
  to?: string;
  type?: string;
  reviewStatus?: string;
  /** Current fact-check verdict (true, mostly-true, half-true, misleading, false, unverifiable). */
  verdict?: string;
  /** API key id the statement is assigned to for review. */
  assignee?: string;
  /** A tsquery over search_lemmas (statement_search_keys), built from the user's words by buildLemmaQuery (src/language/lemma-text.ts). */
  lemmaQuery?: string;
  /** Soft-deleted statements are left out unless this is true. */
  includeDeleted?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where the outlet is read: `a.outlet_id` of the joined article (alias `a`), or `s.outlet_id` on
 * search's own tables (statement_search_keys and the sample), which carry each statement's outlet
 * and its search keys.
 */
export type OutletColumn = 'a.outlet_id' | 's.outlet_id';

export function applyStatementFilters(query: SelectQueryBuilder<Statement>, f: StatementFilters, outletColumn: OutletColumn = 'a.outlet_id'): SelectQueryBuilder<Statement> {
  if (f.speakerId) query.andWhere('s.speaker_id = :speakerId', { speakerId: f.speakerId });
  if (f.speaker) query.andWhere('s.speaker_name ILIKE :speakerName', { speakerName: `%${escapeLike(f.speaker)}%` });
  if (f.articleId) query.andWhere('s.article_id = :articleId', { articleId: f.articleId });
  if (f.outlet) {
    if (UUID.test(f.outlet)) query.andWhere(`${outletColumn} = :outletId`, { outletId: f.outlet });
    else query.andWhere(`${outletColumn} IN (SELECT o.id FROM outlets o WHERE lower(o.name) = lower(:outletName) OR o.domain = lower(:outletName))`, { outletName: f.outlet });
  }
  if (f.from) query.andWhere('s.statement_date >= :from', { from: f.from.slice(0, 10) });
  if (f.to) query.andWhere('s.statement_date <= :to', { to: f.to.slice(0, 10) });
  if (f.type) query.andWhere('s.type = :type', { type: f.type });
  if (f.reviewStatus) query.andWhere('s.review_status = :reviewStatus', { reviewStatus: f.reviewStatus });
  if (f.verdict) query.andWhere('s.verdict = :verdict', { verdict: f.verdict });
  if (f.assignee) query.andWhere('s.assignee_key_id = :assignee', { assignee: f.assignee });
  if (f.lemmaQuery) {
    // The keys live only on search's tables (statement_search_keys and the sample); a listing of the
    // statements themselves reads them from statement_search_keys.
    if (outletColumn === 's.outlet_id') query.andWhere('s.search_lemmas @@ CAST(:lemmaQuery AS tsquery)', { lemmaQuery: f.lemmaQuery });
    else query.andWhere('EXISTS (SELECT 1 FROM statement_search_keys f_keys WHERE f_keys.statement_id = s.id AND f_keys.search_lemmas @@ CAST(:lemmaQuery AS tsquery))', { lemmaQuery: f.lemmaQuery });
  }
  if (!f.includeDeleted) query.andWhere('s.deleted_at IS NULL');
  else query.withDeleted();
  return query;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
