// Sentences regrouped so that no sentence boundary falls inside a quotation: a multi-sentence direct
// quote and its attribution form one unit, which the construction matchers then read as a whole.
import type { Sentence } from '../types';
import type { QuoteSpan } from './quote-spans';

export interface Unit extends Sentence {
  index: number;
}

export function buildUnits(body: string, sentences: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const top = quotes.filter((q) => q.depth === 0);
  const units: Unit[] = [];
  let current: Sentence | null = null;
  for (const s of sentences) {
    if (current && insideQuote(top, current.end, s.start)) {
      current = { start: current.start, end: s.end, text: body.slice(current.start, s.end), paragraph: current.paragraph };
      continue;
    }
    if (current) units.push({ ...current, index: units.length });
    current = { ...s };
  }
  if (current) units.push({ ...current, index: units.length });
  return units;
}

/** True when a quote opened before `end` closes after `nextStart`: the boundary is inside it. */
function insideQuote(top: QuoteSpan[], end: number, nextStart: number): boolean {
  for (const q of top) {
    if (q.open >= end) break;
    if (q.close >= nextStart) return true;
  }
  return false;
}
