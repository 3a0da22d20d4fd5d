// `По словам X, …`, `по мнению X`, `по данным X`, `согласно заявлению X`: the source in an oblique
// phrase, the content in the rest of the clause.
import { ACCORDING_NOUNS } from '../cues/cue-lexicon';
import { POSSESSIVE_PRONOUNS } from '../speakers/lexicons';
import type { ArticleContext, Candidate, SpeakerRef } from './context';
import { hasInnerQuote, tokenAt, trimRange } from './context';
import { findClauseEnd } from './clause-end';

export function findAccordingTo(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.tokens;
  for (let u = 0; u < ctx.units.length; u++) {
    const { from, to } = ctx.unitTokens[u];
    for (let i = from; i < to - 2; i++) {
      const w = t[i];
      if (!w.isWord || ctx.inQuote(w)) continue;
      if (w.lower !== 'по' && w.lower !== 'согласно') continue;
      let j = i + 1;
      let possessive = null;
      if (POSSESSIVE_PRONOUNS[t[j].lower]) { possessive = t[j]; j++; }
      if (j >= to || !t[j].isWord) continue;
      const nounLemma = ctx.morph.lemma(t[j].lower);
      if (!ACCORDING_NOUNS.has(nounLemma) && !ACCORDING_NOUNS.has(t[j].lower)) continue;
      const cueEndTok = j;
      // the source phrase runs to the next comma (or the end of the unit)
      let k = j + 1;
      while (k < to && t[k].text !== ',' && !/^[.!?…;:]$/.test(t[k].text)) k++;
      let speaker: SpeakerRef | null = null;
      if (possessive) speaker = { kind: 'possessive', word: possessive };
      else {
        const np = ctx.finder.findRight(t, cueEndTok, k, () => false, true) ?? ctx.finder.findLocative(t, cueEndTok + 1, k, () => false);
        if (!np) continue;
        speaker = { kind: 'phrase', np };
      }
      const startsClause = i === from || t[i - 1].text === ',' || t[i - 1].text === '—' || ['и', 'но', 'а', 'однако', 'впрочем', 'же', 'также'].includes(t[i - 1].lower);
      let contentStart: number;
      let contentEnd: number;
      let via = null as string | null;
      const npEndTok = speaker.kind === 'phrase' ? tokenAt(ctx, speaker.np.end) : cueEndTok + 1;
      if (!possessive && t[k]?.text !== ',' && k - npEndTok > 3 && t[npEndTok]?.isWord && !t[npEndTok].capitalized) {
        // `По словам источника «Ведомостей» сделка произошла …` without the comma: content after the source
        const end = findClauseEnd(ctx, npEndTok, to);
        contentStart = t[npEndTok].start;
        contentEnd = t[end.endToken - 1]?.end ?? t[to - 1].end;
      } else if (possessive && t[k]?.text !== ',' && k - cueEndTok > 3) {
        // `По его мнению страны Балтии …` without the comma: the content starts right after the noun
        k = cueEndTok;
        const end = findClauseEnd(ctx, k + 1, to);
        contentStart = t[k + 1].start;
        contentEnd = t[end.endToken - 1]?.end ?? t[to - 1].end;
      } else if (k < to - 1 && t[k].text === ',') {
        const end = findClauseEnd(ctx, k + 1, to);
        contentStart = t[k + 1].start;
        contentEnd = t[end.endToken - 1]?.end ?? t[to - 1].end;
        if (end.via) via = ctx.body.slice(t[end.via.from].start, t[end.via.to - 1].end).replace(/[.!?…]+$/, '');
      } else if (i > from && t[i - 1].text === ',') {
        // `…, по словам министра.`: the content is before
        contentStart = t[from].start;
        contentEnd = t[i - 1].start;
      } else continue;
      if (!startsClause && !(i > from && t[i - 1].text === ',')) continue;
      const range = trimRange(ctx.body, contentStart, contentEnd);
      if (range.end - range.start < 8) continue;
      out.push({
        parts: [range],
        type: 'according_to',
        cue: ctx.body.slice(w.start, t[cueEndTok].end),
        cueStart: w.start,
        cueEnd: t[cueEndTok].end,
        unit: u,
        speaker,
        via,
        attribution: [{ start: t[from].start, end: range.start }],
        confidence: hasInnerQuote(ctx, range.start, range.end) ? 0.85 : 0.8,
      });
      i = k;
    }
  }
  return out;
}
