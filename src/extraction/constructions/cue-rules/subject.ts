// Who speaks at a cue: the subject before it, the inverted subject after it, an institution in the
// locative with a plural verb, the source cited with `со ссылкой на`, and phrases coordinated with it.
import type { CueReading } from '../../cues/cue-lexicon';
import type { NounPhrase } from '../../speakers/phrase-expansion';
import type { Token } from '../../text/tokens';
import type { ArticleContext, Candidate, SpeakerRef } from '../context';
import { tokenAt } from '../context';

/** A finite verb in the plural between the subject and a gerund (`Израиль и США отвергают …, заявляя`). */
export function pluralPredicate(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = tokenAt(ctx, from); k < to; k++) {
    const rs = ctx.morph.analyze(ctx.tokens[k].lower);
    if (rs[0]?.pos === 'VERB') return rs[0].grammemes.has('plur');
  }
  return false;
}

export function withCo(c: Candidate, co: NounPhrase[]): Candidate {
  if (co.length) c.coSpeakers = co;
  return c;
}

/** `Израиль и США`, `Официальный Киев, США и ЕС`: phrases joined to the subject by `и` or commas. */
export function coordinatedPhrases(ctx: ArticleContext, np: NounPhrase, from: number): NounPhrase[] {
  const t = ctx.tokens;
  const out: NounPhrase[] = [];
  let k = descriptionStart(ctx, tokenAt(ctx, np.start) - 1, from);
  while (k > from && out.length < 4 && (t[k].lower === 'и' || t[k].text === ',' || t[k].lower === 'также')) {
    // `X, Y, а также Z`: the whole joint is one separator
    if (t[k].lower === 'также') {
      if (t[k - 1]?.lower !== 'а' && t[k - 1]?.lower !== 'и') break;
      k--;
      if (t[k - 1]?.text === ',') k--;
    }
    const other = ctx.finder.findLeft(t, k, from, ctx.inQuote);
    if (!other || other.end !== t[k - 1].end || other.kind === 'pronoun') break;
    out.unshift(other);
    k = descriptionStart(ctx, tokenAt(ctx, other.start) - 1, from);
  }
  return out;
}

/** A role, an adjective, or any animate noun that may stand before a name (`поэт`, `музыкант`). */
function isDescriptionWord(ctx: ArticleContext, w: Token): boolean {
  if (ctx.finder.classify(w, false) === 'role') return true;
  const first = ctx.morph.analyze(w.lower)[0];
  return !!first && (first.pos === 'ADJF' || (first.pos === 'NOUN' && first.grammemes.has('anim')));
}

/**
 * `поэт Олег Сомов`, `командующий силами альянса в Европе Филип Бридлав`: the description before a name
 * (the phrase holds the name alone), opened by a role, an adjective or an animate noun right after the
 * separator; the index of that separator, or `k` when there is none.
 */
function descriptionStart(ctx: ArticleContext, k: number, from: number): number {
  const t = ctx.tokens;
  if (k <= from) return k;
  const quoteMark = (x: number) => t[x]?.text === '"' || t[x]?.text === '«' || t[x]?.text === '»';
  // `музыкант и актер Павел Лис`, `основатель «Зари» и «Севера» Олег Лис`: `и` inside one description
  const inner = (x: number) => t[x].lower === 'и' && x < k && x - 1 > from && ((isDescriptionWord(ctx, t[x - 1]) && !t[x - 1].capitalized) || (quoteMark(x - 1) && quoteMark(x + 1)));
  let j = k;
  while (j > from && k - j < 9 && (quoteMark(j) || (t[j].isWord && t[j].lower !== 'и' && t[j].lower !== 'также') || inner(j))) j--;
  const separator = t[j].lower === 'и' || t[j].text === ',' || t[j].lower === 'также';
  const opener = t[j + 1];
  return j < k && separator && opener && opener.isWord && !opener.capitalized && isDescriptionWord(ctx, opener) ? j : k;
}

/**
 * `X со ссылкой на Y заявляет …`, `сообщает X со ссылкой на Y`: Y is the source, X relays it. Looks for
 * the phrase between `from` and `to`; null when there is none or Y is not a speaker.
 */
export function citedSource(ctx: ArticleContext, from: number, to: number): SpeakerRef | null {
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
export function subject(ctx: ArticleContext, i: number, cue: CueReading, from: number, rightLimit: number, inUnit: Candidate[], preferRight: boolean, withClause: boolean): SpeakerRef | null {
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
