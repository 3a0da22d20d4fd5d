// `Как сообщил X, …` and `…, как сообщил X`: an according-to clause built on a verb.
import type { ArticleContext, Candidate } from '../context';
import { tokenAt, trimRange } from '../context';
import { SUBJECT_PRONOUNS } from '../../speakers/lexicons';
import { findClauseEnd } from '../clause-end';
import { candidate } from './candidate';
import { continuationAfter } from './continuation';

export function asClause(ctx: ArticleContext, i: number, u: number, from: number, to: number, kakAt: number): Candidate | null {
  const t = ctx.tokens;
  let comma = i + 1;
  while (comma < to && t[comma].text !== ',' && !/^[.!?…;]$/.test(t[comma].text)) comma++;
  // `Как уточнили РБК в пресс-службе Минздрава`: with a plural verb the locative institution is the source
  const cue = ctx.cueAt(i);
  const locative = cue && (cue.plural || cue.gender === null) ? ctx.finder.findLocative(t, i + 1, comma, ctx.inQuote) : null;
  const np = locative ?? ctx.finder.findRight(t, i, comma, ctx.inQuote) ?? ctx.finder.findLocative(t, i + 1, comma, ctx.inQuote);
  if (!np) return null;
  let range;
  const after = kakAt > from && t[kakAt - 1]?.text === ',' ? continuationAfter(ctx, np.end, to, 1) : null;
  if (after) range = after.range;
  else if (kakAt === from || t[kakAt - 1]?.text !== ',') {
    if (comma >= to - 1 || t[comma].text !== ',') return null;
    const end = findClauseEnd(ctx, comma + 1, to);
    range = trimRange(ctx.body, t[comma + 1].start, t[end.endToken - 1]?.end ?? t[to - 1].end);
  } else {
    range = trimRange(ctx.body, t[from].start, t[kakAt - 1].start);
  }
  if (range.end - range.start < 8) return null;
  const c = candidate(ctx, range, i, u, { kind: 'phrase', np }, null, from, 0.8);
  c.type = 'according_to';
  c.channelOnly = reportsSomeoneElse(ctx, range.start, to);
  c.cue = ctx.body.slice(t[kakAt].start, t[i].end);
  return c;
}

/** The content opens with a subject pronoun and its own speech verb (`…, она заявила это в интервью`). */
function reportsSomeoneElse(ctx: ArticleContext, start: number, to: number): boolean {
  const t = ctx.tokens;
  const k = tokenAt(ctx, start);
  if (!t[k] || !SUBJECT_PRONOUNS[t[k].lower]) return false;
  for (let j = k + 1; j < to && j <= k + 3; j++) if (ctx.cueAt(j)?.kind === 'verb') return true;
  return false;
}
