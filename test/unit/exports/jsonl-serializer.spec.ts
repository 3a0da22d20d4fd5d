import { JsonlSerializer } from '../../../src/exports/serializers/jsonl-serializer';
import { exportRow } from './export-row.fixture';

describe('JsonlSerializer', () => {
  it('writes one JSON object per line, whatever the quote holds', () => {
    const rows = [exportRow({ quote: 'строка\nвторая\u2028третья' }), exportRow({ quote: 'с "кавычками" и \\ чертой' })];
    const s = new JsonlSerializer();
    const text = s.start() + s.rows(rows.slice(0, 1)) + s.rows(rows.slice(1)) + s.end();
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).quote)).toEqual(rows.map((r) => r.quote));
  });

  it('carries speaker, article, dates, type, review status and verdict', () => {
    const verdict = { rating: 'misleading' as const, rationale: 'Вырвано из контекста', reviewer: 'Редактор', sources: ['https://example.org/a'], reviewedAt: '2025-10-01T12:00:00+00:00' };
    const row = exportRow({ verdict, datePrecision: 'day', statementDate: '2025-09-13' });
    const record = JSON.parse(new JsonlSerializer().rows([row]));
    expect(record).toEqual({
      id: row.id,
      quote: row.quote,
      type: 'direct',
      cue: 'заявил',
      mention: 'Токаев',
      via: null,
      confidence: 0.9,
      speaker: { id: row.speakerId, name: 'Касым-Жомарт Токаев', type: 'person', qid: 'Q4290' },
      article: {
        id: row.articleId,
        url: 'https://example.kz/news/1',
        title: 'Токаев о переговорах',
        outlet: { id: row.outletId, name: 'Пример', domain: 'example.kz' },
        published: '2025-09-14',
      },
      date: '2025-09-13',
      datePrecision: 'day',
      dateSource: 'text',
      reviewStatus: 'confirmed',
      verdict,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  });

  it('shows dates at their precision and an unknown outlet and QID as null', () => {
    const record = JSON.parse(new JsonlSerializer().rows([exportRow({ statementDate: '2024-01-01', datePrecision: 'year', outletId: null, speakerQid: null })]));
    expect(record.date).toBe('2024');
    expect(record.article.outlet).toBeNull();
    expect(record.speaker.qid).toBeNull();
  });
});
