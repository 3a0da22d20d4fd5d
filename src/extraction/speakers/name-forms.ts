// The nominative of a personal name seen in some case, by the declension rules of Russian names
// (src/extraction/speakers/name-declension) rather than by az's suffix guesses, which read foreign
// surnames as adjectives or nouns with a fleeting vowel (`Круском` → `Круский`, `Мерца` → `мерец`).
// A form is explained by every nominative whose paradigm produces it, each with the cases it fits;
// the first name and the surname of one mention must share a case, and words around the name (the
// role noun it stands beside, a preposition) narrow the case further.
import { caseForms, type Gender, type NamePart } from './name-declension';
import type { Morphology } from '../morphology';
import { fold } from '../text/tokens';

/** Case indexes as name-declension orders them: nominative, then the five oblique cases. */
export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type CaseSet = ReadonlySet<number>;
const ALL_CASES: CaseSet = new Set([0, 1, 2, 3, 4, 5]);

/** Nominative endings a name stem may take; enough for the Russian paradigms and common foreign ones. */
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'й', 'ь', 'ий', 'ый', 'ой', 'ия', 'ая', 'о'];

export interface NominativeReading {
  /** The nominative, lower case. */
  nominative: string;
  cases: CaseSet;
  /** From az's dictionary rather than from a paradigm. */
  known?: boolean;
  /** Stays as written in every case. */
  fixed?: boolean;
}

const cache = new Map<string, NominativeReading[]>();

/**
 * Every nominative (lower case) whose declension as `part` of a name of this gender yields `form`,
 * with the cases in which it does. A word that does not decline (`Жоао`, `Гутерреш` for a woman)
 * fits every case as written.
 */
export function nominativeReadings(form: string, gender: Gender, part: NamePart): NominativeReading[] {
  const lower = form.toLowerCase();
  const key = `${lower}|${gender}|${part}`;
  let out = cache.get(key);
  if (out) return out;
  out = [];
  const seen = new Set<string>();
  for (let cut = 0; cut <= 3 && cut < lower.length - 1; cut++) {
    const stem = lower.slice(0, lower.length - cut);
    for (const ending of NOMINATIVE_ENDINGS) {
      const nominative = stem + ending;
      if (seen.has(nominative) || nominative.length < 2) continue;
      // a surname in -ий is -ский/-цкий/-гий/-кий (`Навального` is Навальный's, not `Навальний`)
      if (part === 'last' && ending === 'ий' && nominative !== lower && !/[гкхжшчщц]ий$/.test(nominative)) continue;
      seen.add(nominative);
      const forms = caseForms(nominative, gender, part);
      const declines = forms.slice(1).some((f) => f.length > 0);
      if (!declines) {
        if (nominative === lower && indeclinable(lower, gender)) out.push({ nominative, cases: ALL_CASES, fixed: true });
        continue;
      }
      const cases = new Set<number>();
      forms.forEach((f, c) => {
        if (f.includes(lower)) cases.add(c);
      });
      if (cases.size) out.push({ nominative, cases });
    }
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, out);
  return out;
}

/** Names ending in a vowel other than а/я/ы/и-plural, and women's names ending in a consonant, stay as written. */
function indeclinable(word: string, gender: Gender): boolean {
  // adjectival case endings (`Навального`, `Толстому`) are never a nominative
  if (/(ого|его|ому|ему)$/.test(word)) return false;
  if (/[оеуюэ]$/.test(word) || /[^аеёиоуыэюя]и$/.test(word)) return true;
  return gender === 'female' && /[бвгджзклмнпрстфхцчшщ]$/.test(word);
}

/** The cases az's dictionary gives a known first name in readings of this gender. */
export function dictionaryNameCases(morph: Morphology, form: string, gender: Gender): CaseSet | null {
  const tag = gender === 'female' ? 'femn' : 'masc';
  const rs = morph.analyze(form).filter((r) => r.known && r.grammemes.has('Name') && (gender === 'unknown' || r.grammemes.has(tag)) && r.grammemes.has('sing'));
  if (!rs.length) return null;
  const cases = new Set<number>();
  for (const r of rs) CASES.forEach((c, i) => r.grammemes.has(c) && cases.add(i));
  return cases;
}

/** Cases a word may stand in by az's readings (for the role noun before a name: `губернатором`). */
export function wordCases(morph: Morphology, word: string): CaseSet {
  const cases = new Set<number>();
  for (const r of morph.analyze(word)) {
    if (r.pos !== 'NOUN' && r.pos !== 'ADJF') continue;
    CASES.forEach((c, i) => r.grammemes.has(c) && cases.add(i));
    // az marks the second genitive and locative separately
    if (r.grammemes.has('gen2')) cases.add(1);
    if (r.grammemes.has('loc2')) cases.add(5);
  }
  return cases;
}

export interface NameReading {
  /** The first name in the nominative, capitalised as written; null when none was given. */
  first: string | null;
  /** The surname in the nominative, capitalised as written. */
  surname: string;
  gender: 'masc' | 'femn';
  /** The mention itself is in the nominative. */
  nominative: boolean;
}

export interface NameContext {
  /** Cases the words around the name allow (the role noun it stands beside); null when they say nothing. */
  cases: CaseSet | null;
  gender: 'masc' | 'femn' | null;
  /** The article gives this form (lower case) somewhere: its own spelling of a nominative wins over a guess. */
  articleHas: (lowerForm: string) => boolean;
}

/**
 * The most likely nominative of `first surname` (either may be a case form), or null when no
 * paradigm explains the pair. Hypotheses are a gender, a case and the two nominatives; the words
 * around the name must allow the case, and then the article's own forms, the nominative reading and
 * the dictionary's knowledge of the first name decide.
 */
export function readName(morph: Morphology, first: string | null, surname: string, context: NameContext): NameReading | null {
  let best: { reading: NameReading; score: number } | null = null;
  const hyphenGender = first ? hyphenatedNameGender(morph, first) : null;
  for (const gender of ['male', 'female'] as const) {
    const g = gender === 'male' ? 'masc' : 'femn';
    if (context.gender && context.gender !== g) continue;
    if (hyphenGender && hyphenGender !== g) continue;
    const firstOptions: NominativeReading[] = first ? firstNameReadings(morph, first, gender) : [{ nominative: '', cases: ALL_CASES }];
    const surnameOptions = nominativeReadings(surname, gender, 'last');
    for (const f of firstOptions) {
      for (const s of surnameOptions) {
        for (const c of f.cases) {
          if (!s.cases.has(c)) continue;
          if (context.cases && context.cases.size && !context.cases.has(c)) continue;
          let score = 0;
          if (c === 0) score += 1;
          // the article's own spelling of the nominative (`Сатаев` elsewhere for `Сатаева`)
          if (s.nominative !== surname.toLowerCase() && context.articleHas(fold(s.nominative))) score += 2;
          if (f.known) score += 1.5;
          // `Тедросу`, `Петрову`: a regular case form read as an indeclinable foreign name is a poor guess
          if (f.fixed && c !== 0 && firstOptions.some((o) => !o.fixed && o.cases.has(c))) score -= 0.5;
          if (s.fixed && /[уюе]$/.test(surname) && surnameOptions.some((o) => !o.fixed)) score -= 1.2;
          // a Russian-looking surname keeps its gender (`-ов` a man, `-ова` a woman)
          if (/(ов|ев|ин|ын|ский|цкий)$/.test(s.nominative)) score += gender === 'male' ? 0.5 : -1;
          if (/(ова|ева|ина|ына|ская|цкая)$/.test(s.nominative) && (!first || f.known)) score += gender === 'female' ? 0.5 : -1;
          // a first name no dictionary knows says nothing of gender: most people named in the news are men
          if (first && !f.known && !hyphenGender && gender === 'male') score += 1.2;
          // a nominative no paradigm of this gender would change is weaker than a declined one
          score -= (s.nominative === surname.toLowerCase() ? 0 : 0.1) + (f.nominative.length && first && f.nominative !== first.toLowerCase() ? 0.1 : 0);
          // ties: a man's name ends in a consonant more often than in -а (`Тедросу` is Тедрос's), `-ой` is rarer than `-ый`
          if (/[бвгджзклмнпрстфхцчшщй]$/.test(f.nominative || 'й')) score += gender === 'male' ? 0.05 : 0;
          if (/[ая]$/.test(f.nominative)) score += gender === 'female' ? 0.05 : 0;
          // a man's surname in -а is far rarer than the genitive of one ending in a consonant (`Кердпола`)
          if (gender === 'male' && c === 0 && /[ая]$/.test(s.nominative) && surnameOptions.some((o) => o.cases.has(1) && /[бвгджзклмнпрстфхцчшщ]$/.test(o.nominative))) score -= 1.2;
          // a woman's foreign surname rarely declines: `-а` from a case form is a man's surname's stem
          if (gender === 'female' && /[ая]$/.test(s.nominative) && !/(ова|ева|ина|ына|ая)$/.test(s.nominative) && s.nominative !== surname.toLowerCase()) score -= 0.3;
          if (/ой$/.test(s.nominative) && s.nominative !== surname.toLowerCase()) score -= 0.05;
          // an adjectival surname in -ой (Толстой) is Russian: after a first name no dictionary knows, `-ой`
          // is the instrumental of a surname in -а (`Сюнскэ Хасэгавой`)
          if (first && !f.known && c === 0 && /ой$/.test(s.nominative) && surnameOptions.some((o) => o.cases.has(4) && /а$/.test(o.nominative))) score -= 1.2;
          if (!best || score > best.score) {
            best = {
              score,
              reading: {
                first: first ? matchCapitals(first, f.nominative) : null,
                surname: matchCapitals(surname, s.nominative),
                gender: g,
                nominative: c === 0,
              },
            };
          }
        }
      }
    }
  }
  return best?.reading ?? null;
}

/** A first name's nominatives: the dictionary's when az knows it, else the paradigms'. */
function firstNameReadings(morph: Morphology, first: string, gender: Gender): NominativeReading[] {
  const tag = gender === 'female' ? 'femn' : 'masc';
  // only readings nearly as likely as the best (`Анны` is Анна's genitive, not a rare man's name `Аны`)
  const names = morph.analyze(first).filter((r) => r.known && r.grammemes.has('Name') && r.grammemes.has('sing'));
  const top = Math.max(0, ...names.map((r) => r.score));
  const known = names.filter((r) => r.grammemes.has(tag) && r.score >= top * 0.1);
  if (known.length) {
    const byLemma = new Map<string, Set<number>>();
    for (const r of known) {
      const set = byLemma.get(r.lemma) ?? new Set<number>();
      CASES.forEach((c, i) => r.grammemes.has(c) && set.add(i));
      byLemma.set(r.lemma, set);
    }
    return [...byLemma].map(([nominative, cases]) => ({ nominative, cases, known: true }));
  }
  // a first name az knows only for the other gender is not this gender's
  if (names.length) return [];
  return nominativeReadings(first, gender, 'first');
}

/** `Касым-Жомарт`, `Айдар-Бек`: the gender of the first part when az reads it as a name in the nominative. */
function hyphenatedNameGender(morph: Morphology, first: string): 'masc' | 'femn' | null {
  if (!first.includes('-')) return null;
  const head = first.slice(0, first.indexOf('-'));
  const r = morph.analyze(head).find((x) => x.grammemes.has('Name') && x.grammemes.has('nomn') && x.grammemes.has('sing'));
  return r ? (r.grammemes.has('femn') ? 'femn' : r.grammemes.has('masc') ? 'masc' : null) : null;
}

/** `nominative` (lower case) with the capitals of `written` (`Айдар-Бека` → `Айдар-Бек`). */
export function matchCapitals(written: string, nominative: string): string {
  let out = '';
  for (let i = 0; i < nominative.length; i++) {
    const w = written[i];
    out += w && w !== w.toLowerCase() ? nominative[i].toUpperCase() : nominative[i];
  }
  return out;
}
