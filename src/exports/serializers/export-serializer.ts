import type { ExportRow } from '../export-row';

/**
 * Turns batches of rows into text. One instance serves one export: formats that separate items
 * (the ClaimReview array) remember whether an item was written.
 */
export interface ExportSerializer {
  /** What comes before the first row: a BOM, a header, an opening bracket. */
  start(): string;
  rows(rows: readonly ExportRow[]): string;
  /** What comes after the last row. */
  end(): string;
}
