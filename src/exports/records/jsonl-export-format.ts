import { CopyTextJsonWriter, JsonField } from '../copy/copy-text-json-writer';
import { DISPLAY_DATE_SQL, rowColumn as c } from './export-record-columns';
import type { RenderedExportFormat } from './rendered-export-format';

/**
 * One statement per line: speaker, article with outlet, dates at their precision, type, review
 * status and the latest verdict. Each entry is a column of the COPY and how it is written.
 */
const JSONL_FIELDS: readonly (JsonField & { column: string })[] = [
  { column: c('id'), before: '{"id":', kind: 'string' },
  { column: c('quote'), before: ',"quote":', kind: 'string' },
  { column: c('type'), before: ',"type":', kind: 'string' },
  { column: c('cue'), before: ',"cue":', kind: 'string' },
  { column: c('mention'), before: ',"mention":', kind: 'string' },
  { column: c('via'), before: ',"via":', kind: 'string' },
  { column: c('confidence'), before: ',"confidence":', kind: 'number' },
  { column: c('speakerId'), before: ',"speaker":{"id":', kind: 'string' },
  { column: c('speakerName'), before: ',"name":', kind: 'string' },
  { column: c('speakerType'), before: ',"type":', kind: 'string' },
  { column: c('speakerQid'), before: ',"qid":', kind: 'string', after: '}' },
  { column: c('articleId'), before: ',"article":{"id":', kind: 'string' },
  { column: c('articleUrl'), before: ',"url":', kind: 'string' },
  { column: c('articleTitle'), before: ',"title":', kind: 'string' },
  { column: c('outletId'), before: ',"outlet":', kind: 'string', nullableObject: { open: '{"id":', fields: 2 } },
  { column: c('outletName'), before: ',"name":', kind: 'string' },
  { column: c('outletDomain'), before: ',"domain":', kind: 'string', after: '}' },
  { column: c('articlePublished'), before: ',"published":', kind: 'string', after: '}' },
  { column: DISPLAY_DATE_SQL, before: ',"date":', kind: 'string' },
  { column: c('datePrecision'), before: ',"datePrecision":', kind: 'string' },
  { column: c('dateSource'), before: ',"dateSource":', kind: 'string' },
  { column: c('reviewStatus'), before: ',"reviewStatus":', kind: 'string' },
  // JSON already, built by the row query (export-verdicts.ts).
  { column: c('verdict'), before: ',"verdict":', kind: 'json' },
  { column: c('createdAt'), before: ',"createdAt":', kind: 'string' },
  { column: c('updatedAt'), before: ',"updatedAt":', kind: 'string' },
];

/** JSON Lines: JSON escapes line breaks inside strings, so a line is a record. */
export const JSONL_EXPORT: RenderedExportFormat = {
  columns: JSONL_FIELDS.map((f) => f.column),
  copyOptions: 'FORMAT text',
  header: () => '',
  renderer: () => new CopyTextJsonWriter(JSONL_FIELDS, '}\n'),
};
