// Word and punctuation tokens with their offsets in the article body. Everything downstream works on
// these rather than on raw strings, so offsets stay exact for the statement spans.

export interface Token {
  text: string;
  /** Lower case with ё folded to е, the key for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** First letter is upper case (a name, an organisation, a sentence start). */
  capitalized: boolean;
  /** Every letter upper case and at least two letters (ЦБ, МИД, ООН). */
  acronym: boolean;
}

// A word may contain inner hyphens, apostrophes, dots between letters (Лента.ру) and digits.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-‐'’.&][\p{L}\p{N}]+)*|\S/gu;

export function fold(s: string): string {
  const lower = s.toLowerCase();
  return lower.indexOf('ё') >= 0 ? lower.replace(/ё/g, 'е') : lower;
}

const WORD_START = /[\p{L}\p{N}]/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const t = m[0];
    const isWord = t.length > 1 || WORD_START.test(t);
    const first = t[0];
    const capitalized = isWord && first !== first.toLowerCase();
    const lower = fold(t);
    let acronym = false;
    if (capitalized && t.length >= 2 && t[1] !== t[1].toLowerCase()) {
      const letters = t.replace(/[^\p{L}]/gu, '');
      acronym = letters.length >= 2 && letters === letters.toUpperCase();
    }
    tokens.push({ text: t, lower, start: m.index + offset, end: m.index + offset + t.length, isWord, capitalized, acronym });
  }
  return tokens;
}

export const DASHES = new Set(['—', '–', '-', '―']);
export const OPEN_QUOTES = new Set(['«', '„', '“', '"']);
export const CLOSE_QUOTES = new Set(['»', '“', '”', '"']);
