// Case forms of personal names, so that "Токаеву", "Набиуллиной" or "Касым-Жомарта" find the
// registry's nominative name. Russian names follow a handful of paradigms decided by the ending
// and the bearer's gender; az's dictionary knows common first names but guesses badly on foreign
// surnames (it inflects "Байден" as a participle), so the paradigms come first and az only adds
// the forms it knows from its dictionary.
import type { Morphology } from '../morphology';

export type Gender = 'male' | 'female' | 'unknown';
export type NamePart = 'first' | 'last';

/** Oblique cases in the order genitive, dative, accusative, instrumental, prepositional. */
type Paradigm = [string, string, string, string, string];
const CASES = ['gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/** Particles of foreign surnames (фон дер Ляйен, де Голль) that never change. */
const PARTICLES = new Set(['фон', 'дер', 'де', 'ван', 'ди', 'да', 'дос', 'ду', 'дель', 'ле', 'ла', 'аль', 'эль', 'ибн', 'бин', 'бен', 'ас', 'аш', 'ад', 'ат', 'ан', 'мак']);

function withEndings(stem: string, endings: string[]): Paradigm {
  return endings.map((e) => stem + e) as Paradigm;
}

/** The five oblique forms of one word (lower case), or null when the word does not decline. */
function paradigm(word: string, gender: Gender, part: NamePart): Paradigm | null {
  if (word.length < 2 || PARTICLES.has(word)) return null;
  const last = word.at(-1)!;
  const stem1 = word.slice(0, -1);
  const stem2 = word.slice(0, -2);
  const sibilantOrVelar = /[гкхжшчщ]$/;
  const hushing = /[жшчщц]$/;
  if (gender !== 'female') {
    if (part === 'last' && /(ий|ый|ой)$/.test(word)) {
      const ins = word.endsWith('ий') || sibilantOrVelar.test(stem2) ? 'им' : 'ым';
      return withEndings(stem2, ['ого', 'ому', 'ого', ins, 'ом']);
    }
    if (word.endsWith('ий')) return withEndings(stem1, ['я', 'ю', 'я', 'ем', 'и']);
    if (last === 'й' || last === 'ь') return withEndings(stem1, ['я', 'ю', 'я', 'ем', 'е']);
    if (part === 'last' && /(ов|ев|ёв|ин|ын)$/.test(word)) return withEndings(word, ['а', 'у', 'а', 'ым', 'е']);
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) {
      return withEndings(word, ['а', 'у', 'а', hushing.test(word) ? 'ем' : 'ом', 'е']);
    }
  } else {
    if (part === 'last' && /(ова|ева|ёва|ина|ына)$/.test(word)) return withEndings(stem1, ['ой', 'ой', 'у', 'ой', 'ой']);
    if (part === 'last' && /(ая|яя)$/.test(word)) return withEndings(stem2, ['ой', 'ой', 'ую', 'ой', 'ой']);
  }
  if (word.endsWith('ия')) return withEndings(stem1, ['и', 'и', 'ю', 'ей', 'и']);
  if (last === 'я') return withEndings(stem1, ['и', 'е', 'ю', 'ей', 'е']);
  if (last === 'а') {
    const gen = sibilantOrVelar.test(stem1) ? 'и' : 'ы';
    const ins = hushing.test(stem1) ? 'ей' : 'ой';
    return withEndings(stem1, [gen, 'е', 'у', ins, 'е']);
  }
  // Foreign feminine surnames ending in a consonant, and names ending in о, е, и, у, ю, э do not decline.
  return null;
}

/** Forms az's dictionary knows for a first name or surname of this gender, by case. */
function dictionaryForms(word: string, gender: Gender, morphology: Morphology | undefined): (string | null)[] {
  if (!morphology) return [];
  const readings = morphology.analyze(word);
  const known = readings.find((r) => r.known && (r.grammemes.has('Name') || r.grammemes.has('Surn')));
  if (!known) return [];
  const genderTag = gender === 'female' ? 'femn' : gender === 'male' ? 'masc' : null;
  const fits = (r: { grammemes: ReadonlySet<string>; known: boolean }) =>
    r.known && (r.grammemes.has('Name') || r.grammemes.has('Surn')) && (!genderTag || r.grammemes.has(genderTag) || r.grammemes.has('Ms-f'));
  return CASES.map((c) => morphology.inflect(word, ['sing', c], fits));
}

/**
 * Every form of one name word (lower case, nominative included) by case: index 0 is the nominative,
 * 1..5 the oblique cases. Hyphenated names give both the fully declined form and the form with only
 * the last part declined (Касым-Жомарта).
 */
export function caseForms(word: string, gender: Gender, part: NamePart, morphology?: Morphology): string[][] {
  const lower = word.toLowerCase();
  if (lower.includes('-')) {
    const parts = lower.split('-');
    const partForms = parts.map((p, i) => caseForms(p, gender, i === parts.length - 1 ? part : 'first', morphology));
    const result: string[][] = [[lower]];
    for (let c = 1; c <= CASES.length; c++) {
      const all = parts.map((p, i) => partForms[i][c]?.[0] ?? p).join('-');
      const lastOnly = [...parts.slice(0, -1), partForms.at(-1)![c]?.[0] ?? parts.at(-1)!].join('-');
      result.push([...new Set([all, lastOnly])]);
    }
    return result;
  }
  const ruled = paradigm(lower, gender, part);
  const fromDictionary = dictionaryForms(lower, gender, morphology);
  const result: string[][] = [[lower]];
  for (let c = 0; c < CASES.length; c++) {
    const forms = new Set<string>();
    if (ruled) forms.add(ruled[c]);
    const known = fromDictionary[c];
    if (known) forms.add(known.toLowerCase().replace(/ё/g, 'е'));
    result.push([...forms]);
  }
  return result;
}

/** All distinct forms of a name word, nominative first. */
export function allForms(word: string, gender: Gender, part: NamePart, morphology?: Morphology): string[] {
  return [...new Set(caseForms(word, gender, part, morphology).flat())];
}
