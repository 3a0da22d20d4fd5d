/**
 * A cheap language guess from the script and a few function words. It looks at a sample of the text
 * only: enough to tell Russian from Ukrainian or English, which is all the extractor needs to decide
 * whether its Russian rules apply.
 */

const SAMPLE_CHARS = 20_000;
/** Below this many letters the guess is 'und'. */
const MIN_LETTERS = 20;

const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/g;
const BELARUSIAN_LETTERS = /[ўЎ]/g;
const KAZAKH_LETTERS = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/g;
const RUSSIAN_ONLY_LETTERS = /[ыэъЫЭЪ]/g;

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

/** Script of a code point, for the scripts a news feed may carry. */
function scriptOf(code: number): string | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 'latin';
  if (code >= 0x400 && code <= 0x4ff) return 'cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  if (code >= 0x530 && code <= 0x58f) return 'armenian';
  if (code >= 0x10a0 && code <= 0x10ff) return 'georgian';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  if (code >= 0xac00 && code <= 0xd7af) return 'hangul';
  if (code >= 0x900 && code <= 0x97f) return 'devanagari';
  return null;
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

export function guessLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = new Map<string, number>();
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const script = scriptOf(sample.charCodeAt(i));
    if (!script) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters < MIN_LETTERS) return 'und';
  let top = '';
  let topCount = 0;
  for (const [script, count] of counts) if (count > topCount) [top, topCount] = [script, count];
  if (topCount / letters < 0.5) return 'und';
  // Japanese text mixes kana into Han characters; any kana at all means Japanese.
  if (top === 'han' && (counts.get('kana') ?? 0) > letters * 0.05) return 'ja';
  if (SCRIPT_LANGUAGE[top]) return SCRIPT_LANGUAGE[top];
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (top === 'cyrillic') return guessCyrillic(sample, words, topCount);
  return bestByWords(words, ['en', 'de', 'fr', 'es', 'it', 'pl']) ?? 'und';
}

function guessCyrillic(sample: string, words: string[], cyrillicLetters: number): string {
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const ukrainian = count(UKRAINIAN_LETTERS);
  const russianOnly = count(RUSSIAN_ONLY_LETTERS);
  if (count(KAZAKH_LETTERS) > cyrillicLetters * 0.01) return 'kk';
  if (count(BELARUSIAN_LETTERS) > cyrillicLetters * 0.003 && ukrainian > 0) return 'be';
  // Ukrainian has no ы/э/ъ and uses і/ї/є often; a Russian text quoting a Ukrainian name has a few і.
  if (ukrainian > cyrillicLetters * 0.01 && ukrainian > russianOnly) return 'uk';
  const byWords = bestByWords(words, ['ru', 'uk']);
  if (byWords === 'uk' && russianOnly < ukrainian * 2) return 'uk';
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
