// Everything the construction rules share about one article, built once: tokens, quotations, sentence
// units, the phrase finder, and the cue reading of each token (idioms matched in place).
import { cueReading, matchIdiom, type CueReading } from '../cues/cue-lexicon';
import { splitSentences } from '../document/sentences';
import type { Morphology } from '../morphology';
import { PhraseFinder } from '../speakers/noun-phrase';
import type { PeopleIndex } from '../speakers/people';
import { enclosingQuote, findQuoteSpans } from '../text/quote-spans';
import { tokenize, type Token } from '../text/tokens';
import { buildUnits } from '../text/units';
import type { ArticleContext } from './context';

export function buildArticleContext(morph: Morphology, body: string, tokens: Token[], people: PeopleIndex): ArticleContext {
  const quotes = findQuoteSpans(body);
  const topQuotes = quotes.filter((q) => q.depth === 0);
  const units = buildUnits(body, splitSentences(body), quotes);
  const unitTokens = tokenRanges(tokens, units);
  const finder = new PhraseFinder(morph, people);
  const cueCache: (CueReading | null | undefined)[] = new Array(tokens.length);
  const quoted = quotedTokens(tokens, topQuotes);
  const words = tokens.map((t) => t.lower);
  return {
    body,
    tokens,
    quotes,
    topQuotes,
    units,
    unitTokens,
    morph,
    finder,
    consumed: new Set(),
    cueAt: (i) => {
      const cached = cueCache[i];
      if (cached !== undefined) return cached;
      const r = cueAt(morph, tokens, words, i);
      if (i >= 0 && i < tokens.length) cueCache[i] = r;
      return r;
    },
    inQuote: (t: Token) => (tokens[t.index] === t ? quoted[t.index] === 1 : enclosingQuote(topQuotes, t.start) !== null),
    quoteOf: (offset) => topQuotes.find((q) => q.open === offset) ?? null,
  };
}

/** The cue reading of token `i`: a speech verb in lower case (or opening a sentence or a quoted turn). */
function cueAt(morph: Morphology, tokens: Token[], words: string[], i: number): CueReading | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const capitalOk = !t?.capitalized || !prev || /^[.!?…«"—–:-]$/.test(prev.text);
  let r = t && t.isWord && capitalOk && t.text.length > 2 && !/[\dA-Za-z]/.test(t.text) ? cueReading(morph, t.lower) : null;
  if (r && r.idioms.length) {
    // a verb that reports speech only in an idiom (`обрушился с критикой`, `пришел к выводу`)
    const idiom = matchIdiom(morph, r, words, i);
    if (idiom) r = { ...r, government: idiom.government, idiomLength: idiom.length, afterQuoteOnly: false };
    else if (r.idiomOnly) r = null;
  }
  return r;
}

/** 1 for tokens inside an outermost quotation (marks excluded), in one sweep over tokens and quotes. */
function quotedTokens(tokens: Token[], top: { open: number; close: number }[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i].start;
    while (q < top.length && top[q].close < at) q++;
    if (q < top.length && top[q].open < at && at < top[q].close) out[i] = 1;
  }
  return out;
}

function tokenRanges(tokens: Token[], units: { start: number; end: number }[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let k = 0;
  for (const u of units) {
    while (k < tokens.length && tokens[k].start < u.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k].end <= u.end) k++;
    out.push({ from, to: k });
  }
  return out;
}
