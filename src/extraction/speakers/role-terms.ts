// Role descriptions compared by meaning rather than by wording: the short and long forms of one office
// (`госсекретарь` = `государственный секретарь`, `глава МИД` = `министр иностранных дел`), and the
// country or place that qualifies it (`президент Приречья`, `российский министр`, `глава МИД РФ`).
import type { Morphology } from '../morphology';
import type { Person } from './people';

/** Compound offices and the words that spell them out; each side implies the other. */
const COMPOUND_ROLES: { term: string; words: string[][] }[] = [
  { term: 'госсекретарь', words: [['государственный', 'секретарь']] },
  { term: 'генсек', words: [['генеральный', 'секретарь']] },
  { term: 'гендиректор', words: [['генеральный', 'директор']] },
  { term: 'генпрокурор', words: [['генеральный', 'прокурор']] },
  { term: 'замминистра', words: [['заместитель', 'министр'], ['замминистр']] },
  { term: 'премьер-министр', words: [['премьер'], ['глава', 'правительство'], ['председатель', 'правительство']] },
  { term: 'мид', words: [['министерство', 'иностранный', 'дело'], ['министр', 'иностранный', 'дело'], ['внешнеполитический', 'ведомство']] },
  { term: 'пресс-секретарь', words: [['пресс-атташе']] },
];

/** Words for the person who heads a body; one stands for another. */
const HEAD_OF: ReadonlySet<string> = new Set(['глава', 'руководитель', 'начальник']);

const MINISTRY_RE = /^мин(?!ута|увш|имал|ус$)|^мид$|^ведомство$|^министерство$/;

/** Abbreviations of places whose full names az knows by another stem. */
const PLACE_ALIASES: Record<string, string> = { рф: 'росс', сша: 'амер', фрг: 'герм', кнр: 'кита', кндр: 'коре', великобритания: 'брит', англия: 'брит', британия: 'брит' };

/** The role's lemmas with the other spelling of every compound office they contain. */
export function canonicalRoleTerms(lemmas: Iterable<string>): Set<string> {
  const out = new Set(lemmas);
  for (const { term, words } of COMPOUND_ROLES) {
    if (out.has(term)) for (const w of words[0]) out.add(w);
    else if (words.some((ws) => ws.every((w) => out.has(w)))) out.add(term);
  }
  // the head of a ministry is its minister (`глава министерства иностранных дел` … `министр`)
  if ([...HEAD_OF].some((h) => out.has(h)) && [...out].some((l) => MINISTRY_RE.test(l))) out.add('министр');
  return out;
}

/**
 * Places that qualify a role, as short keys (`России`, `российский`, `РФ` → `росс`): a proper place
 * name az knows, an adjective of a place (`-ский`), or a known abbreviation.
 */
export function placeKeys(morph: Morphology, lemmas: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const l of lemmas) {
    const alias = PLACE_ALIASES[l];
    if (alias) {
      out.add(alias);
      continue;
    }
    if (l.length < 4) continue;
    const rs = morph.analyze(l);
    // az knows place names by their capital
    const place = morph.analyze(l[0].toUpperCase() + l.slice(1)).some((r) => r.known && r.grammemes.has('Geox'));
    const adjective = /(ский|цкий)$/.test(l) && !/ческий$/.test(l) && rs.some((r) => r.pos === 'ADJF');
    if (place || adjective) out.add(l.slice(0, 4));
  }
  return out;
}

export interface RoleMention {
  /** Lemmas the head may stand for (`глава` of a ministry is also `министр`). */
  heads: Set<string>;
  head: string;
  /** Every lemma of the mention with the other spellings of compound offices. */
  terms: Set<string>;
  /** Lemmas other than the head. */
  dependents: string[];
  /** Offset of the mention: only people named before it count. */
  start: number;
}

/**
 * The person the article introduced with this role before the mention, scored by the role words their
 * introduction shares with it (head 2, each dependent 1, the same country 1); a person introduced for
 * another country is never the one (`президент Приречья` is not the president of Заречье).
 */
export function personIntroducedWithRole(morph: Morphology, people: readonly Person[], role: RoleMention): { person: Person | null; score: number } {
  const places = placeKeys(morph, role.dependents);
  let best: Person | null = null;
  let bestScore = 0;
  let bestAt = -1;
  for (const p of people) {
    let score = 0;
    if (!p.mentions.some((m) => m < role.start)) continue;
    const titles = canonicalRoleTerms(p.titles);
    for (const h of role.heads) if (titles.has(h) && h !== 'глава') score += 2;
    // `руководитель ведомства` … `глава министерства`: the one who heads a body, whatever the word
    if ([...role.heads].some((h) => HEAD_OF.has(h)) && [...HEAD_OF].some((h) => titles.has(h))) score += 1;
    for (const d of role.terms) if (d !== role.head && titles.has(d) && !['российский', 'россия', 'рф'].includes(d)) score += 1;
    const own = places.size ? placeKeys(morph, p.titles) : null;
    const samePlace = !!own && [...places].some((k) => own.has(k));
    // `лидер`, `глава` of a country stand for its office whatever its title (`Лидеры России и …` … `президент России`)
    if (!score && samePlace && (titles.has('лидер') || titles.has('глава'))) score = 1;
    if (!score) continue;
    if (own) {
      if (own.size && !samePlace) continue;
      if (samePlace) score += 1;
    }
    const at = Math.max(...p.mentions.filter((m) => m < role.start), -1);
    if (score > bestScore || (score === bestScore && at > bestAt)) {
      best = p;
      bestScore = score;
      bestAt = at;
    }
  }
  return { person: best, score: bestScore };
}
