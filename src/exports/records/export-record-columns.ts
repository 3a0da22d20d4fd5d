/**
 * The columns of the export query (see ExportRow) as the record SQL refers to them: the rendered
 * record is computed over the row query as `r`, so both formats read exactly what ClaimReview reads.
 */
export const ROW_ALIAS = 'r';

/** `r."column"` for an ExportRow field. */
export function rowColumn(field: string): string {
  return `${ROW_ALIAS}."${field}"`;
}

/** The statement date at its precision, as toDisplayDate shows it: 2025-09-13, 2025-09, 2025. */
export const DISPLAY_DATE_SQL = `CASE ${rowColumn('datePrecision')} WHEN 'year' THEN left(${rowColumn('statementDate')}, 4) WHEN 'month' THEN left(${rowColumn('statementDate')}, 7) ELSE ${rowColumn('statementDate')} END`;
