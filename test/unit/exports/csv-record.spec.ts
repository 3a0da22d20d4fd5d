import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { encodeCsvField, encodeCsvRecord } from '../../../src/exports/serializers/csv-record';

// Characters that matter to CSV, plus Cyrillic and a few that matter to other readers.
const tricky = fc.string({ unit: fc.constantFrom('a', 'ж', 'Ё', ',', '"', '\n', '\r', ' ', ';', '«', '»', '\u2028', '\t', '=') });

describe('encodeCsvRecord', () => {
  it('leaves plain fields bare and quotes fields with a comma, a quote, CR or LF', () => {
    expect(encodeCsvField('Токаев')).toBe('Токаев');
    expect(encodeCsvField('да, нет')).toBe('"да, нет"');
    expect(encodeCsvField('он сказал "нет"')).toBe('"он сказал ""нет"""');
    expect(encodeCsvField('строка\nстрока')).toBe('"строка\nстрока"');
    expect(encodeCsvField('a\rb')).toBe('"a\rb"');
    expect(encodeCsvRecord(['a', '', 'b,c'])).toBe('a,,"b,c"\r\n');
  });

  it('writes exactly what csv-stringify writes for RFC 4180 (CRLF, line breaks quoted)', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 6 }), (fields) => {
        expect(encodeCsvRecord(fields)).toBe(stringify([fields], { record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
      }),
      { numRuns: 500 },
    );
  });

  it('parses back with csv-parse to the same fields', () => {
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (records) => {
        const width = records[0].length;
        const rows = records.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = rows.map(encodeCsvRecord).join('');
        expect(parse(text, { relax_column_count: false })).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
