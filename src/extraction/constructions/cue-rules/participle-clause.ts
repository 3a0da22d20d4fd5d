// `Экономист Олег Сомин, считающий, что кризис затянется, советует …`, `по словам эксперта, полагающего,
// что …`: an active participle with a `что` clause reports what the noun it qualifies said or thinks.
import type { CueReading } from '../../cues/cue-lexicon';
import type { NounPhrase } from '../../speakers/phrase-expansion';
import type { ArticleContext, Candidate } from '../context';
import { trimRange } from '../context';
import { findClauseEnd } from '../clause-end';
import { candidate } from './candidate';

export function participleClause(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number): Candidate | null {
  const t = ctx.tokens;
  if (cue.kind !== 'participle' || !cue.participleCase) return null;
  if (t[i - 1]?.text !== ',' || t[i + 1]?.text !== ',' || t[i + 2]?.lower !== 'что' || i + 3 >= to) return null;
  const np = qualifiedPhrase(ctx, i - 1, from);
  if (!np) return null;
  const end = participialEnd(ctx, i + 3, findClauseEnd(ctx, i + 3, to).endToken);
  const range = trimRange(ctx.body, t[i + 3].start, t[end - 1].end);
  if (range.end - range.start < 6) return null;
  return candidate(ctx, range, i, u, { kind: 'phrase', np }, null, from, 0.75);
}

/** The longest phrase, in any case, that ends right before the comma at `comma`. */
function qualifiedPhrase(ctx: ArticleContext, comma: number, from: number): NounPhrase | null {
  const t = ctx.tokens;
  let best: NounPhrase | null = null;
  for (let k = comma - 1; k >= from && k >= comma - 6; k--) {
    const np = ctx.finder.findRight(t, k - 1, comma, ctx.inQuote, true);
    if (np && np.start === t[k].start && np.end === t[comma - 1].end) best = np;
  }
  return best;
}

/** The participial phrase closes at a comma before the sentence's own finite verb (`…, советует копить`). */
function participialEnd(ctx: ArticleContext, from: number, end: number): number {
  const t = ctx.tokens;
  for (let k = from; k < end - 1; k++) {
    if (t[k].text !== ',' || ctx.inQuote(t[k])) continue;
    const next = ctx.morph.analyze(t[k + 1].lower)[0];
    if (next?.pos === 'VERB') return k;
  }
  return end;
}
