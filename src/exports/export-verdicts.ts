import { isoTimestamp, JSON_NULL, jsonObject, jsonValue } from './records/record-sql';

/**
 * How exports read fact-check verdicts, as the review feature stores them: the current verdict on
 * `statements.verdict`, the history in `statement_verdicts` (latest = highest seq). Everything
 * exports know about those tables is here.
 */

/**
 * The current verdict of statement `s` with the details of the latest verdict given, as JSON shaped
 * like ExportVerdict, or NULL. A current verdict without a history row (written by hand) still counts.
 */
export const LATEST_VERDICT_SQL = `CASE WHEN s.verdict IS NULL THEN NULL ELSE COALESCE(
  (SELECT ${jsonObject({
    rating: jsonValue('s.verdict'),
    rationale: jsonValue('v.rationale'),
    reviewer: jsonValue('v.reviewer_name'),
    sources: `COALESCE(to_json(v.sources)::text, '[]')`,
    reviewedAt: jsonValue(isoTimestamp('v.created_at')),
  })}
   FROM statement_verdicts v WHERE v.statement_id = s.id
   ORDER BY v.seq DESC LIMIT 1),
  ${jsonObject({ rating: jsonValue('s.verdict'), rationale: JSON_NULL, reviewer: JSON_NULL, sources: `'[]'`, reviewedAt: jsonValue(isoTimestamp('s.updated_at')) })}
)::json END`;

/** A condition on statement `s`: it has a verdict. */
export const HAS_VERDICT_SQL = 's.verdict IS NOT NULL';
