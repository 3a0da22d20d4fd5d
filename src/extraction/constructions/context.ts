// Everything the construction matchers share about one article: tokens, quotes, sentence units, the
// people index and the phrase finder. Built once per article by the extractor.
import type { Morphology } from '../morphology';
import type { PhraseFinder } from '../speakers/noun-phrase';
import type { NounPhrase } from '../speakers/phrase-expansion';
import type { QuoteSpan } from '../text/quote-spans';
import type { Token } from '../text/tokens';
import type { Unit } from '../text/units';
import type { StatementType } from '../types';
import type { CueReading } from '../cues/cue-lexicon';

/** How a candidate's speaker is found once all candidates are known, in document order. */
export type SpeakerRef =
  /** `via`: who relays the phrase's words (`X со ссылкой на Y`: Y speaks, X relays). */
  | { kind: 'phrase'; np: NounPhrase; via?: string }
  | { kind: 'possessive'; word: Token }
  | { kind: 'inherit'; from: Candidate }
  | { kind: 'last-organization'; at: Token };

export interface Candidate {
  /** Content pieces (a broken direct quote has two), offsets into the body. */
  parts: { start: number; end: number }[];
  type: StatementType;
  cue: string;
  cueStart: number;
  cueEnd: number;
  unit: number;
  speaker: SpeakerRef;
  via: string | null;
  /** Body ranges that may carry the statement's time (the attribution, not the quote). */
  attribution: { start: number; end: number }[];
  confidence: number;
  /** Further speakers of a shared cue (`Израиль и США заявляют`): one statement each. */
  coSpeakers?: NounPhrase[];
  /** `Об этом сообщил X`: a time stated in the reported sentence dates the statement. */
  datedByContent?: boolean;
  /** Gender carried by the cue verb (`рассказала`), to choose between namesakes. */
  cueGender?: 'masc' | 'femn' | null;
  /** `Как передает X, она заявила …`: a channel whose content is someone else's report; never a statement itself. */
  channelOnly?: boolean;
  /** Set when a later rule absorbed this candidate (e.g. a `Как сообщила пресс-служба` channel). */
  dropped?: boolean;
}

export interface ArticleContext {
  body: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  topQuotes: QuoteSpan[];
  units: Unit[];
  /** For each unit, the index range [from, to) in `tokens`. */
  unitTokens: { from: number; to: number }[];
  morph: Morphology;
  finder: PhraseFinder;
  cueAt: (i: number) => CueReading | null;
  /** Cue tokens already used by a construction. */
  consumed: Set<number>;
  inQuote: (t: Token) => boolean;
  quoteOf: (offset: number) => QuoteSpan | null;
}

export function unitOfToken(ctx: ArticleContext, i: number): number {
  let lo = 0, hi = ctx.unitTokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ctx.unitTokens[mid];
    if (i < r.from) hi = mid - 1;
    else if (i >= r.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(ctx: ArticleContext, offset: number): number {
  let lo = 0, hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Trims spaces and final punctuation from a content range. */
export function trimRange(body: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:—–-]/.test(body[start])) start++;
  while (end > start && /[\s.,;:!?…—–-]/.test(body[end - 1])) end--;
  // an unbalanced closing quote at the end belongs to the content only when it was opened inside it
  return { start, end };
}

export function hasInnerQuote(ctx: ArticleContext, start: number, end: number): boolean {
  for (const q of ctx.quotes) {
    if (q.open >= end) break;
    if (q.open >= start && q.close < end + 1) {
      const inner = ctx.body.slice(q.open + 1, q.close);
      if (/\s/.test(inner) || inner.length > 12 || /^\p{Ll}/u.test(inner)) return true;
    }
  }
  return false;
}

/**
 * `цитирует РБК Карасина`, `цитирует Николая Азарова NEWSru.com`: the person (or role) in the phrase is
 * the speaker and the outlet around it only relays. Null when the phrase names no person.
 */
export function splitCited(ctx: ArticleContext, np: NounPhrase): { person: NounPhrase; via: string | null } | null {
  const toks = np.tokens;
  const isPerson = (t: Token) => {
    const kind = t.isWord ? ctx.finder.classify(t, false) : null;
    // (never a Latin or dotted name: `Reuters`, `Лента.ру` are outlets)
    return (kind === 'name' || kind === 'role' || kind === 'anonymous') && !t.acronym && !/^[A-Za-z]/.test(t.text) && !t.text.includes('.');
  };
  const first = toks.findIndex(isPerson);
  if (first < 0) return null;
  // with its adjectives (`японского чиновника`)
  let a = first;
  while (a > 0 && toks[a - 1].isWord && !toks[a - 1].capitalized && ctx.morph.analyze(toks[a - 1].lower).some((r) => r.pos === 'ADJF')) a--;
  let b = first;
  while (b + 1 < toks.length && (isPerson(toks[b + 1]) || (toks[b + 1].isWord && !toks[b + 1].capitalized))) b++;
  const person = toks.slice(a, b + 1);
  // what is left is the outlet, without the words for the statement itself (`цитирует ТАСС заявление министра`)
  const rest = [...toks.slice(0, a), ...toks.slice(b + 1)].filter((t) => t.isWord && !ctx.finder.isDocumentNoun(t) && ctx.morph.lemma(t.lower) !== 'слово');
  const head = person.find((t) => ctx.finder.classify(t, false) === 'name') ?? toks[first];
  return {
    person: { tokens: person, head, kind: ctx.finder.classify(head, false) ?? 'name', start: person[0].start, end: person[person.length - 1].end, locative: false },
    via: rest.length ? rest.map((t) => t.text).join(' ') : null,
  };
}

/**
 * `пишет «Коммерсант»`: a short quoted name in the nominative right after token `i`, as an
 * organisation's phrase; null otherwise (`заявил «Коммерсанту»` names the recipient).
 */
export function quotedNameAfter(ctx: ArticleContext, i: number, to: number): NounPhrase | null {
  const t = ctx.tokens;
  const open = t[i + 1];
  const q = open?.text === '«' || open?.text === '"' ? ctx.quoteOf(open.start) : null;
  if (!q) return null;
  const inner: Token[] = [];
  for (let k = i + 2; k < to && t[k].start < q.close; k++) inner.push(t[k]);
  const words = inner.filter((w) => w.isWord);
  if (!words.length || words.length > 4 || !words[0].capitalized) return null;
  const readings = ctx.morph.analyze(words[0].lower);
  if (readings.some((r) => r.known) && !readings.some((r) => r.grammemes.has('nomn'))) return null;
  return { tokens: inner, head: words[0], kind: 'organization', start: inner[0].start, end: inner[inner.length - 1].end, locative: false };
}
