// Direct speech: `«…», — сказал X.`, `X сказал: «…»`, `X: «…»`, a quote broken by its attribution
// (`«А, — сказал X, — Б»`), and dash dialogue (`— …, — сказал он.`). Works on the whole body because a
// quote and its attribution may sit in different sentences.
import type { QuoteSpan } from '../text/quote-spans';
import type { ArticleContext, Candidate, SpeakerRef } from './context';
import { documentSource } from './cue-rules/document-source';
import { subjectAfterCue } from './cue-rules/material-after-cue';
import { splitCited, tokenAt, trimRange, unitOfToken } from './context';

const DASH = /[—–-]/;

export function findDirectQuotes(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const q of ctx.topQuotes) {
    const c = quoteThenAttribution(ctx, q) ?? attributionThenQuote(ctx, q);
    if (c) out.push(c);
  }
  out.push(...dashDialogue(ctx));
  return out;
}

/** `«…», — сказал X.` and the broken `«А, — сказал X. — Б»`. */
function quoteThenAttribution(ctx: ArticleContext, q: QuoteSpan): Candidate | null {
  const { body } = ctx;
  const inner = body.slice(q.open + 1, q.close);
  // broken quote: the attribution sits inside the marks between two dashes
  const brokenRe = /([,.!?…])\s+[—–-]\s+(?=\p{Ll})/gu;
  let broken: RegExpExecArray | null;
  while ((broken = brokenRe.exec(inner))) {
    const attrStart = q.open + 1 + broken.index + broken[0].length;
    const restRe = /[,.:]\s+[—–-]\s+/g;
    restRe.lastIndex = attrStart - (q.open + 1);
    const rest = restRe.exec(inner);
    const cueIdx = tokenAt(ctx, attrStart);
    const cue = ctx.cueAt(cueIdx);
    if (!cue || !rest || (cue.kind !== 'verb' && cue.kind !== 'conviction')) continue;
    const attrEnd = q.open + 1 + rest.index;
    const second = q.open + 1 + rest.index + rest[0].length;
    const speaker = attributionSpeaker(ctx, cueIdx, tokenAt(ctx, attrEnd));
    if (!speaker) continue;
    ctx.consumed.add(cueIdx);
    const p1 = trimRange(body, q.open + 1, attrStart - broken[0].length + 1);
    const p2 = trimRange(body, second, q.close);
    return make(ctx, [p1, p2], cueIdx, speaker, [{ start: attrStart, end: attrEnd }]);
  }
  const after = body.slice(q.close + 1, q.close + 6);
  // `», — сказал X`, `» — написал X`, and the dashless `», сказал X`
  const innerWords = inner.split(/\s+/).filter(Boolean).length;
  // a quote inside a clause (`сказал, что … «…», передает Reuters`) is a fragment of that clause
  const openUnit = unitOfToken(ctx, tokenAt(ctx, q.open));
  if (openUnit >= 0) {
    const lead = body.slice(ctx.units[openUnit].start, q.open);
    if (lead.trim() && !/([.!?…:]["»”]?|^\s*[—–-])\s*$/.test(lead)) return null;
  }
  // a line break may stand for the dash: `…»` ending a paragraph, `заявил X.` starting the next in lower case
  const m = /^\s*[,.!?…]?\s*[—–-]\s*/.exec(after) ?? (innerWords >= 3 ? /^\s*,\s*/.exec(after) ?? /^[ \t]*\n\s*(?=\p{Ll})/u.exec(after) : null);
  if (!m) return null;
  const first = tokenAt(ctx, q.close + 1 + m[0].length);
  // the cue may follow a short subject (`» — Лавров сказал`) or come first (`» — сказал Лавров`)
  for (let k = first; k < first + 5 && k < ctx.tokens.length; k++) {
    const cue = ctx.cueAt(k);
    if (!cue || (cue.kind !== 'verb' && cue.kind !== 'conviction') || ctx.consumed.has(k)) {
      if (/[.!?…]/.test(ctx.tokens[k].text) || ctx.tokens[k].text === '«') return null;
      continue;
    }
    const unit = unitOfToken(ctx, k);
    const unitEnd = ctx.unitTokens[unit]?.to ?? ctx.tokens.length;
    // `«…», — говорится в сообщении департамента`: an impersonal cue's source is the document's author
    const documentAuthor = cue.impersonal ? documentSource(ctx, k, k, unitEnd) : null;
    const speaker = documentAuthor ?? (k > first ? leftSpeaker(ctx, k, first) ?? attributionSpeaker(ctx, k, unitEnd) : attributionSpeaker(ctx, k, unitEnd));
    if (!speaker) return null;
    ctx.consumed.add(k);
    const end = ctx.tokens[unitEnd - 1]?.end ?? body.length;
    const viaCue = citesSomeone(ctx, k);
    const c = make(ctx, [trimRange(body, q.open + 1, q.close)], k, speaker, [{ start: q.close + 1, end }]);
    if (viaCue && speaker.kind === 'phrase') {
      // `цитирует ТАСС Андрея Белова`, `цитирует РБК Карасина`: the cited person speaks, the outlet relays
      const split = splitCited(ctx, speaker.np);
      if (split) {
        c.speaker = { kind: 'phrase', np: split.person };
        // the words between the cue and the person, without those for the statement itself (`заявление`)
        const between = ctx.tokens
          .slice(k + 1, tokenAt(ctx, split.person.start))
          .filter((w) => w.isWord && !citesWordsAt(ctx, w.index))
          .map((w) => w.text)
          .join(' ');
        c.via = split.via ?? (between || null);
        // `цитирует Андрея Белова агентство «Регион»`: the outlet after the person
        if (!c.via) {
          const relay = ctx.finder.findRight(ctx.tokens, tokenAt(ctx, split.person.end) - 1, unitEnd, () => false);
          if (relay) c.via = body.slice(relay.start, end).replace(/[.!?…]+$/, '').trim();
        }
      } else if (speaker.np.kind === 'organization') {
        // `цитирует Лента.ру японского чиновника`, `цитирует ТАСС заявление министра`: the cited one, in any case
        let after = tokenAt(ctx, speaker.np.end) - 1;
        // after `заявление`, `слова` whoever made the statement stands in the genitive
        const ofStatement = citesWordsAt(ctx, after + 1);
        if (ofStatement) after++;
        const person = ctx.finder.findRight(ctx.tokens, after, unitEnd, () => false) ?? ctx.finder.findRight(ctx.tokens, after, unitEnd, () => false, true);
        if (person) {
          c.via = body.slice(speaker.np.start, speaker.np.end);
          c.speaker = { kind: 'phrase', np: ofStatement ? { ...person, oblique: true } : person };
        }
      }
    }
    return c;
  }
  return null;
}

/** `X сказал: «…»` and `X: «…»`. */
function attributionThenQuote(ctx: ArticleContext, first: QuoteSpan): Candidate | null {
  const { body } = ctx;
  const before = body.slice(Math.max(0, first.open - 3), first.open);
  if (!/:\s*$/.test(before)) return null;
  const q = quotedList(ctx, first);
  const inner = body.slice(q.open + 1, q.close);
  if (!/\s/.test(inner.trim())) return null;
  const colonIdx = tokenAt(ctx, q.open) - 1;
  const unit = unitOfToken(ctx, colonIdx);
  if (unit < 0) return null;
  const from = ctx.unitTokens[unit].from;
  // the cue nearest the colon, in the same clause
  for (let k = colonIdx - 1; k >= from && k >= colonIdx - 40; k--) {
    const t = ctx.tokens[k];
    if (ctx.inQuote(t)) break;
    const cue = ctx.cueAt(k);
    if (cue && (cue.kind === 'verb' || cue.kind === 'gerund') && !ctx.consumed.has(k)) {
      const speaker = leftSpeaker(ctx, k, from) ?? attributionSpeaker(ctx, k, colonIdx);
      if (!speaker) return null;
      ctx.consumed.add(k);
      return make(ctx, [trimRange(body, q.open + 1, q.close)], k, speaker, [{ start: ctx.tokens[from].start, end: q.open }]);
    }
    if (t.text === '.' || t.text === '!' || t.text === '?') break;
  }
  // no verb: the subject of the clause (`Белов оказался дипломатичнее: «…»`), or a speaker named in any
  // case in a heading-like clause (`прямая линия с Владимиром Путиным: «…»`)
  if (inner.split(/\s+/).filter(Boolean).length < 3) return null;
  let np = ctx.finder.findLeft(ctx.tokens, colonIdx, from, ctx.inQuote);
  if (!np) {
    for (let k = colonIdx - 1; k >= from; k--) {
      const kind = ctx.finder.classify(ctx.tokens[k], k === from);
      // a name, or a role in the genitive (`обращение президента`), not one after a preposition
      if (ctx.tokens[k - 1]?.isWord && ['с', 'со', 'в', 'во', 'на', 'к', 'о', 'об', 'для', 'перед'].includes(ctx.tokens[k - 1].lower)) continue;
      if (kind === 'name' || kind === 'role') {
        np = ctx.finder.findRight(ctx.tokens, k - 1, colonIdx, ctx.inQuote, true);
        break;
      }
    }
  }
  if (!np || np.kind === 'organization' && !np.head.capitalized) return null;
  return {
    parts: [trimRange(body, q.open + 1, q.close)],
    type: 'direct',
    cue: ':',
    cueStart: ctx.tokens[colonIdx].start,
    cueEnd: ctx.tokens[colonIdx].end,
    unit,
    speaker: { kind: 'phrase', np },
    via: null,
    attribution: [{ start: ctx.tokens[from].start, end: q.open }],
    confidence: 0.6,
  };
}

/**
 * `перечислил приоритеты: «дороги», «школы» и «больницы»`: quoted items listed after the colon make one
 * quotation from the first opening mark to the last closing one.
 */
function quotedList(ctx: ArticleContext, first: QuoteSpan): QuoteSpan {
  let last = first;
  for (let n = 0; n < 20; n++) {
    const gap = /^\s*(,|и|или|а также)\s*(?=«)/.exec(ctx.body.slice(last.close + 1, last.close + 12));
    const next = gap ? ctx.quoteOf(last.close + 1 + gap[0].length) : null;
    if (!next) break;
    last = next;
  }
  return last === first ? first : { open: first.open, close: last.close, depth: 0 };
}

/** Paragraphs of dialogue: `— Текст, — сказал он. — Продолжение.` */
function dashDialogue(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const { body } = ctx;
  const re = /(^|\n)[ \t]*[—–-][ \t]+([^\n]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const lineStart = m.index + m[0].length - m[2].length;
    const line = m[2];
    const attr = /([,.!?…])\s+[—–]\s+(?=\p{Ll})/u.exec(line);
    if (!attr) continue;
    const attrStart = lineStart + attr.index + attr[0].length;
    const cueIdx = tokenAt(ctx, attrStart);
    const cue = ctx.cueAt(cueIdx);
    if (!cue || ctx.consumed.has(cueIdx)) continue;
    const cont = /[,.]\s+[—–]\s+/g;
    cont.lastIndex = attr.index + attr[0].length;
    const rest = cont.exec(line);
    const attrEnd = rest ? lineStart + rest.index : lineStart + line.length;
    const speaker = attributionSpeaker(ctx, cueIdx, tokenAt(ctx, attrEnd));
    if (!speaker) continue;
    ctx.consumed.add(cueIdx);
    const parts = [trimRange(body, lineStart, lineStart + attr.index + 1)];
    if (rest) parts.push(trimRange(body, lineStart + rest.index + rest[0].length, lineStart + line.length));
    out.push(make(ctx, parts, cueIdx, speaker, [{ start: attrStart, end: attrEnd }]));
  }
  return out;
}

function attributionSpeaker(ctx: ArticleContext, cueIdx: number, to: number): SpeakerRef | null {
  // `— заявили в Роскомнадзоре «РИА Новости»`: a plural verb's source is the institution in the locative
  if (ctx.cueAt(cueIdx)?.plural) {
    const loc = ctx.finder.findLocative(ctx.tokens, cueIdx + 1, Math.min(to, cueIdx + 8), () => false);
    if (loc && tokenAt(ctx, loc.start) <= cueIdx + 3) return { kind: 'phrase', np: loc };
  }
  const limit = Math.min(to, cueIdx + 25);
  // `цитирует Андрея Белова ТАСС`: the cited person, in the accusative, may come before the outlet
  const citing = citesSomeone(ctx, cueIdx);
  // `цитирует заявление министра`, `цитирует слова Петрова`: whoever made the statement
  const from = citing && citesWordsAt(ctx, cueIdx + 1) ? cueIdx + 1 : cueIdx;
  const np = ctx.finder.findRight(ctx.tokens, from, limit, () => false) ?? (citing ? ctx.finder.findRight(ctx.tokens, from, limit, () => false, true) : subjectAfterCue(ctx, from, limit, () => false, true));
  if (np) return { kind: 'phrase', np };
  const loc = ctx.finder.findLocative(ctx.tokens, cueIdx + 1, Math.min(to, cueIdx + 8), () => false);
  return loc ? { kind: 'phrase', np: loc } : null;
}

/** `цитирует X`, `передает слова X`: the outlet relays someone else's words. */
function citesSomeone(ctx: ArticleContext, cueIdx: number): boolean {
  const lemma = ctx.cueAt(cueIdx)?.lemma ?? '';
  if (lemma === 'цитировать' || lemma === 'процитировать') return true;
  return (lemma === 'передать' || lemma === 'передавать') && ctx.morph.lemma(ctx.tokens[cueIdx + 1]?.lower ?? '') === 'слово';
}

/** Nouns of spoken or written words that `цитирует` takes before their author (`цитирует поручение президента`). */
const CITED_SPEECH = new Set(['слово', 'поручение', 'послание', 'выступление', 'высказывание', 'речь', 'реплика', 'пост', 'запись', 'твит', 'указание', 'распоряжение', 'телеграмма']);

/** `заявление`, `слова` right after `цитирует`: the statement itself, not who made it. */
function citesWordsAt(ctx: ArticleContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t?.isWord && (ctx.finder.isDocumentNoun(t) || CITED_SPEECH.has(ctx.morph.lemma(t.lower)));
}

function leftSpeaker(ctx: ArticleContext, cueIdx: number, from: number): SpeakerRef | null {
  const np = ctx.finder.findLeft(ctx.tokens, cueIdx, from, ctx.inQuote);
  return np ? { kind: 'phrase', np } : null;
}

function make(ctx: ArticleContext, parts: { start: number; end: number }[], cueIdx: number, speaker: SpeakerRef, attribution: { start: number; end: number }[]): Candidate {
  const cue = ctx.tokens[cueIdx];
  return {
    parts: parts.filter((p) => p.end > p.start),
    type: 'direct',
    cue: cue.text,
    cueStart: cue.start,
    cueEnd: cue.end,
    unit: unitOfToken(ctx, cueIdx),
    speaker,
    via: null,
    attribution,
    confidence: 0.9,
  };
}

export { DASH };

/**
 * Quotations that stand alone as a sentence right after a statement continue its speaker: in the same
 * paragraph after `«…», — сказал X.` they extend that quote; otherwise (a new paragraph, or after a quote
 * introduced by a colon) each is a statement of its own by the same speaker.
 */
export function continuationQuotes(ctx: ArticleContext, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const sorted = candidates.filter((c) => !c.dropped).sort((a, b) => a.parts[0].start - b.parts[0].start);
  const covered = (q: QuoteSpan) => sorted.some((c) => c.parts.some((p) => p.start <= q.open + 1 && p.end >= q.close - 1) || (c.cueStart > q.open && c.cueStart < q.close));
  for (const q of ctx.topQuotes) {
    const inner = ctx.body.slice(q.open + 1, q.close);
    if (inner.split(/\s+/).filter(Boolean).length < 3 || covered(q)) continue;
    const u = unitOfToken(ctx, tokenAt(ctx, q.open));
    if (u < 0) continue;
    const unit = ctx.units[u];
    const rest = ctx.body.slice(q.close + 1, unit.end);
    if (ctx.body.slice(unit.start, q.open).trim() || /[\p{L}\p{N}]/u.test(rest)) continue;
    // the statement just before it
    let prev: Candidate | null = null;
    for (const c of sorted) if (c.parts[c.parts.length - 1].end <= q.open) prev = c;
    for (const c of out) if (c.parts[c.parts.length - 1].end <= q.open && (!prev || c.parts[0].start > prev.parts[0].start)) prev = c;
    if (!prev || prev.type !== 'direct') continue;
    const prevUnit = ctx.units[prev.unit];
    if (!prevUnit || unit.paragraph - prevUnit.paragraph > 1) continue;
    // nothing but other quotations between the two
    const gap = ctx.body.slice(prev.parts[prev.parts.length - 1].end, q.open);
    if (/[\p{L}]/u.test(gap.replace(/«[^»]*»|"[^"]*"/g, '')) && !(prev.cueStart > prev.parts[0].end && gap.length < 200 && unit.paragraph === prevUnit.paragraph)) continue;
    const part = trimRange(ctx.body, q.open + 1, q.close);
    if (unit.paragraph === prevUnit.paragraph && prev.cueStart > prev.parts[prev.parts.length - 1].end && !(prev as { extended?: boolean }).extended) {
      // `«А», — сказал X. «Б»`: one statement, its parts joined
      prev.parts.push(part);
      (prev as { extended?: boolean }).extended = true;
      continue;
    }
    out.push({
      parts: [part],
      type: 'direct',
      cue: prev.cue,
      cueStart: q.open,
      cueEnd: q.open,
      unit: u,
      speaker: { kind: 'inherit', from: prev },
      via: null,
      attribution: [],
      confidence: 0.6,
    });
  }
  return out;
}
