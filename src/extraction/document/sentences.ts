/**
 * Sentence splitting for Russian news bodies, in one linear pass over the text.
 *
 * Paragraphs are separated by a blank line, or by a single line break that is not a soft wrap (a
 * soft wrap: no sentence end before it, a lower-case letter or `,;:)»` after it). A sentence ends at
 * `.`, `!`, `?`, `…` or a run of them, taken together with the closing quotes and brackets after them,
 * when whitespace and then the start of a new sentence follow. It does not end:
 *  - before a lower-case word, a comma or a colon (`500 тыс. баррелей`, `«…?» — спросил он`);
 *  - before a dash and a lower-case word: the attribution of a quote (`…», — сказал он.`, `…! — заявил`);
 *  - before a dash inside an open «quote»: the quote goes on after its attribution
 *    (`«А, — сказал он. — Б»` stays one sentence);
 *  - after an abbreviation that always precedes a name or number (`ул.`, `ст.`, `проф.`), an initial
 *    (`В. В. Путин`, `Дж. Байден`), `т. е.`/`т. к.`, or `г.`/`в.` not after a number (`г. Москва`).
 * A dash and a capital after a sentence end is a new turn of a dialogue (`— Вы согласны? — Да.`).
 */
import type { Sentence } from '../types';
import { FINAL_SECOND_LETTERS, MULTI_LETTER_INITIALS, NEVER_FINAL, UNIT_AFTER_NUMBER, UNITS_AFTER_NUMBER } from './abbreviations';

export interface SentenceInQuote extends Sentence {
  /**
   * How many «quotations» are open where the sentence starts: above 0, the sentence continues a
   * quotation opened in an earlier sentence of the paragraph (`Он сказал: «А. Б», …` gives `Б», …`
   * depth 1).
   */
  quoteDepth: number;
}

export interface SplitOptions {
  /** Never split inside an open «quotation» (a multi-sentence quote stays one sentence with its attribution). */
  keepQuotesWhole?: boolean;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00A0';
const isTerminal = (c: string) => c === '.' || c === '!' || c === '?' || c === '…';
const isDash = (c: string) => c === '—' || c === '–' || c === '-';
const isLetter = (c: string) => c !== '' && c.toLowerCase() !== c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string) => c >= '0' && c <= '9';
/** « » “ ” „ " . ! ? … */
function isQuoteOrTerminal(code: number): boolean {
  if (code < 0x80) return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x22;
  return code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e) || code === 0x2026;
}
/** Closing marks that may follow a sentence end: `.»`, `?)`, `!”`. A straight quote closes when no word follows it. */
const CLOSERS = '»”’)]';

export function splitSentences(body: string, options: SplitOptions = {}): SentenceInQuote[] {
  const out: SentenceInQuote[] = [];
  if (typeof body !== 'string' || body.length === 0) return out;
  const n = body.length;
  let paragraph = 0;
  let pos = 0;
  while (pos < n) {
    const { end, next } = paragraphEnd(body, pos);
    const before = out.length;
    splitParagraph(body, pos, end, paragraph, out, options);
    if (out.length > before) paragraph++;
    pos = next;
  }
  return out;
}

/** End of the paragraph starting at `from`, and where the next one starts. */
function paragraphEnd(body: string, from: number): { end: number; next: number } {
  const n = body.length;
  let search = from;
  for (;;) {
    const nl = body.indexOf('\n', search);
    if (nl < 0) return { end: n, next: n };
    let k = nl + 1;
    while (k < n && (body[k] === ' ' || body[k] === '\t' || body[k] === '\r')) k++;
    if (k >= n) return { end: nl, next: n };
    if (body[k] !== '\n' && isSoftWrap(body, nl, k)) {
      search = k;
      continue;
    }
    while (k < n && isSpace(body[k])) k++;
    return { end: nl, next: k };
  }
}

function isSoftWrap(body: string, nl: number, nextLine: number): boolean {
  let p = nl - 1;
  while (p >= 0 && (body[p] === ' ' || body[p] === '\t')) p--;
  if (p < 0) return false;
  let q = p;
  while (q >= 0 && CLOSERS.includes(body[q])) q--;
  if (q >= 0 && isTerminal(body[q])) return false;
  const c = body[nextLine];
  return isLower(c) || ',;:)»'.includes(c);
}

function splitParagraph(body: string, from: number, to: number, paragraph: number, out: SentenceInQuote[], options: SplitOptions): void {
  let start = from;
  while (start < to && isSpace(body[start])) start++;
  let depth = 0;
  let depthAtStart = 0;
  for (let i = start; i < to; i++) {
    // Most characters are letters and spaces: skip them on the code unit, without making a string.
    if (!isQuoteOrTerminal(body.charCodeAt(i))) continue;
    const c = body[i];
    if (c === '«' || c === '„') depth++;
    else if (c === '»' || c === '”') depth = depth > 0 ? depth - 1 : 0;
    else if (c === '“') depth = depth > 0 ? depth - 1 : depth + 1; // closes „…“, opens “…” (English style)
    else if (c === '"') depth = opensStraightQuote(body, i, from) ? depth + 1 : Math.max(0, depth - 1);
    if (!isTerminal(c)) continue;

    const markStart = i;
    let j = i + 1;
    while (j < to && isTerminal(body[j])) j++;
    let k = j;
    for (;;) {
      if (k < to && (CLOSERS.includes(body[k]) || (body[k] === '"' && (k + 1 >= to || !isLetter(body[k + 1]))))) {
        if (body[k] === '»' || body[k] === '”' || body[k] === '"') depth = depth > 0 ? depth - 1 : 0;
        k++;
      } else if (depth > 0 && body[k] === ' ' && body[k + 1] === '»' && (k + 2 >= to || !isLetter(body[k + 2]))) {
        k++; // a closing guillemet typed after a space: `…акционерах. »`
      } else break;
    }
    i = k - 1;
    if (k >= to || !isSpace(body[k])) continue;
    let m = k;
    while (m < to && isSpace(body[m])) m++;
    if (m >= to) continue;
    if (!endsSentence(body, markStart, j, m, to, start, depth, options)) continue;
    pushSentence(body, start, k, paragraph, depthAtStart, out);
    start = m;
    depthAtStart = depth;
  }
  pushSentence(body, start, to, paragraph, depthAtStart, out);
}

function pushSentence(body: string, start: number, end: number, paragraph: number, quoteDepth: number, out: SentenceInQuote[]): void {
  while (end > start && isSpace(body[end - 1])) end--;
  if (end <= start) return;
  out.push({ start, end, text: body.slice(start, end), paragraph, quoteDepth });
}

/** A straight quote opens when it stands at a word start: after a space, an opening bracket or a dash. */
function opensStraightQuote(body: string, i: number, from: number): boolean {
  const before = i > from ? body[i - 1] : ' ';
  const after = i + 1 < body.length ? body[i + 1] : ' ';
  return (isSpace(before) || '([{«„—–-:/'.includes(before)) && !isSpace(after);
}

/**
 * Whether the terminal mark run [markStart, markEnd) ends the sentence, given that whitespace and
 * then body[next] follow it.
 */
function endsSentence(
  body: string,
  markStart: number,
  markEnd: number,
  next: number,
  to: number,
  sentenceStart: number,
  depth: number,
  options: SplitOptions,
): boolean {
  if (options.keepQuotesWhole && depth > 0) return false;
  const c = body[next];
  if (isLower(c) || c === ',' || c === ';' || c === ':') return false;
  if (isDash(c) && next + 1 < to && isSpace(body[next + 1])) {
    let w = next + 1;
    while (w < to && isSpace(body[w])) w++;
    // `…», — сказал он`: the attribution; inside an open quote: its continuation after the attribution.
    return !(w < to && isLower(body[w])) && depth === 0;
  }
  const singleDot = markEnd - markStart === 1 && body[markStart] === '.';
  return !(singleDot && isAbbreviation(body, markStart, sentenceStart, c));
}

/** Whether the word before the full stop at `dot` is an abbreviation or initial that cannot end a sentence here. */
function isAbbreviation(body: string, dot: number, sentenceStart: number, nextChar: string): boolean {
  let a = dot;
  while (a > sentenceStart && isLetter(body[a - 1])) a--;
  const word = body.slice(a, dot);
  if (!word) {
    // A list number at the start of a sentence: `1. Первое`.
    return dot - sentenceStart <= 3 && /^\d+$/.test(body.slice(sentenceStart, dot));
  }
  if (a > sentenceStart && (isLetter(body[a - 1]) || isDigit(body[a - 1]) || body[a - 1] === '-')) return false;
  if (word.length === 1) {
    if (isUpper(word)) return true; // an initial
    const prior = priorSingleLetter(body, a, sentenceStart);
    if (prior) return !FINAL_SECOND_LETTERS.has(word); // т. е. / т. к. vs т. д. / т. п.
    if (UNIT_AFTER_NUMBER.has(word) && followsNumber(body, a, sentenceStart)) return isDigit(nextChar);
    return true; // с., д., о., р., ч. before a name or a number
  }
  if (MULTI_LETTER_INITIALS.has(word)) return true;
  const lower = word.toLowerCase();
  if (!NEVER_FINAL.has(lower)) return false;
  // After a number some of them are units that may close the sentence: `рост 180 см. Он …`.
  return !(UNITS_AFTER_NUMBER.has(lower) && !isDigit(nextChar) && followsNumber(body, a, sentenceStart));
}

/** The letter of a one-letter abbreviation right before `wordStart` (`т.` in `т. е.`), or ''. */
function priorSingleLetter(body: string, wordStart: number, sentenceStart: number): string {
  let p = wordStart - 1;
  while (p > sentenceStart && body[p] === ' ') p--;
  if (p <= sentenceStart || body[p] !== '.') return '';
  const letter = body[p - 1];
  if (!isLetter(letter)) return '';
  if (p - 2 >= sentenceStart && isLetter(body[p - 2])) return '';
  return letter;
}

/** Whether a number (arabic or roman) stands right before `wordStart`: `2024 г.`, `XX в.`. */
function followsNumber(body: string, wordStart: number, sentenceStart: number): boolean {
  let p = wordStart - 1;
  while (p >= sentenceStart && body[p] === ' ') p--;
  if (p < sentenceStart) return false;
  if (isDigit(body[p])) return true;
  let q = p;
  while (q >= sentenceStart && 'IVXLC'.includes(body[q])) q--;
  return q < p && (q < sentenceStart || !isLetter(body[q]));
}
