// Statements built around a speech verb: `X заявил, что …` (indirect, or mixed with quoted fragments),
// `…, заявил X.` (content before the cue), `Как сообщил X, …`, `Об этом сообщил X` (content = the
// previous sentence), verbal acts with an object (`X призвал стороны …`, `X выразил уверенность, что …`),
// coordinated cues (`… и добавил, что …`) and gerunds (`…, подчеркнув, что …`).
import { EXPRESSED_NOUNS, governsPreposition, takesObject, type CueReading } from '../cues/cue-lexicon';
import type { ArticleContext, Candidate, SpeakerRef } from './context';
import type { NounPhrase } from '../speakers/noun-phrase';
import { hasInnerQuote, quotedNameAfter, splitCited, tokenAt, trimRange } from './context';
import { findClauseEnd } from './clause-end';
import { candidate, indexAfter } from './cue-rules/candidate';
import { documentSource } from './cue-rules/document-source';
import { participleClause } from './cue-rules/participle-clause';
import { frontedTopic } from './cue-rules/fronted-topic';
import { subjectAfterCue } from './cue-rules/material-after-cue';

const SKIPPABLE = new Set(['также', 'еще', 'ещё', 'уже', 'затем', 'тогда', 'вновь', 'снова', 'неоднократно', 'ранее', 'позже', 'потом', 'тоже', 'прямо', 'открыто', 'публично', 'лишь', 'же']);
const LEADING_PREPOSITIONS = /^(о|об|обо|на|за|в|во|с|со|по|при|против|от)\s+/i;

export function findCueClauses(ctx: ArticleContext, accordingTo: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.tokens;
  for (let u = 0; u < ctx.units.length; u++) {
    const { from, to } = ctx.unitTokens[u];
    const inUnit: Candidate[] = [];
    for (let i = from; i < to; i++) {
      if (ctx.consumed.has(i) || ctx.inQuote(t[i])) continue;
      const cue = ctx.cueAt(i);
      if (!cue || cue.infinitive || cue.afterQuoteOnly) continue;
      const prev = t[i - 1];
      if (prev && prev.lower === 'не' && cue.lemma !== 'исключить' && cue.lemma !== 'исключать') continue;
      if (accordingTo.some((a) => a.cueStart <= t[i].start && t[i].end <= a.cueEnd)) continue;
      // a cue inside content already reported belongs to that content (`заявил, что X предлагал …`)
      if (inUnit.some((c) => c.type !== 'according_to' && c.parts.some((p) => p.start <= t[i].start && t[i].end <= p.end))) continue;
      const c = cue.kind === 'participle' ? participleClause(ctx, i, cue, u, from, to) : matchCue(ctx, i, cue, u, from, to, inUnit);
      if (c) {
        ctx.consumed.add(i);
        inUnit.push(c);
        out.push(c);
      }
    }
  }
  return out;
}

function matchCue(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number, inUnit: Candidate[]): Candidate | null {
  const t = ctx.tokens;
  const body = ctx.body;
  // skip adverbs standing between the cue and what precedes it
  let p = i - 1;
  while (p >= from && SKIPPABLE.has(t[p].lower)) p--;
  const before = p >= from ? t[p] : null;

  const fronted = frontedTopic(ctx, i, cue, u, from, to, inUnit.length);
  if (fronted !== undefined) return fronted;

  // `Об этом сообщил X`, `сообщил об этом X`
  // also `Об этом Иванов заявил …`, `Об этом в интервью телеканалу заявил …` at the start of the sentence
  // (only for the sentence's first cue: `Об этом рассказал X, уточнив, что …` has a clause of its own after)
  const startsAboutThis = t[from]?.lower === 'об' && t[from + 1]?.lower === 'этом' && i - from < 14 && inUnit.length === 0;
  const aboutThis = (before && before.lower === 'этом' && t[p - 1]?.lower === 'об') || (t[i + 1]?.lower === 'об' && t[i + 2]?.lower === 'этом') || startsAboutThis;
  if (aboutThis) return aboutThisStatement(ctx, i, cue, u, from, to);

  // `Как сообщил X, …` — an according-to clause, unless the rest has a speaker of its own (then a channel)
  if (before && before.lower === 'как' && cue.kind === 'verb') return asClause(ctx, i, u, from, to, p);

  // coordinated with a previous cue of the same unit: the same speaker
  let speaker: SpeakerRef | null = null;
  const coordinated = before && (before.lower === 'и' || before.lower === 'а' || before.lower === 'но' || (before.text === ',' && cue.kind === 'gerund'));
  const prevCand = inUnit[inUnit.length - 1];
  let inheritedCo: NounPhrase[] = [];
  if (coordinated && prevCand) {
    speaker = { kind: 'inherit', from: prevCand };
    inheritedCo = prevCand.coSpeakers ?? [];
  }

  // `…, заявил X.` — the content stands before the cue
  if (!speaker && before && (before.text === ',' || before.text === '—' || before.text === '–') && cue.kind === 'verb' && p > from) {
    const c = postposed(ctx, i, cue, u, from, to, p);
    if (c) return c;
  }

  // find `что` or a colon after the cue (allowing an inverted subject and circumstances between)
  let k = i + 1;
  let thatAt = -1;
  for (; k < to && k < i + 16; k++) {
    const w = t[k];
    // a quoted name of an outlet (`заявил «Ъ», что …`) is skipped; a quotation ends the search
    if (ctx.inQuote(w)) {
      const q = ctx.quotes.find((x) => x.depth === 0 && x.open < w.start && w.start < x.close);
      if (q && q.close - q.open < 40 && !/\s\S+\s/.test(ctx.body.slice(q.open, q.close))) continue;
      break;
    }
    // `призвал инвесторов вкладывать …, чтобы …`: after an infinitive, `чтобы` states a purpose
    if (w.lower === 'чтобы' && infinitiveBetween(ctx, i + 1, k)) break;
    if (w.lower === 'что' || w.lower === 'чтобы') { thatAt = k; break; }
    if (w.text === ':' ) { thatAt = k; break; }
    if (/^[.!?…;]$/.test(w.text)) break;
    if (ctx.cueAt(k) && k > i + 1) break;
  }
  if (thatAt > 0 && t[thatAt].lower === 'чтобы' && !cue.government.has('чтобы')) thatAt = -1;
  if (!speaker && cue.impersonal) {
    speaker = documentSource(ctx, i, from, thatAt > 0 ? thatAt : to);
    if (!speaker) return null;
  }
  if (!speaker) speaker = subject(ctx, i, cue, from, thatAt > 0 ? thatAt : Math.min(to, i + 12), inUnit, before?.text === ',' || before?.text === '—', thatAt > 0);
  if (!speaker) return null;
  const co = speaker.kind === 'phrase' && (cue.plural || (cue.kind === 'gerund' && pluralPredicate(ctx, speaker.np.end, i))) && speaker.np.start < t[i].start ? coordinatedPhrases(ctx, speaker.np, from) : inheritedCo;

  // `опроверг сообщения о том, что …`: the object noun with its clause is the content
  // `обвинил Москву в том, что …`, `связывает рост цен с тем, что …`: the object with its clause
  if (thatAt > 0 && objectWithClause(ctx, cue, i, thatAt)) {
    let s = i + 1;
    if (speaker.kind === 'phrase' && speaker.np.start > t[i].start) s = indexAfter(ctx, speaker.np.end);
    const end = findClauseEnd(ctx, thatAt + 1, to);
    const range = trimRange(body, t[s].start, t[end.endToken - 1]?.end ?? t[s].end);
    return withCo(candidate(ctx, range, i, u, speaker, end.via, from, 0.8), co);
  }
  if (thatAt > 0 && thatAt + 1 < to) {
    if (t[thatAt].text === ':' && t[thatAt + 1].text === '«') return null; // a direct quote, matched elsewhere
    const end = findClauseEnd(ctx, thatAt + 1, to);
    const range = trimRange(body, t[thatAt + 1].start, t[end.endToken - 1]?.end ?? t[thatAt + 1].end);
    if (range.end - range.start < 6) return null;
    return withCo(candidate(ctx, range, i, u, speaker, end.via, from, 0.85), co);
  }
  // verbal act with an object (not for gerunds: `Говоря о сроках, …` introduces the main clause)
  if (cue.kind === 'gerund' && before?.text !== ',' && !['назвать', 'называть', 'призвать', 'опровергнуть', 'подчеркнуть', 'выразить'].includes(cue.lemma)) return null;
  if (takesObject(cue)) {
    let s = i + 1 + cue.idiomLength;
    if (speaker.kind === 'phrase' && speaker.np.start > t[i].start) s = indexAfter(ctx, speaker.np.end);
    while (s < to && (SKIPPABLE.has(t[s].lower))) s++;
    if ((cue.lemma === 'выразить' || cue.lemma === 'выражать') && cue.idiomLength === 0) {
      if (s >= to || !EXPRESSED_NOUNS.has(ctx.morph.lemma(t[s].lower))) return null;
      s++;
      if (t[s]?.text === ',' && (t[s + 1]?.lower === 'что' || t[s + 1]?.lower === 'чтобы')) s += 2;
      else if (t[s]?.lower === 'в' && t[s + 1]?.lower === 'том' && t[s + 2]?.text === ',' && t[s + 3]?.lower === 'что') s += 4;
    }
    if (s >= to || !t[s].isWord && t[s].text !== '«') return null;
    const end = findClauseEnd(ctx, s, to);
    let range = trimRange(body, t[s].start, t[end.endToken - 1]?.end ?? t[s].end);
    const text = body.slice(range.start, range.end);
    const lead = LEADING_PREPOSITIONS.exec(text);
    // `сообщил о …`, `намекнул на …`, `высказался за …`: the topic after the preposition is the content;
    // a circumstance (`заявил на заседании …`) is not
    if (lead && !governsPreposition(cue, lead[1])) return null;
    if (lead && /^на$/i.test(lead[1]) && !cue.government.has('на+п') && !accusativeNext(ctx, tokenAt(ctx, range.start) + 1)) return null;
    if (!lead && !objectFits(ctx, cue, text)) return null;
    if (lead) range = { start: range.start + lead[0].length, end: range.end };
    const words = body.slice(range.start, range.end).split(/\s+/).filter(Boolean);
    if (words.length < 2 || /^(это|этом|том|то|так|этого|себя)$/i.test(words[0]) || (/^(все|всё|его|ее|её|их)$/i.test(words[0]) && words.length < 3)) return null;
    return withCo(candidate(ctx, range, i, u, speaker, end.via, from, 0.7), co);
  }
  return null;
}

/**
 * `<cue> <object> о том, что …` (the object's own complement, `опроверг сообщения о том, что`), or a
 * preposition the verb governs: `обвинил X в том, что`, `связывает X с тем, что`.
 */
function objectWithClause(ctx: ArticleContext, cue: CueReading, i: number, thatAt: number): boolean {
  const t = ctx.tokens;
  if (!takesObject(cue) || t[thatAt - 1]?.text !== ',' || thatAt - 3 <= i + 1 + cue.idiomLength) return false;
  const pronoun = t[thatAt - 2]?.lower ?? '';
  const preposition = t[thatAt - 3]?.lower ?? '';
  if (pronoun === 'том' && (preposition === 'о' || preposition === 'об')) return true;
  if (pronoun === 'том' && (preposition === 'в' || preposition === 'во')) return cue.government.has('в');
  if (pronoun === 'тем' && (preposition === 'с' || preposition === 'со')) return cue.government.has('с');
  return false;
}

function infinitiveBetween(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k].isWord && ctx.morph.analyze(ctx.tokens[k].lower)[0]?.pos === 'INFN') return true;
  return false;
}

/** `указал на опасность`, not `указал на заседании`: `на` governs the accusative of the object. */
function accusativeNext(ctx: ArticleContext, k: number): boolean {
  const w = ctx.tokens[k];
  return !!w && ctx.morph.analyze(w.lower).some((r) => r.grammemes.has('accs'));
}

/**
 * Content without a preposition fits the verb's government: an accusative object, an infinitive near
 * its start (`рекомендуют пить воду`), an object with `в …` (`обвинил соседей в срыве поставок`) or
 * with `как …` (`охарактеризовал решение как ошибку`).
 */
function objectFits(ctx: ArticleContext, cue: CueReading, text: string): boolean {
  const g = cue.government;
  if (g.has('obj')) return true;
  const words = text.split(/\s+/);
  if (g.has('inf') && words.slice(0, 3).some((w) => ctx.morph.analyze(w.toLowerCase().replace(/[^а-яё-]/g, ''))[0]?.pos === 'INFN')) return true;
  if (g.has('в') && words.slice(1, 6).some((w) => w === 'в' || w === 'во')) return true;
  if (g.has('как') && words.slice(1, 6).includes('как')) return true;
  return false;
}

/** A finite verb in the plural between the subject and a gerund (`Израиль и США отвергают …, заявляя`). */
function pluralPredicate(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = tokenAt(ctx, from); k < to; k++) {
    const rs = ctx.morph.analyze(ctx.tokens[k].lower);
    if (rs[0]?.pos === 'VERB') return rs[0].grammemes.has('plur');
  }
  return false;
}

function withCo(c: Candidate, co: NounPhrase[]): Candidate {
  if (co.length) c.coSpeakers = co;
  return c;
}

/** `Израиль и США`, `Официальный Киев, США и ЕС`: phrases joined to the subject by `и` or commas. */
function coordinatedPhrases(ctx: ArticleContext, np: NounPhrase, from: number): NounPhrase[] {
  const t = ctx.tokens;
  const out: NounPhrase[] = [];
  let k = tokenAt(ctx, np.start) - 1;
  while (k > from && out.length < 4 && (t[k].lower === 'и' || t[k].text === ',')) {
    const other = ctx.finder.findLeft(t, k, from, ctx.inQuote);
    if (!other || other.end !== t[k - 1].end || other.kind === 'pronoun') break;
    out.unshift(other);
    k = tokenAt(ctx, other.start) - 1;
  }
  return out;
}

/**
 * `X со ссылкой на Y заявляет …`, `сообщает X со ссылкой на Y`: Y is the source, X relays it. Looks for
 * the phrase between `from` and `to`; null when there is none or Y is not a speaker.
 */
function citedSource(ctx: ArticleContext, from: number, to: number): SpeakerRef | null {
  const t = ctx.tokens;
  for (let k = from; k + 3 < to; k++) {
    if (t[k].lower !== 'со' || t[k + 1].lower !== 'ссылкой' || t[k + 2].lower !== 'на') continue;
    const source = ctx.finder.findRight(t, k + 2, to, ctx.inQuote, true);
    if (!source || source.start !== t[k + 3].start) return null;
    const relay = ctx.finder.findLeft(t, k, from, ctx.inQuote);
    // up to `со`, so that a quoted name the phrase stops at stays whole (`газета «Северный вестник»`)
    return { kind: 'phrase', np: source, via: relay && relay.kind !== 'pronoun' ? ctx.body.slice(relay.start, t[k].start).trim() : undefined };
  }
  return null;
}

/** `withClause`: the cue introduces a `что` clause or a colon, not an object. */
function subject(ctx: ArticleContext, i: number, cue: CueReading, from: number, rightLimit: number, inUnit: Candidate[], preferRight: boolean, withClause: boolean): SpeakerRef | null {
  const t = ctx.tokens;
  if (preferRight && cue.kind === 'verb') {
    const right = ctx.finder.findRight(t, i, rightLimit, ctx.inQuote);
    if (right) return { kind: 'phrase', np: right };
  }
  // `В пресс-службе X сообщили`: with a plural verb an institution in the locative is the source
  if (cue.plural && cue.kind === 'verb') {
    const loc = ctx.finder.findLocative(t, from, i, ctx.inQuote);
    if (loc && loc.end <= t[i].start) {
      const between = t.slice(tokenAt(ctx, loc.end), i).filter((w) => w.isWord);
      if (!between.some((w) => { const k = ctx.finder.classify(w, false); return (k === 'anonymous' || k === 'role' || k === 'pronoun') && ctx.finder.nominative(w) && ctx.morph.analyze(w.lower).some((r) => r.grammemes.has('plur') && r.grammemes.has('nomn')); })) {
        return { kind: 'phrase', np: loc };
      }
    }
  }
  const cited = citedSource(ctx, from, i);
  if (cited) return cited;
  const left = ctx.finder.findLeft(t, i, from, ctx.inQuote);
  if (left && !(left.kind === 'pronoun' && cue.plural !== (left.head.lower === 'они'))) return { kind: 'phrase', np: left };
  if (cue.kind === 'gerund' && inUnit.length) return { kind: 'inherit', from: inUnit[inUnit.length - 1] };
  const right = ctx.finder.findRight(t, i, rightLimit, ctx.inQuote);
  if (right) return { kind: 'phrase', np: right };
  if (cue.plural || cue.gender === null) {
    const loc = ctx.finder.findLocative(t, from, rightLimit, ctx.inQuote);
    if (loc) return { kind: 'phrase', np: loc };
    // `В Британии отмечают, что …`: the country, right before a plural verb with a clause (with an
    // object, `в Израиле отмечают праздник` is a celebration)
    const place = cue.plural && withClause ? ctx.finder.findLocative(t, Math.max(from, i - 4), i, ctx.inQuote, true) : null;
    if (place && tokenAt(ctx, place.end) >= i - 2) return { kind: 'phrase', np: place };
    for (let k = i - 1; k >= from && k >= i - 3; k--) if (t[k].lower === 'там') return { kind: 'last-organization', at: t[k] };
  }
  if (left) return { kind: 'phrase', np: left };
  return null;
}

/** Verbs with which an outlet is the subject (`пишет «Коммерсант»`), not the addressee. */
const REPORTING_LEMMAS = new Set(['писать', 'написать', 'сообщать', 'сообщить', 'передавать', 'передать', 'информировать', 'утверждать']);

function postposed(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number, commaAt: number): Candidate | null {
  const t = ctx.tokens;
  // the content from the start of the unit to the comma; a quote there is a direct quote handled elsewhere
  let s = from;
  if (t[s].text === '—' || t[s].text === '–') s++;
  // (a quoted name opening the clause, `«СТС Медиа» приобрел …`, is not such a quote)
  const opening = t[s].text === '«' ? ctx.quoteOf(t[s].start) : null;
  if (opening && opening.close >= t[commaAt].start - 1) return null;
  // another cue before the comma means the clause belongs to it (`Он сказал, что …, подчеркнул …`)
  for (let k = s; k < commaAt; k++) {
    if (!ctx.cueAt(k) || ctx.inQuote(t[k]) || ctx.cueAt(k)!.kind !== 'verb') continue;
    for (let j = k + 1; j < commaAt + 1 && j < k + 6; j++) if (t[j].lower === 'что' || t[j].text === ':') return null;
  }
  const np = subjectAfterCue(ctx, i, to) ?? (REPORTING_LEMMAS.has(cue.lemma) ? quotedNameAfter(ctx, i, to) : null);
  let speaker: SpeakerRef | null = np ? { kind: 'phrase', np } : null;
  if (!speaker && (cue.plural || cue.gender === null)) {
    const loc = ctx.finder.findLocative(t, i + 1, to, ctx.inQuote);
    if (loc) speaker = { kind: 'phrase', np: loc };
  }
  if (!speaker) return null;
  // `…, сообщает ТАСС со ссылкой на пресс-службу`: the one cited speaks
  if (speaker.kind === 'phrase') speaker = citedSource(ctx, tokenAt(ctx, speaker.np.start), to) ?? speaker;
  // `…, — цитирует Николая Азарова NEWSru.com`: the cited person speaks, the outlet relays
  let citedVia: string | null = null;
  if (speaker.kind === 'phrase' && (cue.lemma === 'цитировать' || cue.lemma === 'процитировать')) {
    const split = splitCited(ctx, speaker.np);
    if (split) {
      speaker = { kind: 'phrase', np: split.person };
      citedVia = split.via;
    }
  }
  // `говорится в сообщении X`: the document's author speaks
  if (speaker.kind === 'phrase' && ctx.finder.isDocumentNoun(speaker.np.head)) {
    const inner = ctx.finder.findRight(t, indexAfter(ctx, speaker.np.head.end) - 1, to, ctx.inQuote);
    if (!inner) return null;
    speaker = { kind: 'phrase', np: inner };
  }
  // a parenthetical cue (`Сейчас, продолжал он, правительство …`, `…, напомнил X, затем …`): the quote is the
  // continuous part after it
  const after = speaker.kind === 'phrase' ? continuationAfter(ctx, speaker.np.end, to, 3) : null;
  if (after && hasFiniteVerb(ctx, tokenAt(ctx, after.range.start), tokenAt(ctx, after.range.end))) return candidate(ctx, after.range, i, u, speaker, after.via, from, 0.75);
  // `…, сообщает РБК` after a sentence that already names its speaker: the outlet only relays it
  if (cue.gender === null && !cue.plural && ['писать', 'сообщать', 'передавать', 'цитировать'].includes(cue.lemma)) {
    for (let k = s; k < commaAt; k++) if (ctx.cueAt(k) && !ctx.inQuote(t[k]) && ctx.cueAt(k)!.kind === 'verb') return null;
  }
  const range = trimRange(ctx.body, t[s].start, t[commaAt].start);
  if (range.end - range.start < 8) return null;
  const end = findClauseEnd(ctx, i + 1, to);
  const c = candidate(ctx, range, i, u, speaker, end.via, from, 0.8);
  if (citedVia) c.via = citedVia;
  return c;
}

/** The clause after `, <cue> <speaker>,` when at least three words follow up to the end of the clause. */
function hasFiniteVerb(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.tokens[k];
    if (!w.isWord || ctx.inQuote(w)) continue;
    const rs = ctx.morph.analyze(w.lower);
    if (rs.length && rs[0].pos === 'VERB') return true;
    if (rs.length && (rs[0].pos === 'PRTS' || rs[0].pos === 'ADJS')) return true;
  }
  return false;
}

function continuationAfter(ctx: ArticleContext, npEnd: number, to: number, minWords: number): { range: { start: number; end: number }; via: { from: number; to: number } | null } | null {
  const t = ctx.tokens;
  let k = indexAfter(ctx, npEnd);
  while (k < to && (t[k].text === '»' || t[k].text === '"' || t[k].text === ')')) k++;
  if (k >= to || t[k].text !== ',') return null;
  const end = findClauseEnd(ctx, k + 1, to);
  let words = 0;
  for (let j = k + 1; j < end.endToken; j++) if (t[j].isWord) words++;
  if (words < minWords) return null;
  const range = trimRange(ctx.body, t[k + 1].start, t[end.endToken - 1].end);
  return { range, via: end.via };
}

function asClause(ctx: ArticleContext, i: number, u: number, from: number, to: number, kakAt: number): Candidate | null {
  const t = ctx.tokens;
  let comma = i + 1;
  while (comma < to && t[comma].text !== ',' && !/^[.!?…;]$/.test(t[comma].text)) comma++;
  // `Как уточнили РБК в пресс-службе Минздрава`: with a plural verb the locative institution is the source
  const cue = ctx.cueAt(i);
  const locative = cue && (cue.plural || cue.gender === null) ? ctx.finder.findLocative(t, i + 1, comma, ctx.inQuote) : null;
  const np = locative ?? ctx.finder.findRight(t, i, comma, ctx.inQuote) ?? ctx.finder.findLocative(t, i + 1, comma, ctx.inQuote);
  if (!np) return null;
  let range;
  const after = kakAt > from && t[kakAt - 1]?.text === ',' ? continuationAfter(ctx, np.end, to, 1) : null;
  if (after) range = after.range;
  else if (kakAt === from || t[kakAt - 1]?.text !== ',') {
    if (comma >= to - 1 || t[comma].text !== ',') return null;
    const end = findClauseEnd(ctx, comma + 1, to);
    range = trimRange(ctx.body, t[comma + 1].start, t[end.endToken - 1]?.end ?? t[to - 1].end);
  } else {
    range = trimRange(ctx.body, t[from].start, t[kakAt - 1].start);
  }
  if (range.end - range.start < 8) return null;
  const c = candidate(ctx, range, i, u, { kind: 'phrase', np }, null, from, 0.8);
  c.type = 'according_to';
  c.cue = ctx.body.slice(t[kakAt].start, t[i].end);
  return c;
}

function aboutThisStatement(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number): Candidate | null {
  if (u === 0) return null;
  const prevUnit = ctx.units[u - 1];
  if (ctx.units[u].paragraph - prevUnit.paragraph > 1) return null;
  const t = ctx.tokens;
  // `Об этом он сообщил на встрече с губернатором X`: a subject between `об этом` and the verb is the
  // speaker, before any companion named after the verb
  const fronted = t[from]?.lower === 'об' && t[from + 1]?.lower === 'этом' && i > from + 2;
  let np = fronted ? ctx.finder.findLeft(t, i, from + 2, ctx.inQuote) : null;
  np ??= ctx.finder.findRight(t, t[i + 1]?.lower === 'об' ? i + 2 : i, to, ctx.inQuote);
  if (!np) np = ctx.finder.findLeft(t, i, from + 2, ctx.inQuote);
  if (!np && (cue.plural || cue.gender === null)) np = ctx.finder.findLocative(t, from, to, ctx.inQuote);
  if (!np) return null;
  let speaker: SpeakerRef = { kind: 'phrase', np };
  if (ctx.finder.isDocumentNoun(np.head)) {
    const inner = ctx.finder.findRight(t, indexAfter(ctx, np.head.end) - 1, to, ctx.inQuote);
    if (!inner) return null;
    speaker = { kind: 'phrase', np: inner };
  }
  const range = trimRange(ctx.body, prevUnit.start, prevUnit.end);
  const c = candidate(ctx, range, i, u, speaker, null, from, 0.75);
  c.type = 'indirect';
  // the reported sentence's own time (`27 марта 2013 года было объявлено …`) dates it
  c.datedByContent = true;
  return c;
}
