/** Turns the bytes of one export's COPY into the export's own bytes or text, chunk after chunk. */
export interface ExportRenderer {
  write(chunk: Buffer): Buffer;
  /** Rows completed so far. */
  readonly rows: number;
  /** Throws when the data ended in the middle of a row. */
  end(): void;
}

/**
 * An export format whose rows PostgreSQL writes with COPY: the columns it selects (SQL over the
 * ExportRow columns of `r`), how COPY writes them, and what Node still does to the bytes.
 */
export interface RenderedExportFormat {
  columns: readonly string[];
  /** The WITH options of the COPY. */
  copyOptions: string;
  header(options: { bom: boolean }): string;
  renderer(): ExportRenderer;
}
