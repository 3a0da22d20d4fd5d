// Statements built around a speech verb: `X заявил, что …` (indirect, or mixed with quoted fragments),
// `…, заявил X.` (content before the cue), `Как сообщил X, …`, `Об этом сообщил X` (content = the
// previous sentence), verbal acts with an object (`X призвал стороны …`, `X выразил уверенность, что …`),
// coordinated cues (`… и добавил, что …`) and gerunds (`…, подчеркнув, что …`).
import type { ArticleContext, Candidate, SpeakerRef } from './context';
import { tokenAt } from './context';
import type { NounPhrase } from '../speakers/phrase-expansion';
import { aboutThisStatement } from './cue-rules/about-this';
import { asClause } from './cue-rules/as-clause';
import { complementRule } from './cue-rules/complement';
import { frontedTopic } from './cue-rules/fronted-topic';
import { participleClause } from './cue-rules/participle-clause';
import { postposed } from './cue-rules/postposed';
import { type CueRule, type CueSite, cueSite, firstMatch } from './cue-rules/site';

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
      // `неизвестно, согласится ли он`: an indirect question asks, it does not report
      if (t[i + 1]?.lower === 'ли') continue;
      if (accordingTo.some((a) => a.cueStart <= t[i].start && t[i].end <= a.cueEnd)) continue;
      // a cue inside content already reported belongs to that content (`заявил, что X предлагал …`),
      // unless an outlet only relays it (`«Вестник» напоминает, что чиновники заявляли, что …`)
      const container = inUnit.find((c) => c.type !== 'according_to' && c.parts.some((p) => p.start <= t[i].start && t[i].end <= p.end));
      if (container && !relaysReport(ctx, container, i)) continue;
      const c = cue.kind === 'participle' ? participleClause(ctx, i, cue, u, from, to) : firstMatch(CUE_RULES, cueSite(ctx, i, cue, u, from, to, inUnit));
      if (c && container) {
        container.dropped = true;
        c.via ??= container.speaker.kind === 'phrase' ? ctx.body.slice(container.speaker.np.start, container.speaker.np.end) : null;
      }
      if (c) {
        ctx.consumed.add(i);
        inUnit.push(c);
        out.push(c);
      }
    }
  }
  return out;
}

/**
 * `Об отставке он сообщил`, `О том, что …, X заявил`: the content opens the sentence.
 */
const frontedContent: CueRule = ({ ctx, i, cue, u, from, to, inUnit }) => frontedTopic(ctx, i, cue, u, from, to, inUnit.length);

/**
 * `Об этом сообщил X`, `сообщил об этом X`, and at the start of the sentence `Об этом Иванов заявил …`,
 * `Об этом в интервью телеканалу заявил …` (only for the sentence's first cue: `Об этом рассказал X,
 * уточнив, что …` has a clause of its own after).
 */
const aboutThis: CueRule = ({ ctx, i, cue, u, from, to, inUnit, before, beforeAt }) => {
  const t = ctx.tokens;
  const startsAboutThis = t[from]?.lower === 'об' && t[from + 1]?.lower === 'этом' && i - from < 14 && inUnit.length === 0;
  const applies = (before && before.lower === 'этом' && t[beforeAt - 1]?.lower === 'об') || (t[i + 1]?.lower === 'об' && t[i + 2]?.lower === 'этом') || startsAboutThis;
  return applies ? aboutThisStatement(ctx, i, cue, u, from, to) : undefined;
};

/** `Как сообщил X, …`: an according-to clause, unless the rest has a speaker of its own (then a channel). */
const asReported: CueRule = ({ ctx, i, cue, u, from, to, before, beforeAt }) =>
  before && before.lower === 'как' && cue.kind === 'verb' ? asClause(ctx, i, u, from, to, beforeAt) : undefined;

/** `… и добавил, что …`, `…, подчеркнув, что …`: the same speaker as the unit's previous statement. */
function inheritedSpeaker({ cue, inUnit, before }: CueSite): { speaker: SpeakerRef; co: NounPhrase[] } | null {
  const coordinated = before && (before.lower === 'и' || before.lower === 'а' || before.lower === 'но' || (before.text === ',' && cue.kind === 'gerund'));
  const previous = inUnit[inUnit.length - 1];
  return coordinated && previous ? { speaker: { kind: 'inherit', from: previous }, co: previous.coSpeakers ?? [] } : null;
}

/** `…, заявил X.`: the content stands before the cue (not for a cue coordinated with an earlier one). */
const contentBefore: CueRule = (site) => {
  const { ctx, i, cue, u, from, to, before, beforeAt } = site;
  if (inheritedSpeaker(site) || !before || !(before.text === ',' || before.text === '—' || before.text === '–') || cue.kind !== 'verb' || beforeAt <= from) return undefined;
  return postposed(ctx, i, cue, u, from, to, beforeAt) ?? undefined;
};

/** What the cue governs after it: a clause, an object with its clause, or an object. */
const contentAfter: CueRule = (site) => complementRule(site, inheritedSpeaker(site));

/** The rules in the order they are tried; the first that applies decides. */
const CUE_RULES: readonly CueRule[] = [frontedContent, aboutThis, asReported, contentBefore, contentAfter];

/** Present-tense verbs with which an outlet passes on what others said (`пишет`, `напоминает`, `сообщает`). */
const RELAY_LEMMAS = new Set(['писать', 'напоминать', 'сообщать', 'передавать']);

/**
 * An outlet relaying a report: its cue is a relay verb in the present singular, its speaker a named
 * organisation, and the inner cue has a subject of its own and a что-clause.
 */
function relaysReport(ctx: ArticleContext, container: Candidate, i: number): boolean {
  const cue = ctx.cueAt(tokenAt(ctx, container.cueStart));
  if (!cue || !RELAY_LEMMAS.has(cue.lemma) || cue.gender !== null || cue.plural) return false;
  if (container.speaker.kind !== 'phrase' || container.speaker.np.kind !== 'organization' || !container.speaker.np.head.capitalized) return false;
  const t = ctx.tokens;
  const start = tokenAt(ctx, container.parts[0].start);
  const subject = ctx.finder.findLeft(t, i, start, ctx.inQuote);
  if (!subject || subject.kind === 'pronoun') return false;
  for (let k = i + 1; k < t.length && k <= i + 3; k++) if (t[k].lower === 'что') return true;
  return false;
}
