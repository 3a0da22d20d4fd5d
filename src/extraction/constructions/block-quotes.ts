import { type ArticleContext, type Candidate, type SpeakerRef, trimRange } from './context';

/** Lemmas of the words that put a paragraph in the speaker's own voice (any case: `мне`, `нашу`). */
const FIRST_PERSON_LEMMAS = new Set(['я', 'мы', 'мой', 'наш']);

const OPENING_QUOTE = /^[«"“„]/;

/**
 * `Игорь Сечин так прокомментировал сделку:` closing its paragraph, then the words themselves as
 * paragraphs of their own without quotation marks: a statement, a post, a press release quoted
 * whole. The block is the next paragraph, and the ones after it that stay in the first person
 * (a journalist's own paragraph does not). A first line that only repeats the speaker's name (an
 * embedded post: `Baza`) is not part of it.
 */
export function findBlockQuotes(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const { body, units, tokens } = ctx;
  for (let u = 0; u + 1 < units.length; u++) {
    const unit = units[u];
    if (!body.slice(unit.start, unit.end).trimEnd().endsWith(':') || units[u + 1].paragraph === unit.paragraph) continue;
    const { from, to } = ctx.unitTokens[u];
    let cueIdx = -1;
    for (let k = from; k < to; k++) {
      const cue = ctx.cueAt(k);
      if (cue && cue.kind === 'verb' && !cue.afterQuoteOnly && !ctx.consumed.has(k) && !ctx.inQuote(tokens[k])) cueIdx = k;
    }
    if (cueIdx < 0) continue;
    const np = ctx.finder.findLeft(tokens, cueIdx, from, ctx.inQuote) ?? ctx.finder.findRight(tokens, cueIdx, to, ctx.inQuote);
    if (!np) continue;
    const speaker: SpeakerRef = { kind: 'phrase', np };

    let first = u + 1;
    const line = units[first].text.trim().toLowerCase();
    if (units[first + 1] && (line === body.slice(np.start, np.end).toLowerCase() || np.tokens.some((t) => t.capitalized && t.text.toLowerCase() === line))) first++;
    if (OPENING_QUOTE.test(units[first].text.trim())) continue;
    let last = lastOfParagraph(ctx, first);
    // further paragraphs in the first person, up to one that introduces something else
    while (last + 1 < units.length && !body.slice(units[last].start, units[last].end).trimEnd().endsWith(':')) {
      const next = lastOfParagraph(ctx, last + 1);
      if (OPENING_QUOTE.test(units[last + 1].text.trim()) || !inFirstPerson(ctx, last + 1, next)) break;
      last = next;
    }
    const range = trimRange(body, units[first].start, units[last].end);
    if (body.slice(range.start, range.end).split(/\s+/).length < 5) continue;
    ctx.consumed.add(cueIdx);
    out.push({
      parts: [range],
      type: 'direct',
      cue: tokens[cueIdx].text,
      cueStart: tokens[cueIdx].start,
      cueEnd: tokens[cueIdx].end,
      unit: u,
      speaker,
      via: null,
      attribution: [{ start: unit.start, end: unit.end }],
      confidence: 0.7,
    });
    u = last;
  }
  return out;
}

/** The last unit of the paragraph that unit `u` belongs to. */
function lastOfParagraph(ctx: ArticleContext, u: number): number {
  let last = u;
  while (last + 1 < ctx.units.length && ctx.units[last + 1].paragraph === ctx.units[u].paragraph) last++;
  return last;
}

function inFirstPerson(ctx: ArticleContext, fromUnit: number, toUnit: number): boolean {
  const from = ctx.unitTokens[fromUnit].from;
  const to = ctx.unitTokens[toUnit].to;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (t.isWord && FIRST_PERSON_LEMMAS.has(ctx.morph.lemma(t.lower)) && !ctx.inQuote(t)) return true;
  }
  return false;
}
