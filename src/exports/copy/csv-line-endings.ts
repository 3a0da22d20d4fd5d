import type { ExportRenderer } from '../records/rendered-export-format';

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from('\r\n');

/**
 * COPY's CSV ends records with LF; RFC 4180 asks for CRLF. Turns each LF that ends a record into
 * CRLF and leaves those inside quoted fields alone, following the quotes across chunks (a doubled
 * quote inside a field closes and reopens it, which keeps the count right).
 */
export class CsvLineEndings implements ExportRenderer {
  private quoted = false;
  /** Records ended so far. */
  rows = 0;

  write(chunk: Buffer): Buffer {
    const parts: Buffer[] = [];
    let start = 0;
    let nextQuote = chunk.indexOf(QUOTE);
    let nextLf = chunk.indexOf(LF);
    for (;;) {
      if (this.quoted) {
        if (nextQuote < 0) break;
        const closing = nextQuote;
        this.quoted = false;
        if (nextLf >= 0 && nextLf < closing) nextLf = chunk.indexOf(LF, closing + 1);
        nextQuote = chunk.indexOf(QUOTE, closing + 1);
      } else if (nextLf >= 0 && (nextQuote < 0 || nextLf < nextQuote)) {
        parts.push(chunk.subarray(start, nextLf), CRLF);
        this.rows++;
        start = nextLf + 1;
        nextLf = chunk.indexOf(LF, start);
      } else if (nextQuote >= 0) {
        this.quoted = true;
        nextQuote = chunk.indexOf(QUOTE, nextQuote + 1);
      } else {
        break;
      }
    }
    // where no record ends, the chunk goes out as it came
    if (start === 0) return chunk;
    parts.push(chunk.subarray(start));
    return Buffer.concat(parts);
  }

  /** Any ending is a whole record: CSV's own quotes carry line breaks inside fields. */
  end(): void {}
}
