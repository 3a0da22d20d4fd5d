import { toDisplayDate } from '../../common/statement-date';
import type { ExportRow } from '../export-row';
import { encodeCsvRecord } from './csv-record';
import type { ExportSerializer } from './export-serializer';

export const CSV_COLUMNS = [
  'id',
  'quote',
  'speaker_name',
  'speaker_id',
  'speaker_qid',
  'speaker_type',
  'mention',
  'cue',
  'type',
  'via',
  'date',
  'date_precision',
  'date_source',
  'article_id',
  'article_url',
  'article_title',
  'outlet',
  'article_published',
  'review_status',
  'verdict',
  'verdict_rationale',
  'confidence',
  'created_at',
] as const;

const BOM = '\uFEFF';

/** RFC 4180 CSV, UTF-8, one header row (see csv-record.ts). */
export class CsvSerializer implements ExportSerializer {
  /** @param bom start with a UTF-8 byte-order mark, which Excel needs to read UTF-8 */
  constructor(private readonly bom = false) {}

  start(): string {
    return (this.bom ? BOM : '') + encodeCsvRecord(CSV_COLUMNS);
  }

  rows(rows: readonly ExportRow[]): string {
    let text = '';
    for (const row of rows) text += encodeCsvRecord(toCsvRecord(row));
    return text;
  }

  end(): string {
    return '';
  }
}

export function toCsvRecord(row: ExportRow): string[] {
  return [
    row.id,
    row.quote,
    row.speakerName,
    row.speakerId ?? '',
    row.speakerQid ?? '',
    row.speakerType,
    row.mention,
    row.cue,
    row.type,
    row.via ?? '',
    toDisplayDate(row.statementDate, row.datePrecision) ?? '',
    row.datePrecision ?? '',
    row.dateSource ?? '',
    row.articleId,
    row.articleUrl ?? '',
    row.articleTitle ?? '',
    row.outletName ?? '',
    row.articlePublished ?? '',
    row.reviewStatus,
    row.verdict?.rating ?? '',
    row.verdict?.rationale ?? '',
    String(row.confidence),
    row.createdAt,
  ];
}
