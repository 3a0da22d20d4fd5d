// `— заявил 30 августа замминистра Олег Сомов`, `— комментирует ситуацию эксперт Фома Тарасов`: a date or
// the verb's own object may stand between a cue and the inverted subject after it.
import type { NounPhrase } from '../../speakers/phrase-expansion';
import type { ArticleContext } from '../context';

const TIME_WORDS = new Set([
  'вчера', 'сегодня', 'накануне', 'утром', 'днем', 'днём', 'вечером', 'ночью', 'позднее', 'позже', 'ранее',
  'года', 'году', 'г', 'числа', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье',
]);
const MONTHS = /^(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/;

/**
 * The index of the last token of such material right after `cue`, or `cue` itself when there is none.
 * `objects`: the verb's object may be skipped too, which only a quotation makes safe (after `…, оценила
 * капитализацию Facebook` the genitive is no subject).
 */
export function materialAfterCue(ctx: ArticleContext, cue: number, to: number, objects: boolean): number {
  const t = ctx.tokens;
  let last = cue;
  for (let k = cue + 1; k < to && k <= cue + 5; k++) {
    const w = t[k];
    if (ctx.inQuote(w)) break;
    // `намекнул и Керри`: the particle `и` (also) before the subject
    if (k === cue + 1 && w.lower === 'и') { last = k; continue; }
    if (/^\d{1,4}$/.test(w.text) || MONTHS.test(w.lower) || TIME_WORDS.has(w.lower) || (w.text === '.' && t[k - 1]?.lower === 'г')) { last = k; continue; }
    if (objects && w.isWord && !w.capitalized && isPlainObject(ctx, k)) { last = k; continue; }
    break;
  }
  return last;
}

/** An inanimate noun in the accusative that cannot name a speaker (`ситуацию`, `решение`). */
function isPlainObject(ctx: ArticleContext, k: number): boolean {
  const w = ctx.tokens[k];
  if (ctx.finder.classify(w, false)) return false;
  const rs = ctx.morph.analyze(w.lower);
  return rs.length > 0 && rs[0].pos === 'NOUN' && rs[0].grammemes.has('inan') && rs[0].grammemes.has('accs');
}

/** The inverted subject after the cue, past a date (or, beside a quotation, an object) when it is not right there. */
export function subjectAfterCue(ctx: ArticleContext, cue: number, to: number, inQuote = ctx.inQuote, besideQuotation = false): NounPhrase | null {
  const direct = ctx.finder.findRight(ctx.tokens, cue, to, inQuote);
  if (direct) return direct;
  const skip = materialAfterCue(ctx, cue, to, besideQuotation);
  return skip > cue ? ctx.finder.findRight(ctx.tokens, skip, to, inQuote) : null;
}
