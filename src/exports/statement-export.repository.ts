import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { applyStatementFilters, StatementFilters } from '../statements/statement-filters';
import { Statement } from '../entities/statement.entity';
import { copyOut } from './copy/copy-out';
import { inlineParameters } from './copy/inline-parameters';
import type { ExportRow } from './export-row';
import { HAS_VERDICT_SQL, LATEST_VERDICT_SQL } from './export-verdicts';
import { ROW_ALIAS } from './records/export-record-columns';
import { isoTimestamp } from './records/record-sql';
import type { RenderedExportFormat } from './records/rendered-export-format';

export interface StatementExportSelection {
  filters: StatementFilters;
  /** Only statements that have a fact-check verdict (ClaimReview). */
  onlyWithVerdict?: boolean;
}

/** Rows per query: big enough that round trips do not dominate, small enough to keep memory flat. */
export const DEFAULT_BATCH_SIZE = 5000;

/**
 * The reads of an export: the selected statements oldest first, with article, outlet, speaker and
 * latest verdict. A plain class over a DataSource, so the CLI uses it without Nest.
 */
@Injectable()
export class StatementExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The rows in keyset batches over `seq`: each batch is one short query, so memory stays flat
   * whatever the export's size, no connection is held while a slow client reads, and a consumer
   * that stops pulling stops the reading.
   */
  async *batches(selection: StatementExportSelection, batchSize = DEFAULT_BATCH_SIZE): AsyncGenerator<ExportRow[]> {
    const fetch = (afterSeq: string): Promise<ExportRow[]> => {
      const rows = this.rowQuery(selection).andWhere('s.seq > :afterSeq', { afterSeq }).orderBy('s.seq', 'ASC').limit(batchSize).getRawMany<ExportRow>();
      // Awaited below unless the consumer stops first; then its failure is of no interest.
      rows.catch(() => undefined);
      return rows;
    };
    let next = fetch('0');
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      const more = rows.length === batchSize;
      // The next batch is asked for before this one is handed over, so PostgreSQL reads it while
      // this one is serialised: on two cores that overlaps the two halves of the work.
      if (more) next = fetch(rows[rows.length - 1].seq);
      yield rows;
      if (!more) return;
    }
  }

  /**
   * The rows as the COPY output of `format`'s columns over the row query. One query for the whole
   * export: PostgreSQL plans the joins once and streams, where keyset batches each paid for a join
   * over all articles; Node never builds a row object.
   */
  async *rendered(selection: StatementExportSelection, format: RenderedExportFormat): AsyncGenerator<Buffer> {
    const [sql, parameters] = this.rowQuery(selection).orderBy('s.seq', 'ASC').getQueryAndParameters();
    // OFFSET 0 keeps PostgreSQL from merging the row query into the outer one, which would evaluate
    // the verdict subquery once per reference to it.
    const select = `SELECT ${format.columns.join(', ')} FROM (${inlineParameters(sql, parameters)} OFFSET 0) ${ROW_ALIAS} ORDER BY ${ROW_ALIAS}.seq`;
    yield* copyOut(this.dataSource, select, format.copyOptions);
  }

  /** How many statements the selection holds, for progress reports. */
  async count(selection: StatementExportSelection): Promise<number> {
    const row = await this.filtered(selection).select('count(*)::int', 'n').getRawOne<{ n: number }>();
    return row?.n ?? 0;
  }

  /** The selected statements, `s` with its article `a`, before any columns are chosen. */
  private filtered(selection: StatementExportSelection): SelectQueryBuilder<Statement> {
    const query = this.dataSource.getRepository(Statement).createQueryBuilder('s').innerJoin('s.article', 'a');
    applyStatementFilters(query, selection.filters);
    if (selection.onlyWithVerdict) query.andWhere(HAS_VERDICT_SQL);
    return query;
  }

  /** The selected statements with the columns of ExportRow. */
  private rowQuery(selection: StatementExportSelection): SelectQueryBuilder<Statement> {
    // Aliases distinct from the shared filters' (s, a, o) so a filter that joins more never collides.
    return this.filtered(selection)
      .leftJoin('s.speaker', 'x_speaker')
      .leftJoin('a.outlet', 'x_outlet')
      .select('s.seq', 'seq')
      .addSelect('s.id', 'id')
      .addSelect('s.quote', 'quote')
      .addSelect('s.type', 'type')
      .addSelect('s.cue', 'cue')
      .addSelect('s.mention', 'mention')
      .addSelect('s.via', 'via')
      .addSelect('s.confidence', 'confidence')
      .addSelect(`to_char(s.statement_date, 'YYYY-MM-DD')`, 'statementDate')
      .addSelect('s.date_precision', 'datePrecision')
      .addSelect('s.date_source', 'dateSource')
      .addSelect('s.review_status', 'reviewStatus')
      .addSelect('s.speaker_id', 'speakerId')
      .addSelect('COALESCE(x_speaker.canonical_name, s.speaker_name)', 'speakerName')
      .addSelect('COALESCE(x_speaker.type, s.speaker_type)', 'speakerType')
      .addSelect('x_speaker.qid', 'speakerQid')
      .addSelect('a.id', 'articleId')
      .addSelect('a.url', 'articleUrl')
      .addSelect('a.title', 'articleTitle')
      .addSelect(`to_char(a.published_at, 'YYYY-MM-DD')`, 'articlePublished')
      .addSelect('x_outlet.id', 'outletId')
      .addSelect('x_outlet.name', 'outletName')
      .addSelect('x_outlet.domain', 'outletDomain')
      .addSelect(LATEST_VERDICT_SQL, 'verdict')
      .addSelect(isoTimestamp('s.created_at'), 'createdAt')
      .addSelect(isoTimestamp('s.updated_at'), 'updatedAt');
  }
}
