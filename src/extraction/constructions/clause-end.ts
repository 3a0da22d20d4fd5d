// Where reported content ends: the end of its sentence unit, or earlier where the same speaker goes on
// with a new cue (`… и добавил, что …`), where a gerund cue starts (`…, подчеркнув, что`), or where an
// outlet relaying the statement is named (`…, пишет «Лента.ру»`).
import type { ArticleContext } from './context';
import { SKIPPABLE } from './cue-rules/site';

export interface ClauseEnd {
  /** Token index where the content stops (exclusive). */
  endToken: number;
  /** An outlet or channel that relayed the statement, from a trailing `пишет X`, `сообщает X`. */
  via: { from: number; to: number } | null;
}

const RELAY_LEMMAS = new Set(['писать', 'сообщать', 'передавать', 'цитировать', 'информировать', 'отмечать', 'говориться']);

export function findClauseEnd(ctx: ArticleContext, from: number, unitEnd: number): ClauseEnd {
  const t = ctx.tokens;
  for (let i = from; i < unitEnd; i++) {
    const tok = t[i];
    if (ctx.inQuote(tok)) continue;
    if (!tok.isWord) {
      // `…, — сказал он`: an attribution after a dash
      if ((tok.text === '—' || tok.text === '–') && i + 1 < unitEnd && ctx.cueAt(i + 1)) return { endToken: i, via: null };
      if (tok.text === ',' && i + 1 < unitEnd) {
        const next = t[i + 1];
        const cue = ctx.cueAt(i + 1);
        if (cue && cue.kind === 'gerund') return { endToken: i, via: null };
        if (cue && cue.kind === 'verb' && RELAY_LEMMAS.has(cue.lemma) && cue.gender === null && !cue.plural) {
          // present tense third person with an outlet after it up to the end: a relay
          return { endToken: i, via: { from: i + 2, to: unitEnd } };
        }
        if ((next.text === '—' || next.text === '–') && i + 2 < unitEnd && ctx.cueAt(i + 2)) return { endToken: i, via: null };
        if (newClauseWithCue(ctx, i + 1, unitEnd)) return { endToken: i, via: null };
      }
      continue;
    }
    if ((tok.lower === 'и' || tok.lower === 'а' || tok.lower === 'но') && i > from) {
      // a coordinated predicate with a new cue continues the same speaker with a new statement
      let j = i + 1;
      // adverbs of time and manner may stand before the new cue (`и тогда же говорил, что …`)
      while (j < unitEnd && (SKIPPABLE.has(t[j].lower) || t[j].lower === 'тут')) j++;
      const cue = j < unitEnd ? ctx.cueAt(j) : null;
      if (cue && (cue.kind === 'verb' || cue.kind === 'conviction') && !ctx.inQuote(t[j]) && !reportedTense(ctx, from, j)) {
        const endTok = t[i - 1] && t[i - 1].text === ',' ? i - 1 : i;
        return { endToken: endTok, via: null };
      }
    }
  }
  return { endToken: unitEnd, via: null };
}

/**
 * `…, однако лидер оппозиции назвал …`, `…, а The Wall Street Journal заявляет, что …`: after a comma a
 * new subject with its own speech verb starts another statement.
 */
function newClauseWithCue(ctx: ArticleContext, from: number, unitEnd: number): boolean {
  const t = ctx.tokens;
  let k = from;
  if (k < unitEnd && ['однако', 'но', 'а', 'и', 'тогда', 'зато'].includes(t[k].lower)) k++;
  let sawSubject = false;
  for (let j = k; j < unitEnd && j < k + 12; j++) {
    const w = t[j];
    if (ctx.inQuote(w)) return false;
    if (!w.isWord) {
      if (w.text === '«' || w.text === '»' || w.text === '"') continue;
      return false;
    }
    if (w.lower === 'что' || w.lower === 'который' || w.lower === 'которая' || w.lower === 'которые' || w.lower === 'если' || w.lower === 'когда') return false;
    const cue = ctx.cueAt(j);
    if (cue && cue.kind === 'verb') return sawSubject;
    const kind = ctx.finder.classify(w, false);
    if (kind && kind !== 'pronoun' && ctx.finder.nominative(w)) sawSubject = true;
    else if (kind === 'pronoun') sawSubject = true;
  }
  return false;
}

/**
 * `сообщил, что желает мира, но требует …`: a present-tense verb after a past-tense cue keeps the tense of
 * the reported words, so it is part of the content, not the narrator's next cue.
 */
function reportedTense(ctx: ArticleContext, contentStart: number, k: number): boolean {
  const tense = (i: number) => ctx.morph.analyze(ctx.tokens[i].lower).find((r) => r.pos === 'VERB');
  const next = tense(k);
  if (!next || !next.grammemes.has('pres')) return false;
  for (let i = contentStart - 1; i >= 0 && i >= contentStart - 6; i--) {
    const cue = ctx.cueAt(i);
    if (!cue || cue.kind !== 'verb') continue;
    return tense(i)?.grammemes.has('past') ?? false;
  }
  return false;
}
