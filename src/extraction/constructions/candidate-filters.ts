// Candidates found by several constructions are reconciled before speakers are resolved: a channel
// clause gives way to the statement it relays, and of two finds of the same content the more specific stays.
import type { Candidate } from './context';

/** `Как сообщила пресс-служба, X указал, что …`: the outer clause is a channel of the inner statement. */
export function absorbChannels(candidates: Candidate[]): void {
  for (const outer of candidates) {
    // (`По их словам, министр напомнила, что …` as well: the pronoun's referent only relays)
    if (outer.type !== 'according_to' || (outer.speaker.kind !== 'phrase' && outer.speaker.kind !== 'possessive')) continue;
    const range = outer.parts[0];
    const inner = candidates.find((c) => c !== outer && !c.dropped && c.cueStart >= range.start && c.cueEnd <= range.end && c.unit === outer.unit);
    if (!inner) {
      if (outer.channelOnly) outer.dropped = true;
      continue;
    }
    outer.dropped = true;
    inner.via ??= outer.speaker.kind === 'phrase' ? sliceText(outer) : null;
  }
}

function sliceText(c: Candidate): string | null {
  return c.speaker.kind === 'phrase' ? c.speaker.np.tokens.map((t) => t.text).join(' ').replace(/ ([,.»])/g, '$1').replace(/« /g, '«') : null;
}

/** Two constructions that found the same content keep the more specific one (direct over indirect). */
export function dropDuplicates(candidates: Candidate[], body: string): void {
  // candidates in creation order (direct first); a sweep over positions keeps this linear-ish
  const order = candidates.map((c, i) => ({ c, i, start: c.parts[0].start, end: c.parts[c.parts.length - 1].end })).sort((a, b) => a.start - b.start);
  for (let x = 0; x < order.length; x++) {
    const a = order[x];
    for (let y = x + 1; y < order.length && order[y].start < a.end; y++) {
      const b = order[y];
      if (a.c.dropped || b.c.dropped) continue;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      const shorter = Math.min(a.end - a.start, b.end - b.start);
      if (overlap > 0.8 * shorter && !parenthetical(body, a, b) && !parenthetical(body, b, a)) (a.i < b.i ? b.c : a.c).dropped = true;
    }
  }
}

/**
 * `A (B, говорил ранее Y) C, заявил X`: the inner statement, cue and all, sits in a parenthesis inside the
 * outer one's content, so it is a statement of its own rather than the same content found twice.
 */
function parenthetical(body: string, outer: { start: number; end: number }, inner: { c: Candidate; start: number; end: number }): boolean {
  if (inner.start < outer.start || inner.end > outer.end) return false;
  const open = body.lastIndexOf('(', inner.start);
  if (open < outer.start) return false;
  const close = body.indexOf(')', open);
  return close >= inner.c.cueEnd && close <= outer.end && body.slice(open, inner.start).indexOf(')') < 0;
}

/** `не комментирует вопросы акционеров`, `отказался от комментариев`: a refusal to comment says nothing. */
const REFUSAL = /^(?:пока\s+|никак\s+)?не\s+(?:(?:стал[аио]?|будет|будут|намерен[аы]?)\s+)?(?:про)?комментир|^отказ\p{L}*\s+от\s+комментари/iu;

/** Drops reported content that is a refusal to comment. */
export function dropEmptyContent(candidates: Candidate[], body: string): void {
  for (const c of candidates) {
    if (c.dropped || c.type === 'direct') continue;
    const text = body.slice(c.parts[0].start, c.parts[c.parts.length - 1].end).trim();
    if (REFUSAL.test(text)) c.dropped = true;
  }
}
