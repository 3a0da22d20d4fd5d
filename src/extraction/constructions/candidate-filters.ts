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
    if (!inner) continue;
    outer.dropped = true;
    inner.via ??= outer.speaker.kind === 'phrase' ? sliceText(outer) : null;
  }
}

function sliceText(c: Candidate): string | null {
  return c.speaker.kind === 'phrase' ? c.speaker.np.tokens.map((t) => t.text).join(' ').replace(/ ([,.»])/g, '$1').replace(/« /g, '«') : null;
}

/** Two constructions that found the same content keep the more specific one (direct over indirect). */
export function dropDuplicates(candidates: Candidate[]): void {
  // candidates in creation order (direct first); a sweep over positions keeps this linear-ish
  const order = candidates.map((c, i) => ({ c, i, start: c.parts[0].start, end: c.parts[c.parts.length - 1].end })).sort((a, b) => a.start - b.start);
  for (let x = 0; x < order.length; x++) {
    const a = order[x];
    for (let y = x + 1; y < order.length && order[y].start < a.end; y++) {
      const b = order[y];
      if (a.c.dropped || b.c.dropped) continue;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      const shorter = Math.min(a.end - a.start, b.end - b.start);
      if (overlap > 0.8 * shorter) (a.i < b.i ? b.c : a.c).dropped = true;
    }
  }
}
