// The statement extractor: one synchronous `extract()` shared by the queue workers, the CLI and the
// tests. Morphology is loaded once by createExtractor(); per-article work is bounded. An exception
// is a bug and reaches the caller, which says so (the article fails with the reason, the CLI exits 1).
import { cueReading, matchIdiom, type CueReading } from './cues/cue-lexicon';
import { findAccordingTo } from './constructions/according-to';
import { findBlockQuotes } from './constructions/block-quotes';
import { type ArticleContext, type Candidate, tokenAt, unitOfToken } from './constructions/context';
import { findCueClauses } from './constructions/cue-clauses';
import { continuationQuotes, findDirectQuotes } from './constructions/direct-quotes';
import { statementConfidence } from './confidence';
import { DateResolver, type StatementDate } from './dates/date-resolver';
import { prepareArticle } from './document/prepare-article';
import { splitSentences } from './document/sentences';
import { loadMorphology, type Morphology } from './morphology';
import { type NounPhrase, PhraseFinder } from './speakers/noun-phrase';
import { PeopleIndex } from './speakers/people';
import { type Resolved, SpeakerResolver } from './speakers/speaker-resolver';
import { enclosingQuote, findQuoteSpans } from './text/quote-spans';
import { tokenize, type Token } from './text/tokens';
import { buildUnits } from './text/units';
import type { ArticleInput, ExtractedStatement, ExtractionResult, PreparedArticle, SpeakerDirectory } from './types';

export interface Extractor {
  extract(input: ArticleInput): ExtractionResult;
  /** The statements of an article already prepared (cleaned) once, as the service stores it: no second cleaning. */
  extractPrepared(article: PreparedArticle): ExtractionResult;
}

export interface ExtractorOptions {
  directory?: SpeakerDirectory;
}

/** Bodies beyond this many characters are cut: news articles are far shorter, and time must stay bounded. */
export const MAX_BODY_CHARS = 100_000;
const MAX_INPUT_CHARS = 2_000_000;
const MAX_STATEMENTS = 500;

export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const morph = await loadMorphology();
  return {
    extract: (input) => extractFromPrepared(morph, options, prepareArticle(boundInput(input))),
    extractPrepared: (article) => extractFromPrepared(morph, options, article),
  };
}

function extractFromPrepared(morph: Morphology, options: ExtractorOptions, article: PreparedArticle): ExtractionResult {
  if (article.language !== 'ru' && article.language !== 'und' && article.language !== 'uk') return { article, statements: [] };
  // Statements are sought in the first MAX_BODY_CHARS only; the body is returned whole, and offsets
  // into the prefix are offsets into it.
  const searched = article.body.length > MAX_BODY_CHARS ? { ...article, body: article.body.slice(0, MAX_BODY_CHARS) } : article;
  return { article, statements: extractStatements(morph, options, searched) };
}

function boundInput(input: ArticleInput): ArticleInput {
  const safe: ArticleInput = { ...(input ?? {}) };
  if (typeof safe.text === 'string' && safe.text.length > MAX_INPUT_CHARS) safe.text = safe.text.slice(0, MAX_INPUT_CHARS);
  if (typeof safe.html === 'string' && safe.html.length > MAX_INPUT_CHARS) safe.html = safe.html.slice(0, MAX_INPUT_CHARS);
  if (safe.text != null && typeof safe.text !== 'string') safe.text = String(safe.text);
  return safe;
}

function extractStatements(morph: Morphology, options: ExtractorOptions, article: PreparedArticle): ExtractedStatement[] {
  const body = article.body;
  if (!body.trim()) return [];
  const tokens = tokenize(body);
  const quotes = findQuoteSpans(body);
  const topQuotes = quotes.filter((q) => q.depth === 0);
  const units = buildUnits(body, splitSentences(body), quotes);
  const unitTokens = tokenRanges(tokens, units);
  const people = new PeopleIndex(morph);
  people.build(tokens);
  const finder = new PhraseFinder(morph, people);
  const cueCache: (CueReading | null | undefined)[] = new Array(tokens.length);
  const quoted = quotedTokens(tokens, topQuotes);
  const words = tokens.map((t) => t.lower);
  const ctx: ArticleContext = {
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
      const t = tokens[i];
      // speech verbs are lower case except at the start of a sentence or a quoted turn
      const prev = tokens[i - 1];
      const capitalOk = !t?.capitalized || !prev || /^[.!?…«"—–:-]$/.test(prev.text);
      let r = t && t.isWord && capitalOk && t.text.length > 2 && !/[\dA-Za-z]/.test(t.text) ? cueReading(morph, t.lower) : null;
      if (r && r.idioms.length) {
        // a verb that reports speech only in an idiom (`обрушился с критикой`, `пришел к выводу`)
        const idiom = matchIdiom(morph, r, words, i);
        if (idiom) r = { ...r, government: idiom.government, idiomLength: idiom.length };
        else if (r.idiomOnly) r = null;
      }
      if (i >= 0 && i < tokens.length) cueCache[i] = r;
      return r;
    },
    inQuote: (t: Token) => (tokens[t.index] === t ? quoted[t.index] === 1 : enclosingQuote(topQuotes, t.start) !== null),
    quoteOf: (offset) => topQuotes.find((q) => q.open === offset) ?? null,
  };

  const direct = findDirectQuotes(ctx);
  const blocks = findBlockQuotes(ctx);
  const accordingTo = findAccordingTo(ctx);
  const clauses = findCueClauses(ctx, accordingTo);
  const candidates = [...direct, ...blocks, ...accordingTo, ...clauses];
  candidates.push(...continuationQuotes(ctx, candidates));
  absorbChannels(candidates);
  dropDuplicates(candidates);
  const live = candidates.filter((c) => !c.dropped).sort((a, b) => a.cueStart - b.cueStart).slice(0, MAX_STATEMENTS);

  const byUnit = new Map<number, Candidate[]>();
  for (const c of live) {
    const list = byUnit.get(c.unit);
    if (list) list.push(c);
    else byUnit.set(c.unit, [c]);
  }
  const dates = new DateResolver(article.publishedAt);
  const resolver = new SpeakerResolver(morph, people, finder, options.directory, article.publishedAt);
  const resolved = new Map<Candidate, Resolved>();
  const out: ExtractedStatement[] = [];
  let previous: { statement: ExtractedStatement; unit: number; paragraph: number } | null = null;
  for (const c of live) {
    const g = ctx.cueAt(tokenAt(ctx, c.cueStart))?.gender;
    const cueGender = c.cueGender ?? (g === 'masc' || g === 'femn' ? g : null);
    const speaker = resolveSpeaker(resolver, resolved, c, cueGender);
    if (!speaker || !speaker.name) continue;
    resolved.set(c, speaker);
    const at = c.speaker.kind === 'phrase' ? c.speaker.np.start : c.cueStart;
    resolver.remember(speaker, c.unit, at);
    const quote = c.parts.map((p) => body.slice(p.start, p.end)).join(' ').replace(/\s+/g, ' ').trim();
    if (!quote) continue;
    const paragraph = units[c.unit]?.paragraph ?? 0;
    let date: StatementDate | null = null;
    for (const r of subtractContents(c.attribution, nearby(byUnit, c.unit))) {
      date = dates.fromText(body.slice(r.start, r.end));
      if (date) break;
    }
    if (!date && c.datedByContent) date = dates.fromText(body.slice(c.parts[0].start, c.parts[0].end));
    date ??= followingReportDate(ctx, dates, c, byUnit);
    // the time of the report carries over within its paragraph: a date stated in an earlier sentence
    // (`Накануне губернатор провел совещание. … он написал`), or the previous statement's own date
    if (!date && previous && previous.statement.speaker.name === speaker.name && paragraph - previous.paragraph <= 1 && c.unit - previous.unit <= 2 && previous.statement.dateSource !== 'publication' && previous.statement.dateSource !== 'none') {
      date = { date: previous.statement.date, precision: previous.statement.datePrecision, source: 'context' };
    }
    // without a publication date a neighbouring sentence's year is too often another event's: no carry
    if (!date && article.publishedAt) date = paragraphDate(ctx, dates, c, byUnit, 6);
    // `Тогда же Клинсман заявил …`: the time of the sentence before, also where the header gives no date
    if (!date && c.attribution.some((r) => ANAPHORIC_TIME_RE.test(body.slice(r.start, r.end)))) date = paragraphDate(ctx, dates, c, byUnit, 2, true);
    date ??= dates.publication();
    const np = phraseOf(c);
    const statement: ExtractedStatement = {
      quote,
      start: c.parts[0].start,
      end: c.parts[c.parts.length - 1].end,
      type: c.type,
      cue: c.cue,
      speaker: {
        name: speaker.name,
        type: speaker.type,
        aliases: speaker.aliases,
        mention: np ? body.slice(np.start, np.end) : c.speaker.kind === 'possessive' ? c.speaker.word.text : '',
        mentionStart: np ? np.start : c.cueStart,
        mentionEnd: np ? np.end : c.cueEnd,
        resolvedBy: speaker.resolvedBy,
        ...(speaker.registryId ? { registryId: speaker.registryId } : {}),
      },
      via: c.via,
      date: date.date,
      datePrecision: date.precision,
      dateSource: date.source,
      confidence: statementConfidence(c.confidence, speaker.resolvedBy, quote.length),
    };
    // co-speakers first, in the order the text names them
    for (const co of c.coSpeakers ?? []) {
      const other = resolver.resolve(co, c.unit, cueGender);
      if (!other || !other.name || other.name === speaker.name) continue;
      out.push({ ...statement, speaker: { ...statement.speaker, name: other.name, type: other.type, aliases: other.aliases, mention: body.slice(co.start, co.end), mentionStart: co.start, mentionEnd: co.end, resolvedBy: other.resolvedBy, registryId: other.registryId } });
    }
    out.push(statement);
    previous = { statement, unit: c.unit, paragraph };
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolveSpeaker(resolver: SpeakerResolver, resolved: Map<Candidate, Resolved>, c: Candidate, cueGender: 'masc' | 'femn' | null): Resolved | null {
  switch (c.speaker.kind) {
    case 'phrase':
      return resolver.resolve(c.speaker.np, c.unit, cueGender);
    case 'possessive':
      return resolver.resolvePossessive(c.speaker.word.text, c.speaker.word.start, c.unit);
    case 'inherit':
      return resolved.get(c.speaker.from) ?? null;
    case 'last-organization':
      return resolver.lastOrganization(c.unit);
  }
}

/** `Как сообщила пресс-служба, X указал, что …`: the outer clause is a channel of the inner statement. */
function absorbChannels(candidates: Candidate[]): void {
  for (const outer of candidates) {
    if (outer.type !== 'according_to' || outer.speaker.kind !== 'phrase') continue;
    const range = outer.parts[0];
    const inner = candidates.find((c) => c !== outer && !c.dropped && c.cueStart >= range.start && c.cueEnd <= range.end && c.unit === outer.unit);
    if (!inner) continue;
    outer.dropped = true;
    inner.via ??= outer.speaker.np ? sliceText(outer) : null;
  }
}

function sliceText(c: Candidate): string | null {
  return c.speaker.kind === 'phrase' ? c.speaker.np.tokens.map((t) => t.text).join(' ').replace(/ ([,.»])/g, '$1').replace(/« /g, '«') : null;
}

/** Two constructions that found the same content keep the more specific one (direct over indirect). */
function dropDuplicates(candidates: Candidate[]): void {
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

/** The next sentence speaks of the report itself: `Об этом он написал во вторник`, `Это заявление она сделала …`. */
const REPORT_REFERENCE_RE = /(^|[^\p{L}])(об этом|обо всем этом|это заявление|эти слова|это сообщение|такое заявление|такие слова|эти данные)([^\p{L}]|$)/iu;

/** The time stated in the following sentence of the same paragraph when that sentence refers to this report. */
function followingReportDate(ctx: ArticleContext, dates: DateResolver, c: Candidate, byUnit: Map<number, Candidate[]>): StatementDate | null {
  const next = ctx.units[c.unit + 1];
  if (!next || next.paragraph !== ctx.units[c.unit].paragraph) return null;
  // only when the statement's content ends in its own sentence: a content running on is its own report
  if (c.parts[c.parts.length - 1].end > next.start) return null;
  const outside = subtractContents([{ start: next.start, end: next.end }], nearby(byUnit, c.unit + 1).filter((o) => o.unit !== c.unit + 1 || o.type !== 'indirect' || o.parts[0].start >= next.start));
  for (const r of outside) {
    const text = ctx.body.slice(r.start, r.end);
    if (!REPORT_REFERENCE_RE.test(ctx.body.slice(next.start, next.end))) return null;
    const d = dates.fromText(text);
    if (d && d.precision !== 'year') return { ...d, source: 'context' };
  }
  return null;
}

/** The latest date stated outside any quote in an earlier sentence of the candidate's paragraph. */
const ANAPHORIC_TIME_RE = /(^|[^\p{L}])(тогда же|тогда|в тот же день|в тот день|в то же время|в то время|в этот же день|в этот день)([^\p{L}]|$)/iu;

function paragraphDate(ctx: ArticleContext, dates: DateResolver, c: Candidate, byUnit: Map<number, Candidate[]>, back: number, previousParagraph = false): StatementDate | null {
  const paragraph = ctx.units[c.unit]?.paragraph;
  // a few sentences back at most: the time of a report does not carry through a long paragraph
  for (let u = c.unit - 1; u >= 0 && u >= c.unit - back && paragraph - ctx.units[u].paragraph <= (previousParagraph ? 1 : 0); u--) {
    const unit = ctx.units[u];
    for (const r of subtractContents([{ start: unit.start, end: unit.end }], nearby(byUnit, u)).reverse()) {
      const d = dates.fromText(ctx.body.slice(r.start, r.end));
      // a vague `позже`, `ранее` in another sentence says nothing about this statement
      if (d && d.precision !== 'year') return { ...d, source: 'context' };
    }
  }
  return null;
}

/** The phrase that names a candidate's speaker, following inherited speakers back to their phrase. */
function phraseOf(c: Candidate): NounPhrase | null {
  for (let k = 0, cur: Candidate = c; k < 10; k++) {
    if (cur.speaker.kind === 'phrase') return cur.speaker.np;
    if (cur.speaker.kind !== 'inherit') return null;
    cur = cur.speaker.from;
  }
  return null;
}

/** Candidates whose content may overlap unit `u` (a content may run from the previous unit). */
function nearby(byUnit: Map<number, Candidate[]>, u: number): Candidate[] {
  return [...(byUnit.get(u - 1) ?? []), ...(byUnit.get(u) ?? []), ...(byUnit.get(u + 1) ?? [])];
}

/** Attribution ranges without the content of any statement: a time inside a quote dates its content. */
function subtractContents(ranges: { start: number; end: number }[], candidates: Candidate[]): { start: number; end: number }[] {
  let out = ranges.slice();
  for (const c of candidates) {
    for (const p of c.parts) {
      const next: { start: number; end: number }[] = [];
      for (const r of out) {
        if (p.end <= r.start || p.start >= r.end) next.push(r);
        else {
          if (p.start > r.start) next.push({ start: r.start, end: p.start });
          if (p.end < r.end) next.push({ start: p.end, end: r.end });
        }
      }
      out = next;
    }
  }
  return out;
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

export { unitOfToken };
