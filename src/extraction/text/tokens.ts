// Word and punctuation tokens with their offsets in the article body. Everything downstream works on
// these rather than on raw strings, so offsets stay exact for the statement spans.

export interface Token {
  text: string;
  /** Lower case with ё folded to е, the key for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Position in the token list it belongs to. */
  index: number;
  /** First letter is upper case (a name, an organisation, a sentence start). */
  capitalized: boolean;
  /** Every letter upper case and at least two letters (ЦБ, МИД, ООН). */
  acronym: boolean;
}


export function fold(s: string): string {
  const lower = s.toLowerCase();
  return lower.indexOf('ё') >= 0 ? lower.replace(/ё/g, 'е') : lower;
}



export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // one lower-casing pass over the whole text: per-token toLowerCase dominated the profile
  const lowered = fold(text);
  const sameLength = lowered.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordChar(c, text, i)) {
      // a word: letters and digits, with inner hyphens, apostrophes, dots and ampersands between them
      for (;;) {
        while (j < n && isWordChar(text.charCodeAt(j), text, j)) j++;
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1), text, j + 1)) {
          j += 2;
          continue;
        }
        break;
      }
      push(tokens, text, lowered, sameLength, i, j, offset, true);
    } else {
      // one punctuation mark (a surrogate pair stays whole)
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
      push(tokens, text, lowered, sameLength, i, j, offset, false);
    }
    i = j;
  }
  return tokens;
}

function push(tokens: Token[], text: string, lowered: string, sameLength: boolean, i: number, j: number, offset: number, isWord: boolean): void {
  const t = text.slice(i, j);
  const capitalized = isWord && isUpperCase(t, text.charCodeAt(i));
  let acronym = false;
  if (capitalized && t.length >= 2 && t[1] !== t[1].toLowerCase()) {
    const letters = t.replace(/[^\p{L}]/gu, '');
    acronym = letters.length >= 2 && letters === letters.toUpperCase();
  }
  const lower = sameLength ? lowered.slice(i, j) : fold(t);
  tokens.push({ text: t, lower, start: i + offset, end: j + offset, isWord, capitalized, acronym, index: tokens.length });
}

/** The first letter is upper case: by code ranges for Latin and Cyrillic, by toLowerCase for the rest. */
function isUpperCase(word: string, c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0x400 && c <= 0x42f) return true;
  if (c >= 0x430 && c <= 0x45f) return false;
  const first = word[0];
  return first !== first.toLowerCase();
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xfeff;
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: number, text: string, at: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x4ff) return true; // Cyrillic
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[at]);
}

export const DASHES = new Set(['—', '–', '-', '―']);
