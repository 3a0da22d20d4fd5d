// Search keys of a word outside az's dictionary. az guesses a lemma for such a word from its ending
// or from a dictionary word hidden inside it («Вяткастрой» → астра, строить), and a key from such a
// guess matches unrelated statements. An unknown word is therefore keyed by its own form and, since
// most unknown words in the news are names, by the nominatives the name declension rules of the
// speaker registry allow for it («Зарнекову» → зарнеков), so that case forms of one name meet.
import type { Morphology } from '../extraction/morphology';
import { caseForms, type Gender, type NamePart } from '../extraction/speakers/name-declension';

/** Nominative endings a name stem may take back once an oblique case ending is cut off. */
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'й', 'ь', 'ий', 'ый', 'ой', 'ия', 'ая', 'яя'];
const READINGS: Array<[Gender, NamePart]> = [
  ['male', 'last'],
  ['male', 'first'],
  ['female', 'last'],
  ['female', 'first'],
];
const CYRILLIC_WORD = /^[а-яё]+$/;
const MIN_STEM = 3;

/**
 * The nominative forms of which `folded` (lower case, ё as е, letters only) is an oblique case by the
 * name paradigms. Candidates that are lemmas of az's dictionary are left out: a name must not turn
 * into a common word.
 */
export function nameNominatives(morph: Morphology, folded: string): string[] {
  if (!CYRILLIC_WORD.test(folded) || folded.length <= MIN_STEM) return [];
  const found = new Set<string>();
  for (let cut = 1; cut <= 3 && folded.length - cut >= MIN_STEM; cut++) {
    const stem = folded.slice(0, -cut);
    for (const ending of NOMINATIVE_ENDINGS) {
      const nominative = stem + ending;
      if (nominative === folded || found.has(nominative)) continue;
      const declines = READINGS.some(([gender, part]) => caseForms(nominative, gender, part).slice(1).some((forms) => forms.includes(folded)));
      if (declines && !morph.isDictionaryLemma(nominative)) found.add(nominative);
    }
  }
  return [...found];
}

