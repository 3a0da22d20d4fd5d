// `…, заявил X.`: the content stands before the cue, the speaker after it; a parenthetical cue takes
// the clause that continues after it.
import type { CueReading } from '../../cues/cue-lexicon';
import type { ArticleContext, Candidate, SpeakerRef } from '../context';
import { quotedNameAfter, splitCited, tokenAt, trimRange } from '../context';
import { findClauseEnd } from '../clause-end';
import { candidate, indexAfter } from './candidate';
import { continuationAfter, hasFiniteVerb } from './continuation';
import { subjectAfterCue } from './material-after-cue';
import { citedSource } from './subject';

/** Verbs with which an outlet is the subject (`пишет «Коммерсант»`), not the addressee. */
const REPORTING_LEMMAS = new Set(['писать', 'написать', 'сообщать', 'сообщить', 'передавать', 'передать', 'информировать', 'утверждать']);

export function postposed(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number, commaAt: number): Candidate | null {
  const t = ctx.tokens;
  // the content from the start of the unit to the comma; a quote there is a direct quote handled elsewhere
  let s = from;
  if (t[s].text === '—' || t[s].text === '–') s++;
  // (a quoted name opening the clause, `«СТС Медиа» приобрел …`, is not such a quote)
  // `Доступ (обломки лежат на площади в 10 км, говорил ранее X) закрыт`: the content opens at the parenthesis
  for (let k = commaAt - 1; k > s; k--) {
    if (t[k].text === ')') break;
    if (t[k].text === '(') { s = k + 1; break; }
  }
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
    // (a negated cue reports nothing: `Депутат не уточнил, кого имел в виду, пишет X` is the outlet's)
    for (let k = s; k < commaAt; k++) if (ctx.cueAt(k) && !ctx.inQuote(t[k]) && ctx.cueAt(k)!.kind === 'verb' && t[k - 1]?.lower !== 'не') return null;
  }
  const range = trimRange(ctx.body, t[s].start, t[commaAt].start);
  if (range.end - range.start < 8) return null;
  const end = findClauseEnd(ctx, i + 1, to);
  const c = candidate(ctx, range, i, u, speaker, end.via, from, 0.8);
  if (citedVia) c.via = citedVia;
  return c;
}
