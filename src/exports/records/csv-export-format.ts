import { CsvLineEndings } from '../copy/csv-line-endings';
import { encodeCsvRecord } from '../serializers/csv-record';
import { DISPLAY_DATE_SQL, rowColumn as c } from './export-record-columns';
import type { RenderedExportFormat } from './rendered-export-format';

/** Header name and column SQL side by side, so the two cannot drift apart. */
const CSV_FIELDS: readonly [string, string][] = [
  ['id', c('id')],
  ['quote', c('quote')],
  ['speaker_name', c('speakerName')],
  ['speaker_id', c('speakerId')],
  ['speaker_qid', c('speakerQid')],
  ['speaker_type', c('speakerType')],
  ['mention', c('mention')],
  ['cue', c('cue')],
  ['type', c('type')],
  ['via', c('via')],
  ['date', DISPLAY_DATE_SQL],
  ['date_precision', c('datePrecision')],
  ['date_source', c('dateSource')],
  ['article_id', c('articleId')],
  ['article_url', c('articleUrl')],
  ['article_title', c('articleTitle')],
  ['outlet', c('outletName')],
  ['article_published', c('articlePublished')],
  ['review_status', c('reviewStatus')],
  ['verdict', `${c('verdict')}->>'rating'`],
  ['verdict_rationale', `${c('verdict')}->>'rationale'`],
  ['confidence', c('confidence')],
  ['created_at', c('createdAt')],
];

export const CSV_COLUMNS: readonly string[] = CSV_FIELDS.map(([name]) => name);

const BOM = '\uFEFF';

/**
 * RFC 4180 CSV written by PostgreSQL's COPY: fields quoted when they hold a comma, a double quote,
 * CR or LF, quotes doubled, NULL as an empty field (an empty string is written ""). COPY ends
 * records with LF, so Node makes that CRLF.
 */
export const CSV_EXPORT: RenderedExportFormat = {
  columns: CSV_FIELDS.map(([, sql]) => sql),
  copyOptions: 'FORMAT csv',
  // Excel needs the byte-order mark to read UTF-8.
  header: ({ bom }) => (bom ? BOM : '') + encodeCsvRecord(CSV_COLUMNS),
  renderer: () => new CsvLineEndings(),
};
