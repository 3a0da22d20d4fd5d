import type { ExportRow } from '../../../src/exports/export-row';

let next = 1;

/** A statement as the export reader returns it; override what a test is about. */
export function exportRow(overrides: Partial<ExportRow> = {}): ExportRow {
  const n = next++;
  return {
    seq: String(n),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    quote: 'Мы продолжим переговоры',
    type: 'direct',
    cue: 'заявил',
    mention: 'Токаев',
    via: null,
    confidence: 0.9,
    statementDate: '2025-09-01',
    datePrecision: 'month',
    dateSource: 'text',
    reviewStatus: 'confirmed',
    speakerId: '11111111-1111-4111-8111-111111111111',
    speakerName: 'Касым-Жомарт Токаев',
    speakerType: 'person',
    speakerQid: 'Q4290',
    articleId: '22222222-2222-4222-8222-222222222222',
    articleUrl: 'https://example.kz/news/1',
    articleTitle: 'Токаев о переговорах',
    articlePublished: '2025-09-14',
    outletId: '33333333-3333-4333-8333-333333333333',
    outletName: 'Пример',
    outletDomain: 'example.kz',
    verdict: null,
    createdAt: '2025-09-14T10:00:00.000000Z',
    updatedAt: '2025-09-15T10:00:00.000000Z',
    ...overrides,
  };
}
