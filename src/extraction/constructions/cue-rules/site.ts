// One cue in its sentence, as every cue rule sees it, and the type the rules share.
import type { CueReading } from '../../cues/cue-lexicon';
import type { Token } from '../../text/tokens';
import type { ArticleContext, Candidate } from '../context';

/** Adverbs that may stand between a cue and what precedes it (`и также заявил`, `, уже заявил`). */
export const SKIPPABLE = new Set(['также', 'еще', 'ещё', 'уже', 'затем', 'тогда', 'вновь', 'снова', 'неоднократно', 'ранее', 'позже', 'потом', 'тоже', 'прямо', 'открыто', 'публично', 'лишь', 'же']);

export interface CueSite {
  ctx: ArticleContext;
  /** Token index of the cue. */
  i: number;
  cue: CueReading;
  /** Sentence unit and its token range [from, to). */
  u: number;
  from: number;
  to: number;
  /** Statements already found in the unit, in order. */
  inUnit: Candidate[];
  /** The token before the cue (skippable adverbs aside) and its index. */
  before: Token | null;
  beforeAt: number;
}

/**
 * A named rule: a candidate when it matches, null when it matches but finds no statement (later rules
 * must not try), undefined when it does not apply.
 */
export type CueRule = (site: CueSite) => Candidate | null | undefined;

export function cueSite(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number, inUnit: Candidate[]): CueSite {
  let p = i - 1;
  while (p >= from && SKIPPABLE.has(ctx.tokens[p].lower)) p--;
  return { ctx, i, cue, u, from, to, inUnit, before: p >= from ? ctx.tokens[p] : null, beforeAt: p };
}

/** Runs the rules in order; the first that applies decides. */
export function firstMatch(rules: readonly CueRule[], site: CueSite): Candidate | null {
  for (const rule of rules) {
    const found = rule(site);
    if (found !== undefined) return found;
  }
  return null;
}
