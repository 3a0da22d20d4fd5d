// The statement extractor: one synchronous `extract()` shared by the queue workers, the CLI and the
// tests. Morphology is loaded once by createExtractor(); per-article work is bounded. An exception
// is a bug and reaches the caller, which says so (the article fails with the reason, the CLI exits 1).
import { findAccordingTo } from './constructions/according-to';
import { buildArticleContext } from './constructions/article-context';
import { findBlockQuotes } from './constructions/block-quotes';
import { absorbChannels, dropDuplicates, dropEmptyContent } from './constructions/candidate-filters';
import { type ArticleContext, type Candidate, tokenAt, unitOfToken } from './constructions/context';
import { findCueClauses } from './constructions/cue-clauses';
import { continuationQuotes, findDirectQuotes } from './constructions/direct-quotes';
import { firstParagraphIsHeadline } from './constructions/headline';
import { statementConfidence } from './confidence';
import { DateResolver } from './dates/date-resolver';
import { type PreviousStatement, statementDate } from './dates/statement-date';
import { prepareArticle } from './document/prepare-article';
import { loadMorphology, type Morphology } from './morphology';
import { addresseeOutlet } from './speakers/addressee-channel';
import type { NounPhrase } from './speakers/phrase-expansion';
import { PeopleIndex } from './speakers/people';
import { type Resolved, SpeakerResolver } from './speakers/speaker-resolver';
import { fold, type Token, tokenize } from './text/tokens';
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
  const people = new PeopleIndex(morph);
  people.build(tokens);
  const ctx = buildArticleContext(morph, body, tokens, people);
  const { units, finder } = ctx;

  const direct = findDirectQuotes(ctx);
  const blocks = findBlockQuotes(ctx);
  const accordingTo = findAccordingTo(ctx);
  const clauses = findCueClauses(ctx, accordingTo);
  const candidates = [...direct, ...blocks, ...accordingTo, ...clauses];
  candidates.push(...continuationQuotes(ctx, candidates));
  absorbChannels(candidates);
  dropDuplicates(candidates, body);
  dropEmptyContent(candidates, body);
  if (firstParagraphIsHeadline(ctx, article.title !== null)) for (const c of candidates) if (units[c.unit]?.paragraph === units[0].paragraph) c.dropped = true;
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
  let previous: PreviousStatement | null = null;
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
    const date = statementDate({ ctx, dates, byUnit, published: article.publishedAt !== null }, c, speaker.name, previous);
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
      via: c.via ?? addresseeVia(ctx, c, np, speaker.name),
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








/** `рассказал ТАСС, что …`: the outlet addressed right after a verb cue relays the statement. */
function addresseeVia(ctx: ArticleContext, c: Candidate, np: NounPhrase | null, speaker: string): string | null {
  if (c.type === 'according_to') return null;
  const from = tokenAt(ctx, c.cueEnd);
  const contentAfter = c.parts[0].start >= c.cueEnd;
  const to = contentAfter ? tokenAt(ctx, c.parts[0].start) : ctx.unitTokens[c.unit]?.to ?? from;
  const inSpeaker = (t: Token) => (!!np && t.start >= np.start && t.end <= np.end) || (c.coSpeakers ?? []).some((co) => t.start >= co.start && t.end <= co.end);
  const outlet = addresseeOutlet(ctx.morph, ctx.tokens, from, to, inSpeaker);
  // `сообщает «Ъ»`: the outlet that speaks is not its own channel
  return outlet && fold(outlet) !== fold(speaker) ? outlet : null;
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





export { unitOfToken };
