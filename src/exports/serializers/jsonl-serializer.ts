import { toDisplayDate } from '../../common/statement-date';
import type { ExportRow } from '../export-row';
import type { ExportSerializer } from './export-serializer';

/** One statement per line; JSON.stringify escapes line breaks inside strings, so a line is a record. */
export class JsonlSerializer implements ExportSerializer {
  start(): string {
    return '';
  }

  rows(rows: readonly ExportRow[]): string {
    let text = '';
    for (const row of rows) text += JSON.stringify(toJsonlRecord(row)) + '\n';
    return text;
  }

  end(): string {
    return '';
  }
}

export function toJsonlRecord(row: ExportRow) {
  return {
    id: row.id,
    quote: row.quote,
    type: row.type,
    cue: row.cue,
    mention: row.mention,
    via: row.via,
    confidence: row.confidence,
    speaker: { id: row.speakerId, name: row.speakerName, type: row.speakerType, qid: row.speakerQid },
    article: {
      id: row.articleId,
      url: row.articleUrl,
      title: row.articleTitle,
      outlet: row.outletId ? { id: row.outletId, name: row.outletName, domain: row.outletDomain } : null,
      published: row.articlePublished,
    },
    date: toDisplayDate(row.statementDate, row.datePrecision),
    datePrecision: row.datePrecision,
    dateSource: row.dateSource,
    reviewStatus: row.reviewStatus,
    verdict: row.verdict,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
