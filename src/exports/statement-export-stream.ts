import { Readable } from 'stream';
import type { ClaimReviewPublisher } from './claim-review';
import type { ExportFormat } from './export-format';
import { ExportFilters, withSearchWords } from './export-search-words';
import { CSV_EXPORT } from './records/csv-export-format';
import { JSONL_EXPORT } from './records/jsonl-export-format';
import type { RenderedExportFormat } from './records/rendered-export-format';
import { ClaimReviewSerializer } from './serializers/claim-review-serializer';
import { DEFAULT_BATCH_SIZE, StatementExportRepository, StatementExportSelection } from './statement-export.repository';

/** What to export: the API, the export jobs and the CLI all describe an export this way. */
export interface StatementExportRequest {
  format: ExportFormat;
  filters: ExportFilters;
  /** CSV only: start with a UTF-8 BOM for Excel. */
  bom?: boolean;
}

export interface StatementExportOptions {
  publisher: ClaimReviewPublisher;
  batchSize?: number;
  /** Called every `batchSize` rows or so and at the end, with the number of rows read so far; awaited. */
  onBatch?: (rowsSoFar: number) => void | Promise<void>;
}

/** What the reader selects for a request: its filters (search words as a lemma query), verdicts only for ClaimReview. */
export async function exportSelection(request: StatementExportRequest): Promise<StatementExportSelection> {
  return { filters: await withSearchWords(request.filters), onlyWithVerdict: request.format === 'claimreview' };
}

/**
 * The export as chunks of text or bytes. The first chunk is produced only after the first query has
 * answered, so a caller that awaits it can still report a failure before sending anything.
 */
export async function* statementExportChunks(statements: StatementExportRepository, request: StatementExportRequest, options: StatementExportOptions): AsyncGenerator<string | Buffer> {
  const selection = await exportSelection(request);
  switch (request.format) {
    case 'csv':
      return yield* renderedChunks(statements, selection, CSV_EXPORT, request, options);
    case 'jsonl':
      return yield* renderedChunks(statements, selection, JSONL_EXPORT, request, options);
    case 'claimreview':
      return yield* claimReviewChunks(statements, selection, options);
  }
}

/** CSV and JSONL: the rows as PostgreSQL's COPY writes them, finished by the format's renderer. */
async function* renderedChunks(
  statements: StatementExportRepository,
  selection: StatementExportSelection,
  format: RenderedExportFormat,
  request: StatementExportRequest,
  options: StatementExportOptions,
): AsyncGenerator<string | Buffer> {
  const renderer = format.renderer();
  const reportEvery = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let pending = format.header({ bom: request.bom === true });
  let reported = 0;
  for await (const chunk of statements.rendered(selection, format)) {
    const out = renderer.write(chunk);
    // An empty chunk would read as the end of the stream to some consumers: never yield one.
    if (out.length > 0) {
      if (pending) yield pending;
      pending = '';
      yield out;
    }
    if (renderer.rows - reported >= reportEvery) {
      reported = renderer.rows;
      await options.onBatch?.(reported);
    }
  }
  renderer.end();
  if (pending) yield pending;
  if (reported !== renderer.rows) await options.onBatch?.(renderer.rows);
}

/** ClaimReview: a JSON-LD array built in Node from the rows with a verdict, a small share of all. */
async function* claimReviewChunks(statements: StatementExportRepository, selection: StatementExportSelection, options: StatementExportOptions): AsyncGenerator<string> {
  const serializer = new ClaimReviewSerializer(options.publisher);
  let pending = serializer.start();
  let rows = 0;
  for await (const batch of statements.batches(selection, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
    rows += batch.length;
    pending += serializer.rows(batch);
    if (pending) yield pending;
    pending = '';
    await options.onBatch?.(rows);
  }
  yield pending + serializer.end();
}

/** The export as a byte stream that reads from PostgreSQL only as fast as its consumer takes the bytes. */
export function createStatementExportStream(statements: StatementExportRepository, request: StatementExportRequest, options: StatementExportOptions): Readable {
  return Readable.from(statementExportChunks(statements, request, options), { objectMode: false });
}
