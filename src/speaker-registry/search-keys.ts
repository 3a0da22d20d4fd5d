// Keys under which a speaker is found, and the keys a written name is looked up by. The database
// stores the first (speaker_search_keys) and the in-memory registry computes the same ones, so
// linking, type-ahead and the CLI agree on what matches.
import type { Morphology } from '../extraction/morphology';
import type { SpeakerType } from '../extraction/types';
import { caseForms, type Gender } from '../extraction/speakers/name-declension';
import { foldName, isCyrillic, nameTokens, transliterationKey } from './text-normalization';

/** name: a full name as written; surname: the surname alone; form: a case form or lemma key; translit: a spelling-independent Latin key. */
export type SearchKeyKind = 'name' | 'surname' | 'form' | 'translit';

export interface SearchKey {
  key: string;
  kind: SearchKeyKind;
}

export interface KeySource {
  name: string;
  type: SpeakerType;
  gender?: 'male' | 'female' | null;
  names?: Record<string, string> | null;
  aliases?: readonly string[] | null;
}

const PATRONYMIC = /(ович|евич|ич|овна|евна|ична|инична)$/;
const SURNAME_PARTICLES = new Set(['фон', 'де', 'ван', 'дер', 'ди', 'да', 'дос', 'ле', 'ла', 'аль', 'von', 'van', 'de', 'der', 'di', 'da', 'le', 'la', 'al']);
const MAX_COMBINATIONS = 32;

/** Every key of a speaker: its names in all scripts, the surname, case forms of Russian names, transliterations. */
export function speakerSearchKeys(source: KeySource, morphology: Morphology): SearchKey[] {
  const out = new Map<string, SearchKey>();
  const add = (key: string, kind: SearchKeyKind) => {
    if (key) out.set(`${kind}|${key}`, { key, kind });
  };
  const gender: Gender = source.gender ?? 'unknown';
  const names = [...new Set([source.name, ...Object.values(source.names ?? {}), ...(source.aliases ?? [])])];
  for (const name of names) {
    const tokens = nameTokens(foldName(name));
    if (!tokens.length) continue;
    add(tokens.join(' '), 'name');
    add(transliterationKey(tokens.join(' ')), 'translit');
    if (source.type === 'organization') {
      add(lemmaKey(tokens, morphology), 'form');
      continue;
    }
    if (source.type !== 'person') continue;
    const short = dropPatronymic(tokens);
    if (short.length !== tokens.length) add(short.join(' '), 'name');
    for (const surname of surnamesOf(tokens)) {
      add(surname, 'surname');
      add(transliterationKey(surname), 'translit');
    }
    if (isCyrillic(tokens.join(' '))) for (const form of inflectedNames(short, gender, morphology)) add(form, 'form');
  }
  return [...out.values()];
}

/** The same name in each case ("касым-жомарта токаева", "токаеву"), and the surname alone in each case. */
export function inflectedNames(tokens: string[], gender: Gender, morphology: Morphology): string[] {
  const out = new Set<string>();
  const perToken = tokens.map((t, i) => caseForms(t, gender, i === tokens.length - 1 ? 'last' : 'first', morphology));
  for (let c = 0; c < perToken[0].length; c++) {
    const options = perToken.map((f) => (f[c]?.length ? f[c] : f[0]));
    for (const combo of combinations(options)) out.add(combo.join(' '));
    if (tokens.length > 1) for (const form of options.at(-1)!) out.add(form);
  }
  return [...out];
}

export interface LookupKeys {
  /** The name as written, without initials, without a patronymic: compared with name, surname and form keys. */
  names: string[];
  /** Initials found in the name (single letters), to check against a candidate's first name. */
  initials: string[];
  /** Nominative guesses from morphology (lemmas of each word): compared with name and surname keys. */
  lemmas: string[];
  /** Transliteration keys of the variants. */
  translit: string[];
}

/** What to look a written name up by, strongest first. */
export function lookupKeys(name: string, morphology: Morphology): LookupKeys {
  const all = nameTokens(foldName(name ?? ''));
  const initials = all.filter((t) => t.length === 1);
  const tokens = all.filter((t) => t.length > 1);
  const names = [...new Set([all.join(' '), tokens.join(' '), dropPatronymic(tokens).join(' ')])].filter(Boolean);
  const lemmas = new Set<string>();
  for (const variant of new Set([tokens.join(' '), dropPatronymic(tokens).join(' ')])) {
    const words = nameTokens(variant);
    if (!words.length || !isCyrillic(variant)) continue;
    const options = words.map((w) => {
      const set = new Set<string>([w]);
      for (const l of morphology.lemmas(w)) {
        const lemma = l.replace(/ё/g, 'е');
        set.add(lemma);
        // az gives a feminine surname's masculine lemma (Набиуллиной → набиуллин).
        if (/(ов|ев|ин|ын)$/.test(lemma)) set.add(`${lemma}а`);
      }
      return [...set];
    });
    for (const combo of combinations(options)) lemmas.add(combo.join(' '));
    lemmas.add(lemmaKey(words, morphology));
  }
  for (const n of names) lemmas.delete(n);
  return { names, initials, lemmas: [...lemmas], translit: [...new Set(names.map(transliterationKey))].filter(Boolean) };
}

export function lemmaKey(tokens: string[], morphology: Morphology): string {
  return tokens.map((t) => morphology.lemma(t).replace(/ё/g, 'е')).join(' ');
}

export function dropPatronymic(tokens: string[]): string[] {
  if (tokens.length !== 3) return tokens;
  return PATRONYMIC.test(tokens[1]) ? [tokens[0], tokens[2]] : tokens;
}

/** The surname alone: the last word, and from a particle on when the surname has one (фон дер Ляйен). */
export function surnamesOf(tokens: string[]): string[] {
  if (tokens.length < 2) return [];
  const out: string[] = [];
  const last = tokens.at(-1)!;
  if (last.length >= 3) out.push(last);
  const particle = tokens.findIndex((t, i) => i > 0 && SURNAME_PARTICLES.has(t));
  if (particle > 0) out.push(tokens.slice(particle).join(' '));
  return out;
}

/** Does the first initial fit this person's first name (in Russian or Latin)? */
export function initialsFit(name: string, latinName: string | undefined, initials: string[]): boolean {
  if (!initials.length) return true;
  return initials[0] === foldName(name)[0] || initials[0] === foldName(latinName ?? '')[0];
}

export function combinations(lists: string[][]): string[][] {
  const out: string[][] = [];
  const walk = (i: number, acc: string[]) => {
    if (out.length >= MAX_COMBINATIONS) return;
    if (i === lists.length) {
      out.push(acc);
      return;
    }
    for (const item of lists[i]) walk(i + 1, [...acc, item]);
  };
  walk(0, []);
  return out;
}
