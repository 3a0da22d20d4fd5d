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
  (SELECT json_build_object(
     'rating', s.verdict,
     'rationale', v.rationale,
     'reviewer', v.reviewer_name,
     'sources', to_json(v.sources),
     'reviewedAt', v.created_at)
   FROM statement_verdicts v WHERE v.statement_id = s.id
   ORDER BY v.seq DESC LIMIT 1),
  json_build_object('rating', s.verdict, 'rationale', NULL, 'reviewer', NULL, 'sources', '[]'::json, 'reviewedAt', s.updated_at)
) END`;

/** A condition on statement `s`: it has a verdict. */
export const HAS_VERDICT_SQL = 's.verdict IS NOT NULL';
