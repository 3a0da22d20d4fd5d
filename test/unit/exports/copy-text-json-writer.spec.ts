import fc from 'fast-check';
import { CopyTextJsonWriter, JsonField } from '../../../src/exports/copy/copy-text-json-writer';
import { cutInPieces } from './chunks.fixture';

/** A value as COPY … TO STDOUT writes it in text format (what PostgreSQL sends; see copy.c). */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\b\f\n\r\t\v]/g, (c) => ({ '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' })[c]!);
}

function copyRows(rows: (string | null)[][]): Buffer {
  return Buffer.from(rows.map((r) => r.map(copyField).join('\t') + '\n').join(''), 'utf8');
}

/** Feeds `data` to a fresh writer in pieces cut at `cuts`, returns the lines parsed. */
function writeInPieces(fields: readonly JsonField[], data: Buffer, cuts: number[] = []): unknown[] {
  const writer = new CopyTextJsonWriter(fields);
  const out = cutInPieces(data, cuts).map((piece) => writer.write(piece));
  writer.end();
  const text = Buffer.concat(out).toString('utf8');
  expect(text.endsWith('\n') || text === '').toBe(true);
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const PERSON: JsonField[] = [
  { before: '{"name":', kind: 'string' },
  { before: ',"score":', kind: 'number' },
  { before: ',"org":', kind: 'string', nullableObject: { open: '{"id":', fields: 1 } },
  { before: ',"title":', kind: 'string', after: '}' },
  { before: ',"extra":', kind: 'json' },
];

// Characters that COPY escapes, that JSON escapes, and others that must pass through untouched.
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'ж', 'Ё', '"', '\\', '\n', '\r', '\t', '\b', '\f', '\v', '\u0001', '\u001f', '\u007f', '\u2028', '😀', 'N', '{', '}', ','),
    fc.integer({ min: 1, max: 0x1f }).map((c) => String.fromCharCode(c)),
  ),
});

describe('CopyTextJsonWriter', () => {
  it('writes strings, numbers, JSON and null objects so that each line parses back to the values', () => {
    const data = copyRows([
      ['Касым-Жомарт "К." Токаев', '0.9', 'org-1', 'Президент\nКазахстана', '{"rating":"false","sources":["https://example.org/a\\\\b"]}'],
      ['\\N', 'NaN', null, null, null],
    ]);
    expect(writeInPieces(PERSON, data)).toEqual([
      { name: 'Касым-Жомарт "К." Токаев', score: 0.9, org: { id: 'org-1', title: 'Президент\nКазахстана' }, extra: { rating: 'false', sources: ['https://example.org/a\\b'] } },
      { name: '\\N', score: null, org: null, extra: null },
    ]);
  });

  it('gives back any text exactly, however the chunks cut the rows, escapes and characters', () => {
    const fields: JsonField[] = [
      { before: '{"a":', kind: 'string' },
      { before: ',"b":', kind: 'string' },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(tricky, fc.option(tricky, { nil: null })), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, cuts) => {
          const parsed = writeInPieces(fields, copyRows(rows), cuts);
          expect(parsed).toEqual(rows.map(([a, b]) => ({ a, b })));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes control characters as \\u escapes, so a line never breaks inside a value', () => {
    const writer = new CopyTextJsonWriter([{ before: '{"a":', kind: 'string' }]);
    const line = writer.write(copyRows([['x\u0001\vy\n']])).toString('utf8');
    expect(line).toBe('{"a":"x\\u0001\\u000by\\n"}\n');
    expect(writer.rows).toBe(1);
  });

  it('counts rows and carries an unfinished one to the next chunk', () => {
    const writer = new CopyTextJsonWriter([{ before: '{"a":', kind: 'string' }]);
    const data = copyRows([['один'], ['два']]);
    const cut = data.indexOf('два');
    expect(writer.write(data.subarray(0, cut)).toString()).toBe('{"a":"один"}\n');
    expect(writer.rows).toBe(1);
    expect(() => writer.end()).not.toThrow();
    expect(writer.write(data.subarray(cut, cut + 2)).length).toBe(0);
    expect(() => writer.end()).toThrow(/ended inside a row/);
    expect(writer.write(data.subarray(cut + 2)).toString()).toBe('{"a":"два"}\n');
    expect(writer.rows).toBe(2);
  });

  it('makes room for any row: long keys, long values, many rows in one chunk', () => {
    const key = 'k'.repeat(3000);
    const fields: JsonField[] = [{ before: `{"${key}":`, kind: 'string' }];
    const rows = Array.from({ length: 300 }, (_, i) => ['\u0001'.repeat(i * 50) + 'ж'.repeat(i)]);
    expect(writeInPieces(fields, copyRows(rows))).toEqual(rows.map(([v]) => ({ [key]: v })));
  });

  it('refuses a row with fewer columns than fields', () => {
    const writer = new CopyTextJsonWriter(PERSON);
    expect(() => writer.write(Buffer.from('only\t1\n'))).toThrow(/fewer than 5 columns/);
  });
});
