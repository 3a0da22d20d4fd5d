import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, CsvSerializer } from '../../../src/exports/serializers/csv-serializer';
import { exportRow } from './export-row.fixture';

function write(serializer: CsvSerializer, batches: ReturnType<typeof exportRow>[][]): string {
  return serializer.start() + batches.map((b) => serializer.rows(b)).join('') + serializer.end();
}

describe('CsvSerializer', () => {
  const rows = [
    exportRow({ quote: 'Мы, конечно, «против», — сказал он', speakerName: 'Иван "Ваня" Петров' }),
    exportRow({ quote: 'Первая строка\nвторая строка\r\nтретья', via: 'ТАСС', speakerQid: null, speakerId: null }),
    exportRow({ quote: '"Нет", и всё', verdict: { rating: 'false', rationale: 'Данные, опубликованные "Росстатом", иные', reviewer: 'Редактор', sources: [], reviewedAt: '2025-10-01T00:00:00Z' } }),
  ];

  it('writes one header row and parses back with csv-parse to the same values', () => {
    const text = write(new CsvSerializer(), [rows.slice(0, 2), rows.slice(2)]);
    const records: Record<string, string>[] = parse(text, { columns: true });
    expect(Object.keys(records[0])).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(3);
    expect(records.map((r) => r.quote)).toEqual(rows.map((r) => r.quote));
    expect(records[0].speaker_name).toBe('Иван "Ваня" Петров');
    expect(records[0]).toMatchObject({ id: rows[0].id, speaker_qid: 'Q4290', date: '2025-09', date_precision: 'month', article_url: 'https://example.kz/news/1', outlet: 'Пример', article_published: '2025-09-14', review_status: 'confirmed', verdict: '', confidence: '0.9' });
    expect(records[1]).toMatchObject({ speaker_id: '', speaker_qid: '', via: 'ТАСС' });
    expect(records[2]).toMatchObject({ verdict: 'false', verdict_rationale: 'Данные, опубликованные "Росстатом", иные' });
  });

  it('ends every record with CRLF, as RFC 4180 asks', () => {
    const text = write(new CsvSerializer(), [[exportRow({ quote: 'просто' })]]);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('starts with a UTF-8 BOM only when asked, for Excel', () => {
    expect(new CsvSerializer(true).start().startsWith('\uFEFFid,quote,')).toBe(true);
    expect(new CsvSerializer(false).start().startsWith('id,quote,')).toBe(true);
    expect(Buffer.from(new CsvSerializer(true).start(), 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes only the header for no rows', () => {
    const text = write(new CsvSerializer(), [[]]);
    expect(parse(text)).toEqual([[...CSV_COLUMNS]]);
  });
});
