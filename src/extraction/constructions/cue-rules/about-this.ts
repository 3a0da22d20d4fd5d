// `Об этом сообщил X`: the previous sentence is X's statement.
import type { CueReading } from '../../cues/cue-lexicon';
import type { ArticleContext, Candidate, SpeakerRef } from '../context';
import { trimRange } from '../context';
import { candidate, indexAfter } from './candidate';

export function aboutThisStatement(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number): Candidate | null {
  if (u === 0) return null;
  const prevUnit = ctx.units[u - 1];
  if (ctx.units[u].paragraph - prevUnit.paragraph > 1) return null;
  const t = ctx.tokens;
  // `Об этом он сообщил на встрече с губернатором X`: a subject between `об этом` and the verb is the
  // speaker, before any companion named after the verb
  const fronted = t[from]?.lower === 'об' && t[from + 1]?.lower === 'этом' && i > from + 2;
  let np = fronted ? ctx.finder.findLeft(t, i, from + 2, ctx.inQuote) : null;
  np ??= ctx.finder.findRight(t, t[i + 1]?.lower === 'об' ? i + 2 : i, to, ctx.inQuote);
  if (!np) np = ctx.finder.findLeft(t, i, from + 2, ctx.inQuote);
  if (!np && (cue.plural || cue.gender === null)) np = ctx.finder.findLocative(t, from, to, ctx.inQuote);
  if (!np) return null;
  let speaker: SpeakerRef = { kind: 'phrase', np };
  if (ctx.finder.isDocumentNoun(np.head)) {
    const inner = ctx.finder.findRight(t, indexAfter(ctx, np.head.end) - 1, to, ctx.inQuote);
    if (!inner) return null;
    speaker = { kind: 'phrase', np: inner };
  }
  const range = trimRange(ctx.body, prevUnit.start, prevUnit.end);
  const c = candidate(ctx, range, i, u, speaker, null, from, 0.75);
  c.type = 'indirect';
  // the reported sentence's own time (`27 марта 2013 года было объявлено …`) dates it
  c.datedByContent = true;
  return c;
}
