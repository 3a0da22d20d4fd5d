// The candidate statement a cue rule builds: content range, cue, speaker and where its time may be stated.
import type { ArticleContext, Candidate, SpeakerRef } from '../context';
import { hasInnerQuote, tokenAt } from '../context';

export function candidate(ctx: ArticleContext, range: { start: number; end: number }, i: number, u: number, speaker: SpeakerRef, via: { from: number; to: number } | null, from: number, confidence: number): Candidate {
  const t = ctx.tokens;
  const viaText = via && via.to > via.from ? ctx.body.slice(t[via.from].start, t[via.to - 1].end).replace(/[.!?…]+$/, '').trim() : null;
  const unitStart = t[from].start;
  const unitEnd = ctx.units[u].end;
  // the attribution: the unit outside the content
  const attribution = [{ start: unitStart, end: range.start }, { start: range.end, end: unitEnd }].filter((r) => r.end > r.start);
  return {
    parts: [range],
    type: hasInnerQuote(ctx, range.start, range.end) ? 'mixed' : 'indirect',
    cue: t[i].text,
    cueStart: t[i].start,
    cueEnd: t[i].end,
    unit: u,
    speaker,
    via: viaText ?? (speaker.kind === 'phrase' ? speaker.via ?? null : null),
    attribution,
    confidence,
  };
}

export function indexAfter(ctx: ArticleContext, offset: number): number {
  return tokenAt(ctx, offset);
}
