import type { ExportRenderer } from '../records/rendered-export-format';

const TAB = 0x09;
const LF = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HEX = Buffer.from('0123456789abcdef');

export type JsonFieldKind = 'string' | 'number' | 'json';

/** How one COPY column becomes part of the JSON line. */
export interface JsonField {
  /** Written before the value: separators, keys, braces that open objects. */
  before: string;
  /** string: a JSON string; number: as PostgreSQL printed it; json: JSON text PostgreSQL built. */
  kind: JsonFieldKind;
  /** Written after the value, such as a closing brace. */
  after?: string;
  /**
   * This column is the first of an object that is null when the column is NULL: then `null` is
   * written and the next `fields` columns are skipped; otherwise `open` comes before the value.
   */
  nullableObject?: { open: string; fields: number };
}

interface CompiledField {
  before: Buffer;
  after: Buffer;
  kind: JsonFieldKind;
  open: Buffer | null;
  skipWhenNull: number;
}

const NULL = Buffer.from('null');

/**
 * Writes COPY … TO STDOUT text-format rows as JSON lines, byte for byte, without decoding them
 * into strings: COPY's escapes for backslash, LF, CR, tab, backspace and form feed are JSON's own,
 * so only double quotes, vertical tabs and other control characters need rewriting. A million
 * rows take Node a few seconds this way, where strings and JSON.stringify took half a minute.
 */
export class CopyTextJsonWriter implements ExportRenderer {
  private readonly fields: CompiledField[];
  private readonly lineEnd: Buffer;
  /** Most bytes a row writes besides its values: keys, braces, quotes, null. */
  private readonly fixedBytes: number;
  private carried: Buffer | null = null;
  private out: Buffer = Buffer.allocUnsafe(1 << 16);
  /** Rows written so far. */
  rows = 0;

  constructor(fields: readonly JsonField[], lineEnd = '}\n') {
    this.lineEnd = Buffer.from(lineEnd);
    this.fields = fields.map((f) => ({
      before: Buffer.from(f.before),
      after: Buffer.from(f.after ?? ''),
      kind: f.kind,
      open: f.nullableObject ? Buffer.from(f.nullableObject.open) : null,
      skipWhenNull: f.nullableObject?.fields ?? 0,
    }));
    this.fixedBytes = this.fields.reduce((n, f) => n + f.before.length + f.after.length + (f.open?.length ?? 0) + NULL.length + 2, this.lineEnd.length);
  }

  /** The JSON lines for the rows this chunk completes. */
  write(chunk: Buffer): Buffer {
    const data = this.carried ? Buffer.concat([this.carried, chunk]) : chunk;
    const end = data.lastIndexOf(LF) + 1;
    // A copy, so the carried bytes do not keep the whole chunk alive.
    this.carried = end < data.length ? Buffer.from(data.subarray(end)) : null;
    let o = 0;
    let pos = 0;
    while (pos < end) {
      const rowEnd = data.indexOf(LF, pos) + 1;
      // Worst case: every byte a control character written as \u00XX. (A typed array drops
      // writes past its end without a word, so this must hold.)
      this.reserve(o + 6 * (rowEnd - pos) + this.fixedBytes);
      o = this.writeRow(data, pos, rowEnd - 1, o);
      pos = rowEnd;
      this.rows++;
    }
    return Buffer.from(this.out.subarray(0, o));
  }

  /** Throws when the data ended inside a row. */
  end(): void {
    if (this.carried) throw new Error('COPY data ended inside a row');
  }

  private reserve(size: number): void {
    if (size <= this.out.length) return;
    const grown = Buffer.allocUnsafe(Math.max(size, this.out.length * 2));
    this.out.copy(grown);
    this.out = grown;
  }

  /** One row, `data[start, end)` without its LF; returns the new output length. */
  private writeRow(data: Buffer, start: number, end: number, o: number): number {
    const out = this.out;
    let pos = start;
    for (let f = 0; f < this.fields.length; f++) {
      const field = this.fields[f];
      const fieldEnd = f === this.fields.length - 1 ? end : data.indexOf(TAB, pos);
      if (fieldEnd < 0 || fieldEnd > end) throw new Error(`COPY row has fewer than ${this.fields.length} columns`);
      o = put(field.before, out, o);
      const isNull = fieldEnd - pos === 2 && data[pos] === BACKSLASH && data[pos + 1] === 0x4e; // \N
      if (isNull) {
        o = put(NULL, out, o);
        pos = fieldEnd + 1;
        // A null object: its other columns, and the brace that would close it, are not written.
        for (let skip = 0; skip < field.skipWhenNull; skip++) {
          f++;
          pos = (f === this.fields.length - 1 ? end : data.indexOf(TAB, pos)) + 1;
        }
        if (field.skipWhenNull === 0) o = put(field.after, out, o);
        continue;
      }
      if (field.open) o = put(field.open, out, o);
      if (field.kind === 'string') o = writeString(data, pos, fieldEnd, out, o);
      else if (field.kind === 'number') o = writeNumber(data, pos, fieldEnd, out, o);
      else o = writeJson(data, pos, fieldEnd, out, o);
      o = put(field.after, out, o);
      pos = fieldEnd + 1;
    }
    return put(this.lineEnd, out, o);
  }
}

/** Short constant bytes (keys, braces): a loop costs less than Buffer#copy's call for these. */
function put(bytes: Buffer, out: Buffer, o: number): number {
  for (let i = 0; i < bytes.length; i++) out[o++] = bytes[i];
  return o;
}

/** A COPY-escaped text value as a JSON string. */
function writeString(data: Buffer, start: number, end: number, out: Buffer, o: number): number {
  out[o++] = QUOTE;
  for (let i = start; i < end; i++) {
    const b = data[i];
    if (b === BACKSLASH) {
      const next = data[++i];
      if (next === 0x76) o = writeUnicodeEscape(0x0b, out, o); // \v: JSON has no such escape
      else {
        // \\ \n \r \t \b \f mean the same in JSON.
        out[o++] = BACKSLASH;
        out[o++] = next;
      }
    } else if (b === QUOTE) {
      out[o++] = BACKSLASH;
      out[o++] = QUOTE;
    } else if (b < 0x20) {
      o = writeUnicodeEscape(b, out, o);
    } else {
      out[o++] = b;
    }
  }
  out[o++] = QUOTE;
  return o;
}

function writeUnicodeEscape(code: number, out: Buffer, o: number): number {
  out[o++] = BACKSLASH;
  out[o++] = 0x75; // u
  out[o++] = 0x30;
  out[o++] = 0x30;
  out[o++] = HEX[code >> 4];
  out[o++] = HEX[code & 15];
  return o;
}

/** A number as PostgreSQL printed it; NaN and Infinity, which JSON lacks, as null. */
function writeNumber(data: Buffer, start: number, end: number, out: Buffer, o: number): number {
  const first = data[start] === 0x2d ? data[start + 1] : data[start]; // after a minus sign
  if (first === 0x4e || first === 0x49) return put(NULL, out, o); // N(aN), I(nfinity)
  return o + data.copy(out, o, start, end);
}

/** JSON text PostgreSQL wrote, with COPY's escaping undone; line breaks between tokens become spaces. */
function writeJson(data: Buffer, start: number, end: number, out: Buffer, o: number): number {
  for (let i = start; i < end; i++) {
    const b = data[i];
    if (b !== BACKSLASH) {
      out[o++] = b;
      continue;
    }
    const next = data[++i];
    if (next === BACKSLASH) out[o++] = BACKSLASH;
    else if (next === 0x6e || next === 0x72 || next === 0x74) out[o++] = 0x20; // \n \r \t
    else throw new Error(`unexpected escape \\${String.fromCharCode(next)} in JSON from COPY`);
  }
  return o;
}
