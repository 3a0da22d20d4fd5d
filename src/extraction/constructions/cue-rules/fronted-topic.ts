// The content fronted before its cue: `Об отставке министра он сообщил на брифинге` (a topic with `о`, for
// verbs that govern it) and `О том, что мост откроют, Сомов заявил …` (a whole clause).
import type { CueReading } from '../../cues/cue-lexicon';
import type { ArticleContext, Candidate, SpeakerRef } from '../context';
import { tokenAt, trimRange } from '../context';
import { candidate } from './candidate';
import { subjectAfterCue } from './material-after-cue';

const ABOUT = new Set(['о', 'об', 'обо']);
const CLAUSE_WORDS = new Set(['что', 'как', 'когда', 'почему', 'где', 'будто']);
/** Words that end a fronted topic phrase (`Об отставке министра | в четверг сообщил …`). */
const TOPIC_BREAKS = new Set(['в', 'во', 'на', 'с', 'со', 'по', 'при', 'для', 'за', 'к', 'ко', 'у', 'из', 'от', 'до', 'после', 'перед', 'во', 'также', 'уже', 'же', 'лишь', 'только']);

/** A statement whose content opens the sentence, or undefined when the sentence does not open with `о`. */
export function frontedTopic(ctx: ArticleContext, i: number, cue: CueReading, u: number, from: number, to: number, earlier: number): Candidate | null | undefined {
  const t = ctx.tokens;
  if (!ABOUT.has(t[from]?.lower ?? '') || earlier > 0 || cue.kind !== 'verb' || i - from > 40) return undefined;
  if (t[from + 1]?.lower === 'этом') return undefined;
  if (t[from + 1]?.lower === 'том' && t[from + 2]?.text === ',' && CLAUSE_WORDS.has(t[from + 3]?.lower ?? '')) return frontedClause(ctx, i, u, from, to);
  if (!cue.government.has('о') || i - from > 14) return undefined;
  // the topic belongs to this cue only when it states no clause of its own (`…, который заявил, что …`)
  if (t[i + 1]?.text === ',' || t[i + 1]?.text === ':') return undefined;
  let end = from + 1;
  while (end < i && t[end].isWord && !ctx.inQuote(t[end]) && !TOPIC_BREAKS.has(t[end].lower) && !isPredicateOrSubject(ctx, end)) end++;
  if (end === from + 1) return null;
  for (let k = end; k < i; k++) if (ctx.cueAt(k)) return undefined;
  const speaker = speakerAround(ctx, i, end, to);
  if (!speaker) return null;
  // `О переговорах, которые пройдут в Париже, сообщают …`: the topic keeps its relative clause
  if (t[end]?.text === ',' && /^котор/.test(t[end + 1]?.lower ?? '')) {
    const stop = speaker.kind === 'phrase' && speaker.np.end <= t[i].start ? tokenAt(ctx, speaker.np.start) : i;
    if (stop > end + 2) end = stop;
  }
  const range = trimRange(ctx.body, t[from + 1].start, t[end - 1].end);
  return candidate(ctx, range, i, u, speaker, null, from, 0.7);
}

/** `О том, что мост откроют в мае, Сомов заявил на совещании`: the clause up to the comma before the attribution. */
function frontedClause(ctx: ArticleContext, i: number, u: number, from: number, to: number): Candidate | null {
  const t = ctx.tokens;
  let comma = -1;
  for (let k = i - 1; k > from + 3; k--) {
    if (t[k].text === ',' && !ctx.inQuote(t[k])) { comma = k; break; }
  }
  if (comma < 0) return null;
  const speaker = speakerAround(ctx, i, comma + 1, to);
  if (!speaker) return null;
  const start = t[from + 3].lower === 'что' ? from + 4 : from + 3;
  const range = trimRange(ctx.body, t[start].start, t[comma].start);
  if (range.end - range.start < 6) return null;
  return candidate(ctx, range, i, u, speaker, null, from, 0.75);
}

function speakerAround(ctx: ArticleContext, i: number, leftFrom: number, to: number): SpeakerRef | null {
  const left = ctx.finder.findLeft(ctx.tokens, i, leftFrom, ctx.inQuote);
  if (left) return { kind: 'phrase', np: left };
  const right = subjectAfterCue(ctx, i, to);
  return right ? { kind: 'phrase', np: right } : null;
}

/** A subject (a pronoun, a name, a role in the nominative) or a verb closes the topic phrase. */
function isPredicateOrSubject(ctx: ArticleContext, k: number): boolean {
  const w = ctx.tokens[k];
  if (ctx.cueAt(k)) return true;
  const kind = ctx.finder.classify(w, false);
  if (kind && ctx.finder.nominative(w)) return true;
  const r = ctx.morph.analyze(w.lower)[0];
  return !!r && (r.pos === 'VERB' || r.pos === 'ADVB' || r.pos === 'NPRO' && r.grammemes.has('nomn'));
}

