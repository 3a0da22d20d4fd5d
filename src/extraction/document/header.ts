/**
 * The header of a text dump: a first line `date YYYY-MM-DD` or `date unknown`, possibly followed on
 * the same line by the first words of the scraped page, then an optional `source: …` line.
 */
import { toIsoDay } from './normalize';

export interface DumpHeader {
  /** YYYY-MM-DD, or null for `date unknown` / no header. */
  date: string | null;
  /** Whether the text starts with a `date …` line (`date unknown` included). */
  hasHeader: boolean;
  source: string | null;
  /** The text after the header (page text glued to the date line included). */
  rest: string;
}

const DATE_LINE = /^[ \t]*date[ \t]*:?[ \t]*(\d{4}-\d{2}-\d{2}|unknown)\b[ \t]*/i;
const SOURCE_LINE = /^[ \t]*source[ \t]*:[ \t]*([^\n]*)\n?/i;

export function parseHeader(text: string): DumpHeader {
  const dated = DATE_LINE.exec(text);
  if (!dated) return { date: null, hasHeader: false, source: null, rest: text };
  const date = toIsoDay(dated[1]);
  let rest = text.slice(dated[0].length);
  // The source line follows the date line; page text glued to the date line comes before it only
  // when there is none, so look past blank lines alone.
  const afterBlank = /^[ \t]*\n(?:[ \t]*\n)*/.exec(rest);
  const candidate = afterBlank ? rest.slice(afterBlank[0].length) : rest;
  const source = SOURCE_LINE.exec(candidate);
  if (source) {
    rest = candidate.slice(source[0].length);
    return { date, hasHeader: true, source: source[1].trim() || null, rest };
  }
  return { date, hasHeader: true, source: null, rest };
}
