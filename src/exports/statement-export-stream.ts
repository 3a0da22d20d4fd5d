import { Readable } from 'stream';
import { DataSource } from 'typeorm';
import type { ClaimReviewPublisher } from './claim-review';
import type { ExportFormat } from './export-format';
import { ExportFilters, withSearchWords } from './export-search-words';
import { ClaimReviewSerializer } from './serializers/claim-review-serializer';
import { CsvSerializer } from './serializers/csv-serializer';
import type { ExportSerializer } from './serializers/export-serializer';
import { JsonlSerializer } from './serializers/jsonl-serializer';
import { DEFAULT_BATCH_SIZE, readStatementExportBatches, StatementExportSelection } from './statement-export-reader';

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
  /** Called after each batch is serialised, with the number of rows read so far; awaited. */
  onBatch?: (rowsSoFar: number) => void | Promise<void>;
}

export function createSerializer(request: StatementExportRequest, publisher: ClaimReviewPublisher): ExportSerializer {
  switch (request.format) {
    case 'csv':
      return new CsvSerializer(request.bom === true);
    case 'jsonl':
      return new JsonlSerializer();
    case 'claimreview':
      return new ClaimReviewSerializer(publisher);
  }
}

/** What the reader selects for a request: its filters (search words as a lemma query), verdicts only for ClaimReview. */
export async function exportSelection(request: StatementExportRequest): Promise<StatementExportSelection> {
  return { filters: await withSearchWords(request.filters), onlyWithVerdict: request.format === 'claimreview' };
}

/**
 * The export as text chunks, one per batch of rows. The first chunk is produced only after the first
 * query has answered, so a caller that awaits it can still report a failure before sending anything.
 */
export async function* statementExportChunks(dataSource: DataSource, request: StatementExportRequest, options: StatementExportOptions): AsyncGenerator<string> {
  const serializer = createSerializer(request, options.publisher);
  const batches = readStatementExportBatches(dataSource, await exportSelection(request), options.batchSize ?? DEFAULT_BATCH_SIZE);
  let pending = serializer.start();
  let rows = 0;
  for await (const batch of batches) {
    rows += batch.length;
    pending += serializer.rows(batch);
    if (pending) yield pending;
    pending = '';
    await options.onBatch?.(rows);
  }
  const last = pending + serializer.end();
  // An empty chunk would read as the end of the stream to some consumers: never yield one.
  if (last) yield last;
}

/** The export as a byte stream that reads from PostgreSQL only as fast as its consumer takes the bytes. */
export function createStatementExportStream(dataSource: DataSource, request: StatementExportRequest, options: StatementExportOptions): Readable {
  return Readable.from(statementExportChunks(dataSource, request, options), { objectMode: false });
}
