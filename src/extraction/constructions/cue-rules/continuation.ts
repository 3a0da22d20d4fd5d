// The clause that goes on after a parenthetical attribution (`Сейчас, продолжал он, правительство …`).
import type { ArticleContext } from '../context';
import { trimRange } from '../context';
import { findClauseEnd } from '../clause-end';
import { indexAfter } from './candidate';

/** The clause after `, <cue> <speaker>,` when at least three words follow up to the end of the clause. */
export function hasFiniteVerb(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.tokens[k];
    if (!w.isWord || ctx.inQuote(w)) continue;
    const rs = ctx.morph.analyze(w.lower);
    if (rs.length && rs[0].pos === 'VERB') return true;
    if (rs.length && (rs[0].pos === 'PRTS' || rs[0].pos === 'ADJS')) return true;
  }
  return false;
}

export function continuationAfter(ctx: ArticleContext, npEnd: number, to: number, minWords: number): { range: { start: number; end: number }; via: { from: number; to: number } | null } | null {
  const t = ctx.tokens;
  let k = indexAfter(ctx, npEnd);
  while (k < to && (t[k].text === '»' || t[k].text === '"' || t[k].text === ')')) k++;
  if (k >= to || t[k].text !== ',') return null;
  const end = findClauseEnd(ctx, k + 1, to);
  let words = 0;
  for (let j = k + 1; j < end.endToken; j++) if (t[j].isWord) words++;
  if (words < minWords) return null;
  const range = trimRange(ctx.body, t[k + 1].start, t[end.endToken - 1].end);
  return { range, via: end.via };
}
