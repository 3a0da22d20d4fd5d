import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CsvLineEndings } from '../../../src/exports/copy/csv-line-endings';
import { cutInPieces } from './chunks.fixture';

/** A field as COPY's CSV writes it: quoted when it holds a comma, a quote, CR or LF. */
const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function convert(text: string, cuts: number[]): { text: string; records: number } {
  const endings = new CsvLineEndings();
  const out = cutInPieces(Buffer.from(text, 'utf8'), cuts).map((piece) => endings.write(piece));
  return { text: Buffer.concat(out).toString('utf8'), records: endings.rows };
}

describe('CsvLineEndings', () => {
  it('ends records with CRLF and leaves line breaks inside quoted fields alone', () => {
    const text = 'id,quote\n1,"первая\nвторая"\n2,"он сказал ""нет""\n, и всё"\n3,просто\n';
    expect(convert(text, [])).toEqual({
      text: 'id,quote\r\n1,"первая\nвторая"\r\n2,"он сказал ""нет""\n, и всё"\r\n3,просто\r\n',
      records: 4,
    });
  });

  it('gives the same records wherever the chunks are cut', () => {
    const tricky = fc.string({ unit: fc.constantFrom('a', 'ж', ',', '"', '\n', '\r', ' ', '«') });
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const copyCsv = rows.map((r) => r.map(field).join(',') + '\n').join('');
        const { text, records } = convert(copyCsv, cuts);
        expect(records).toBe(rows.length);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(parse(text, { record_delimiter: '\r\n' })).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});
