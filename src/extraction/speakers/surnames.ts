// Surnames compared across cases without trusting az's guesses for foreign names: two forms belong to
// the same surname when stripping a case ending from each gives the same stem.
import type { WordReading } from '../morphology';
import { fold } from '../text/tokens';

const ENDINGS = ['', 'а', 'я', 'у', 'ю', 'е', 'ом', 'ем', 'ым', 'им', 'ой', 'ей', 'ою', 'ую', 'ого', 'его',
  'ому', 'ему', 'ая', 'ий', 'ый', 'ых', 'их', 'ыми', 'ими', 'ы', 'и', 'ь', 'й', 'ою'];

const stemCache = new Map<string, Set<string>>();

function stems(word: string): Set<string> {
  let cached = stemCache.get(word);
  if (!cached) {
    cached = computeStems(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, cached);
  }
  return cached;
}

function computeStems(word: string): Set<string> {
  const w = fold(word);
  const out = new Set<string>();
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) out.add(w.slice(0, w.length - e.length));
  }
  return out;
}

export function sameSurname(a: string, b: string): boolean {
  const fa = fold(a), fb = fold(b);
  if (fa === fb) return true;
  if (Math.abs(fa.length - fb.length) > 3) return false;
  // a shared stem is at least three letters long and begins both words: most pairs part at once
  if (fa.length < 3 || fb.length < 3 || fa.charCodeAt(0) !== fb.charCodeAt(0) || fa.charCodeAt(1) !== fb.charCodeAt(1) || fa.charCodeAt(2) !== fb.charCodeAt(2)) return false;
  const sa = stems(a);
  for (const s of stems(b)) if (sa.has(s)) return true;
  return false;
}

/**
 * A best guess at the nominative of a surname seen in an oblique case, for when the article never gives
 * the nominative itself. Russian surname paradigms (-ов/-ин/-ский) are regular; for the rest the
 * consonant stem is the usual nominative of a man's foreign surname.
 */
export function guessNominativeSurname(form: string, gender: 'masc' | 'femn' | null): string {
  const cap = (s: string) => s;
  if (gender === 'femn') {
    if (/(ов|ев|ёв|ин|ын)(ой|у|ою)$/i.test(form)) return cap(form.replace(/(ой|у|ою)$/i, 'а'));
    if (/(ск|цк)(ой|ую)$/i.test(form)) return cap(form.replace(/(ой|ую)$/i, 'ая'));
    return form;
  }
  if (/(ов|ев|ёв|ин|ын)(а|у|ым|е)$/i.test(form)) return form.replace(/(а|у|ым|е)$/i, '');
  if (/(ск|цк)(ого|ому|им|ом)$/i.test(form)) return form.replace(/(ого|ому|им|ом)$/i, 'ий');
  if (/[бвгджзклмнпрстфхцчшщ](а|у|ом|е)$/i.test(form)) return form.replace(/(а|у|ом|е)$/i, '');
  if (/ем$/i.test(form)) return form.replace(/ем$/i, 'й');
  if (/[ая]$/i.test(form) === false && /ю$/i.test(form)) return form.replace(/ю$/i, 'й');
  return form;
}

/**
 * A capitalised `-ов`/`-ев`/`-ин` word the dictionary knows only as a common noun's genitive plural
 * (`Токаев` of `токай`, `Гусев` of `гусь`): after a first name or as a speaker, a surname.
 */
export function surnameShapedPlural(word: string, readings: readonly WordReading[]): boolean {
  if (!/^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)$/.test(word) || !readings.length) return false;
  return readings.every((r) => r.pos === 'NOUN' && r.grammemes.has('plur') && !r.grammemes.has('nomn') && !r.grammemes.has('Geox'));
}

/** `О.Сомова`, `А.А.Петров`: the surname without initials written against it. */
export function withoutInitials(word: string): string {
  const m = /^(?:\p{Lu}\.){1,2}(?=\p{Lu}\p{Ll})/u.exec(word);
  return m ? word.slice(m[0].length) : word;
}
