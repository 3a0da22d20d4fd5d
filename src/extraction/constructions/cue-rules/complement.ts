// What follows the cue: a `что`/`чтобы` clause or a colon (`X заявил, что …`), an object with its clause
// (`обвинил Москву в том, что …`), or a verbal act with an object (`X призвал стороны …`, `указал на …`).
import { EXPRESSED_NOUNS, governsPreposition, takesObject } from '../../cues/cue-lexicon';
import type { NounPhrase } from '../../speakers/phrase-expansion';
import type { Candidate, SpeakerRef } from '../context';
import { tokenAt, trimRange } from '../context';
import { findClauseEnd } from '../clause-end';
import { candidate, indexAfter } from './candidate';
import { documentSource } from './document-source';
import { accusativeNext, infinitiveBetween, LEADING_PREPOSITIONS, objectFits, objectWithClause, pastCircumstance } from './government';
import { type CueSite, SKIPPABLE } from './site';
import { coordinatedPhrases, pluralPredicate, subject, withCo } from './subject';

/** Gerunds that report a verbal act even opening their sentence (`Назвав решение ошибкой, …`). */
const OBJECT_GERUNDS = new Set(['назвать', 'называть', 'призвать', 'опровергнуть', 'подчеркнуть', 'выразить']);

export function complementRule(site: CueSite, inherited: { speaker: SpeakerRef; co: NounPhrase[] } | null): Candidate | null {
  const { ctx, i, cue, from, to, inUnit, before } = site;
  const t = ctx.tokens;
  const thatAt = complementStart(site);
  let speaker = inherited?.speaker ?? null;
  if (!speaker && cue.impersonal) {
    speaker = documentSource(ctx, i, from, thatAt > 0 ? thatAt : to);
    if (!speaker) return null;
  }
  if (!speaker) speaker = subject(ctx, i, cue, from, thatAt > 0 ? thatAt : Math.min(to, i + 12), inUnit, before?.text === ',' || before?.text === '—', thatAt > 0);
  if (!speaker) return null;
  const co = speaker.kind === 'phrase' && (cue.plural || (cue.kind === 'gerund' && pluralPredicate(ctx, speaker.np.end, i))) && speaker.np.start < t[i].start ? coordinatedPhrases(ctx, speaker.np, from) : inherited?.co ?? [];
  let found: Candidate | null;
  if (thatAt > 0 && objectWithClause(ctx, cue, i, thatAt)) found = objectAndClause(site, speaker, thatAt);
  else if (thatAt > 0 && thatAt + 1 < to) found = clauseContent(site, speaker, thatAt);
  else found = verbalAct(site, speaker);
  return found ? withCo(found, co) : null;
}

/** `что`, `чтобы` or a colon after the cue (an inverted subject and circumstances may stand between); -1 if none. */
function complementStart({ ctx, i, cue, to }: CueSite): number {
  const t = ctx.tokens;
  for (let k = i + 1; k < to && k < i + 16; k++) {
    const w = t[k];
    // a quoted name of an outlet (`заявил «Ъ», что …`) is skipped; a quotation ends the search
    if (ctx.inQuote(w)) {
      const q = ctx.quotes.find((x) => x.depth === 0 && x.open < w.start && w.start < x.close);
      if (q && q.close - q.open < 40 && !/\s\S+\s/.test(ctx.body.slice(q.open, q.close))) continue;
      return -1;
    }
    // `призвал инвесторов вкладывать …, чтобы …`: after an infinitive, `чтобы` states a purpose
    if (w.lower === 'чтобы') return infinitiveBetween(ctx, i + 1, k) || !cue.government.has('чтобы') ? -1 : k;
    if (w.lower === 'что' || w.text === ':') return k;
    if (/^[.!?…;]$/.test(w.text)) return -1;
    if (ctx.cueAt(k) && k > i + 1) return -1;
  }
  return -1;
}

/** `опроверг сообщения о том, что …`, `обвинил Москву в том, что …`: the object noun with its clause. */
function objectAndClause({ ctx, i, u, from, to }: CueSite, speaker: SpeakerRef, thatAt: number): Candidate {
  const t = ctx.tokens;
  let s = i + 1;
  if (speaker.kind === 'phrase' && speaker.np.start > t[i].start) s = indexAfter(ctx, speaker.np.end);
  const end = findClauseEnd(ctx, thatAt + 1, to);
  const range = trimRange(ctx.body, t[s].start, t[end.endToken - 1]?.end ?? t[s].end);
  return candidate(ctx, range, i, u, speaker, end.via, from, 0.8);
}

/** `X заявил, что …`, `X заявил: …` (a quotation after the colon is a direct quote, found elsewhere). */
function clauseContent({ ctx, i, u, from, to }: CueSite, speaker: SpeakerRef, thatAt: number): Candidate | null {
  const t = ctx.tokens;
  if (t[thatAt].text === ':' && t[thatAt + 1].text === '«') return null;
  const end = findClauseEnd(ctx, thatAt + 1, to);
  const range = trimRange(ctx.body, t[thatAt + 1].start, t[end.endToken - 1]?.end ?? t[thatAt + 1].end);
  if (range.end - range.start < 6) return null;
  return candidate(ctx, range, i, u, speaker, end.via, from, 0.85);
}

/** `X призвал стороны …`, `X рассказал о планах`, `X выразил уверенность …`: the object is the content. */
function verbalAct({ ctx, i, cue, u, from, to, before }: CueSite, speaker: SpeakerRef): Candidate | null {
  const t = ctx.tokens;
  const body = ctx.body;
  // a gerund opening its sentence (`Говоря о сроках, …`) introduces the main clause, not a statement
  if (cue.kind === 'gerund' && before?.text !== ',' && !OBJECT_GERUNDS.has(cue.lemma)) return null;
  // `выразил опасения за судьбу …`: a noun of attitude, then what it is about
  const expressed = cue.lemma === 'выразить' || cue.lemma === 'выражать';
  if (!takesObject(cue) && !expressed) return null;
  let s = i + 1 + cue.idiomLength;
  if (speaker.kind === 'phrase' && speaker.np.start > t[i].start) s = indexAfter(ctx, speaker.np.end);
  while (s < to && SKIPPABLE.has(t[s].lower)) s++;
  let noun = -1;
  if (expressed && cue.idiomLength === 0) {
    if (s >= to || !EXPRESSED_NOUNS.has(ctx.morph.lemma(t[s].lower))) return null;
    noun = s;
    s++;
    if (t[s]?.text === ',' && (t[s + 1]?.lower === 'что' || t[s + 1]?.lower === 'чтобы')) s += 2;
    else if (t[s]?.lower === 'в' && t[s + 1]?.lower === 'том' && t[s + 2]?.text === ',' && t[s + 3]?.lower === 'что') s += 4;
  }
  if (!expressed) s = pastCircumstance(ctx, cue, s, to);
  if (s >= to || (!t[s].isWord && t[s].text !== '«' && t[s].text !== '"' && t[s].text !== '„')) return null;
  const end = findClauseEnd(ctx, s, to);
  let range = trimRange(body, t[s].start, t[end.endToken - 1]?.end ?? t[s].end);
  const text = body.slice(range.start, range.end);
  const lead = LEADING_PREPOSITIONS.exec(text);
  // `сообщил о …`, `намекнул на …`, `высказался за …`: the topic after the preposition is the content;
  // a circumstance (`заявил на заседании …`) is not
  // (after `выразил опасения`, `… надежду` the noun's own preposition follows: `за судьбу …`, `на …`)
  if (lead && !expressed && !governsPreposition(cue, lead[1])) return null;
  if (lead && !expressed && /^на$/i.test(lead[1]) && !cue.government.has('на+п') && !accusativeNext(ctx, tokenAt(ctx, range.start) + 1)) return null;
  if (!lead && !objectFits(ctx, cue, text)) return null;
  // `выразил опасения за судьбу …`: the noun keeps its complement (`опасения за судьбу …`)
  if (lead && expressed) range = { start: t[noun >= 0 ? noun : s - 1].start, end: range.end };
  else if (lead) range = { start: range.start + lead[0].length, end: range.end };
  const words = body.slice(range.start, range.end).split(/\s+/).filter(Boolean);
  if (words.length < 2 || /^(это|этом|том|то|так|этого|себя)$/i.test(words[0]) || (/^(все|всё|его|ее|её|их)$/i.test(words[0]) && words.length < 3)) return null;
  return candidate(ctx, range, i, u, speaker, end.via, from, 0.7);
}
