// Named predicates over a cue's government: does the material after the cue fit what the verb governs?
import { type CueReading, takesObject } from '../../cues/cue-lexicon';
import type { ArticleContext } from '../context';

/** A preposition opening the content: the content only where the verb governs it (`указал на …`). */
export const LEADING_PREPOSITIONS = /^(о|об|обо|на|за|в|во|с|со|по|при|против|от)\s+/i;

/**
 * `<cue> <object> о том, что …` (the object's own complement, `опроверг сообщения о том, что`), or a
 * preposition the verb governs: `обвинил X в том, что`, `связывает X с тем, что`.
 */
export function objectWithClause(ctx: ArticleContext, cue: CueReading, i: number, thatAt: number): boolean {
  const t = ctx.tokens;
  if (!takesObject(cue) || t[thatAt - 1]?.text !== ',' || thatAt - 3 <= i + 1 + cue.idiomLength) return false;
  const pronoun = t[thatAt - 2]?.lower ?? '';
  const preposition = t[thatAt - 3]?.lower ?? '';
  if (pronoun === 'том' && (preposition === 'о' || preposition === 'об')) return true;
  if (pronoun === 'том' && (preposition === 'в' || preposition === 'во')) return cue.government.has('в');
  if (pronoun === 'тем' && (preposition === 'с' || preposition === 'со')) return cue.government.has('с');
  return false;
}

export function infinitiveBetween(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k].isWord && ctx.morph.analyze(ctx.tokens[k].lower)[0]?.pos === 'INFN') return true;
  return false;
}

/** `указал на опасность`, not `указал на заседании`: `на` governs the accusative of the object. */
export function accusativeNext(ctx: ArticleContext, k: number): boolean {
  const w = ctx.tokens[k];
  return !!w && ctx.morph.analyze(w.lower).some((r) => r.grammemes.has('accs'));
}

/**
 * Content without a preposition fits the verb's government: an accusative object, an infinitive near
 * its start (`рекомендуют пить воду`), an object with `в …` (`обвинил соседей в срыве поставок`) or
 * with `как …` (`охарактеризовал решение как ошибку`).
 */
export function objectFits(ctx: ArticleContext, cue: CueReading, text: string): boolean {
  const g = cue.government;
  if (g.has('obj')) return true;
  const words = text.split(/\s+/);
  if (g.has('inf') && words.slice(0, 3).some((w) => ctx.morph.analyze(w.toLowerCase().replace(/[^а-яё-]/g, ''))[0]?.pos === 'INFN')) return true;
  if (g.has('в') && words.slice(1, 6).some((w) => w === 'в' || w === 'во')) return true;
  if (g.has('как') && words.slice(1, 6).includes('как')) return true;
  return false;
}

/**
 * `сообщил в субботу об отмене …`, `объявил на брифинге о планах …`: a circumstance with a preposition the
 * verb does not govern may stand before its `о` object. The index of that `о` (or `s` when there is none).
 */
export function pastCircumstance(ctx: ArticleContext, cue: CueReading, s: number, to: number): number {
  const t = ctx.tokens;
  const first = t[s]?.lower ?? '';
  if (!cue.government.has('о') || !/^(в|во|на|с|со|по|при)$/.test(first)) return s;
  for (let k = s + 2; k < to && k <= s + 5; k++) {
    const w = t[k];
    if (!w.isWord || ctx.inQuote(w) || ctx.cueAt(k)) return s;
    if (w.lower === 'о' || w.lower === 'об' || w.lower === 'обо') return k;
  }
  return s;
}
