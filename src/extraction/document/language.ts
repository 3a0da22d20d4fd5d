/**
 * A cheap language guess from the script and a few function words. It looks at a sample of the text
 * only: enough to tell Russian from Ukrainian or English, which is all the extractor needs to decide
 * whether its Russian rules apply.
 */

/** A few thousand characters tell the language as well as the whole text does. */
const SAMPLE_CHARS = 1_000;
/** Below this many letters the guess is 'und'. */
const MIN_LETTERS = 20;

// Cyrillic letters that tell the languages apart, by code point.
const UKRAINIAN_LETTERS = [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]; // і ї є ґ
const RUSSIAN_ONLY_LETTERS = [0x44b, 0x44d, 0x44a, 0x42b, 0x42d, 0x42a]; // ы э ъ
const BELARUSIAN_LETTERS = [0x45e, 0x40e]; // ў
const KAZAKH_LETTERS = [0x4d9, 0x493, 0x49b, 0x4a3, 0x4e9, 0x4b1, 0x4af, 0x4bb, 0x4d8, 0x492, 0x49a, 0x4a2, 0x4e8, 0x4b0, 0x4ae, 0x4ba];

// Per-character lookup for the Cyrillic block: a plain typed-array read per character keeps the
// guess at a few nanoseconds a character.
const CYRILLIC_LETTER = 1;
const UKRAINIAN = 2;
const RUSSIAN_ONLY = 3;
const BELARUSIAN = 4;
const KAZAKH = 5;
const CYRILLIC_KIND = new Uint8Array(0x530 - 0x400).fill(CYRILLIC_LETTER);
for (const [codes, kind] of [[UKRAINIAN_LETTERS, UKRAINIAN], [RUSSIAN_ONLY_LETTERS, RUSSIAN_ONLY], [BELARUSIAN_LETTERS, BELARUSIAN], [KAZAKH_LETTERS, KAZAKH]] as const) {
  for (const code of codes) CYRILLIC_KIND[code - 0x400] = kind;
}

const WORDS: Record<string, ReadonlySet<string>> = {
  ru: new Set(['и', 'в', 'не', 'что', 'на', 'он', 'как', 'это', 'по', 'но', 'из', 'его', 'она', 'было', 'также', 'который']),
  uk: new Set(['і', 'й', 'та', 'що', 'це', 'як', 'від', 'був', 'для', 'також', 'який', 'які', 'цього', 'або', 'але']),
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'with', 'said', 'on', 'he', 'she']),
  de: new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'dem', 'den']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'du', 'au']),
  es: new Set(['el', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'una', 'para', 'con', 'se', 'es', 'lo']),
  it: new Set(['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una', 'sono', 'del', 'della', 'con', 'gli']),
  pl: new Set(['i', 'w', 'nie', 'się', 'na', 'że', 'jest', 'do', 'to', 'jak', 'jego', 'przez', 'oraz']),
};

const SCRIPTS = ['latin', 'cyrillic', 'greek', 'hebrew', 'arabic', 'armenian', 'georgian', 'kana', 'han', 'hangul', 'devanagari'] as const;

/** Index into SCRIPTS of a code point's script, or -1 for digits, punctuation and scripts not listed. */
function scriptOf(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return 0;
  if (code < 0x370) return -1;
  if (code <= 0x3ff) return 2;
  if (code <= 0x52f) return 1;
  if (code <= 0x58f) return 5;
  if (code <= 0x5ff) return 3;
  if (code <= 0x6ff) return 4;
  if (code >= 0x900 && code <= 0x97f) return 10;
  if (code >= 0x10a0 && code <= 0x10ff) return 6;
  if (code >= 0x3040 && code <= 0x30ff) return 7;
  if (code >= 0x4e00 && code <= 0x9fff) return 8;
  if (code >= 0xac00 && code <= 0xd7af) return 9;
  return -1;
}

const SCRIPT_LANGUAGE: Record<string, string> = {
  greek: 'el',
  hebrew: 'he',
  arabic: 'ar',
  armenian: 'hy',
  georgian: 'ka',
  kana: 'ja',
  han: 'zh',
  hangul: 'ko',
  devanagari: 'hi',
};

interface CyrillicCounts {
  letters: number;
  ukrainian: number;
  russianOnly: number;
  belarusian: number;
  kazakh: number;
}

export function guessLanguage(text: string): string {
  if (typeof text !== 'string') return 'und';
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = new Int32Array(SCRIPTS.length);
  const byKind = new Int32Array(6);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0x400 && code < 0x530) {
      letters++;
      counts[1]++;
      byKind[CYRILLIC_KIND[code - 0x400]]++;
      continue;
    }
    if (code < 0x41) continue; // spaces, digits, punctuation
    const script = scriptOf(code);
    if (script < 0) continue;
    letters++;
    counts[script]++;
  }
  const cyrillic: CyrillicCounts = {
    letters: counts[1],
    ukrainian: byKind[UKRAINIAN],
    russianOnly: byKind[RUSSIAN_ONLY],
    belarusian: byKind[BELARUSIAN],
    kazakh: byKind[KAZAKH],
  };
  if (letters < MIN_LETTERS) return 'und';
  let top = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[top]) top = i;
  if (counts[top] / letters < 0.5) return 'und';
  const script = SCRIPTS[top];
  // Japanese text mixes kana into Han characters.
  if (script === 'han' && counts[7] > letters * 0.05) return 'ja';
  if (SCRIPT_LANGUAGE[script]) return SCRIPT_LANGUAGE[script];
  if (script === 'cyrillic') return guessCyrillic(sample, cyrillic);
  return bestByWords(words(sample), ['en', 'de', 'fr', 'es', 'it', 'pl']) ?? 'und';
}

function words(sample: string): string[] {
  return sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
}

function guessCyrillic(sample: string, c: CyrillicCounts): string {
  if (c.kazakh > c.letters * 0.01) return 'kk';
  if (c.belarusian > c.letters * 0.003 && c.ukrainian > 0) return 'be';
  // Ukrainian has no ы/э/ъ and uses і/ї/є often; a Russian text quoting a Ukrainian name has a few і.
  if (c.ukrainian > c.letters * 0.01 && c.ukrainian > c.russianOnly) return 'uk';
  if (c.ukrainian === 0 && c.russianOnly > 0) return 'ru';
  const byWords = bestByWords(words(sample), ['ru', 'uk']);
  if (byWords === 'uk' && c.russianOnly < c.ukrainian * 2) return 'uk';
  return 'ru';
}

function bestByWords(words: string[], languages: string[]): string | null {
  let best: string | null = null;
  let bestHits = 0;
  for (const language of languages) {
    const vocabulary = WORDS[language];
    let hits = 0;
    for (const word of words) if (vocabulary.has(word)) hits++;
    if (hits > bestHits) [best, bestHits] = [language, hits];
  }
  return bestHits >= 2 ? best : null;
}
