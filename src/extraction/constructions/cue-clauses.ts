// Statements built around a speech verb: `X заявил, что …` (indirect, or mixed with quoted fragments),
// `…, заявил X.` (content before the cue), `Как сообщил X, …`, `Об этом сообщил X` (content = the
// previous sentence), verbal acts with an object (`X призвал стороны …`, `X выразил уверенность, что …`),
// coordinated cues (`… и добавил, что …`) and gerunds (`…, подчеркнув, что …`).
import type { ArticleContext, Candidate, SpeakerRef } from './context';
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
      // a cue inside content already reported belongs to that content (`заявил, что X предлагал …`)
      if (inUnit.some((c) => c.type !== 'according_to' && c.parts.some((p) => p.start <= t[i].start && t[i].end <= p.end))) continue;
      const c = cue.kind === 'participle' ? participleClause(ctx, i, cue, u, from, to) : firstMatch(CUE_RULES, cueSite(ctx, i, cue, u, from, to, inUnit));
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
