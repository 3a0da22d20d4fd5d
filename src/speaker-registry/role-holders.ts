// Who held a role on a date, given the role's terms: shared by the in-memory registry and the
// service's database lookup.
import { dateInterval, overlap, termInterval, todayIso } from './date-interval';

export interface Term<H> {
  holder: H;
  from: string | null;
  to: string | null;
}

export interface Holding<H> extends Term<H> {
  /** Share of the asked period (a day, a month, a year) the term covers, 0..1. */
  share: number;
}

/**
 * The term covering most of the date's period (YYYY[-MM[-DD]], null for today); on a tie the later
 * one. 'ambiguous' when two holders share the title for a long stretch (several deputy prime
 * ministers), since a date cannot tell them apart; null when nobody held it then.
 */
export function holderOn<H>(terms: Term<H>[], date: string | null, same: (a: H, b: H) => boolean = Object.is): Holding<H> | 'ambiguous' | null {
  const when = dateInterval(date ?? todayIso());
  if (!when) return null;
  const span = when[1] - when[0];
  const scored = terms
    .map((t) => ({ ...t, interval: termInterval(t.from, t.to) }))
    .map((t) => ({ ...t, share: overlap(t.interval, when) / span }))
    .filter((t) => t.share > 0)
    .sort((a, b) => b.share - a.share || b.interval[0] - a.interval[0]);
  if (!scored.length) return null;
  const [best, second] = scored;
  if (second && !same(second.holder, best.holder) && second.share === best.share && overlap(best.interval, second.interval) > 62) return 'ambiguous';
  return { holder: best.holder, from: best.from, to: best.to, share: best.share };
}
