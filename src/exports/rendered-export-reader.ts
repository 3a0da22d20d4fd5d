import { DataSource } from 'typeorm';
import { copyOut } from './copy/copy-out';
import { inlineParameters } from './copy/inline-parameters';
import { ROW_ALIAS } from './records/export-record-columns';
import type { RenderedExportFormat } from './records/rendered-export-format';
import { exportRowQuery, StatementExportSelection } from './statement-export-reader';

/**
 * The selected statements oldest first, as the COPY output of `format`'s columns over the export
 * row query. One query for the whole export: PostgreSQL plans the joins once and streams, where
 * keyset batches each paid for a join over all articles; Node never builds a row object.
 */
export async function* readRenderedExport(dataSource: DataSource, selection: StatementExportSelection, format: RenderedExportFormat): AsyncGenerator<Buffer> {
  const [sql, parameters] = exportRowQuery(dataSource, selection).orderBy('s.seq', 'ASC').getQueryAndParameters();
  // OFFSET 0 keeps PostgreSQL from merging the row query into the outer one, which would evaluate
  // the verdict subquery once per reference to it.
  const select = `SELECT ${format.columns.join(', ')} FROM (${inlineParameters(sql, parameters)} OFFSET 0) ${ROW_ALIAS} ORDER BY ${ROW_ALIAS}.seq`;
  yield* copyOut(dataSource, select, format.copyOptions);
}
