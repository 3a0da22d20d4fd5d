// `В сообщении министерства говорится, что …`, `На сайте Кремля указывается, что …`, `В его заявлении
// подчеркивается …`: an impersonal cue has no subject; its source is the author of the document named
// beside it. Without such a document (`Ранее сообщалось, что …`) nobody is quoted.
import { POSSESSIVE_PRONOUNS } from '../../speakers/lexicons';
import type { ArticleContext, SpeakerRef } from '../context';

/**
 * Texts and places of publication whose author is the source, beyond the phrase finder's document nouns:
 * `в заключении экспертов`, `в иске компании`, `на сайте мэрии`.
 */
const SOURCE_TEXTS = new Set([
  'заключение', 'иск', 'протокол', 'законопроект', 'проект', 'поручение', 'указ', 'приговор', 'прогноз', 'меморандум',
  'сайт', 'страница', 'канал', 'telegram-канал', 'аккаунт', 'блог', 'микроблог', 'соцсеть',
]);
const DOCUMENT_PRONOUNS = new Set(['нем', 'ней', 'них', 'котором', 'которой', 'которых']);

export function documentSource(ctx: ArticleContext, cue: number, from: number, to: number): SpeakerRef | null {
  const t = ctx.tokens;
  for (let k = from; k < to - 1 && k < cue + 6; k++) {
    if (k === cue || ctx.inQuote(t[k])) continue;
    const preposition = t[k].lower;
    if (preposition !== 'в' && preposition !== 'во' && preposition !== 'на') continue;
    let d = k + 1;
    const possessive = POSSESSIVE_PRONOUNS[t[d].lower] ? t[d] : null;
    if (possessive) d++;
    else if (DOCUMENT_PRONOUNS.has(t[d].lower)) return antecedentOwner(ctx, k, from) ?? { kind: 'last-organization', at: t[d] };
    while (d < to && d < k + 4 && isAdjective(ctx, d)) d++;
    if (d >= to || !isDocument(ctx, d)) continue;
    if (possessive) return { kind: 'possessive', word: possessive };
    const owner = ctx.finder.findRight(t, d, to, ctx.inQuote, true);
    if (owner && owner.start === t[d + 1]?.start) return { kind: 'phrase', np: owner };
    // `Заявление появилось на сайте мэрии. В заявлении говорится …`: the document named just before
    return antecedentOwner(ctx, k, from) ?? { kind: 'last-organization', at: t[d] };
  }
  return null;
}

/**
 * `… цитирует агентство поручение президента. В нем отмечается …`: `в нем` points back to the nearest
 * document noun, within this sentence or the one before; its owner (a genitive after it), or else the
 * subject of its sentence, is the source.
 */
function antecedentOwner(ctx: ArticleContext, at: number, from: number): SpeakerRef | null {
  const t = ctx.tokens;
  const unit = ctx.units.findIndex((x) => x.start <= t[from].start && t[from].start < x.end);
  const earliest = unit > 0 ? ctx.unitTokens[unit - 1].from : from;
  for (let d = at - 1; d >= earliest; d--) {
    if (ctx.inQuote(t[d]) || !isDocument(ctx, d)) continue;
    const owner = ctx.finder.findRight(t, d, Math.min(t.length, d + 6), ctx.inQuote, true);
    if (owner && owner.start === t[d + 1]?.start) return { kind: 'phrase', np: owner };
    // `Губернатор подписал обращение к жителям. В нем …`: the author is the subject of that sentence
    const u = ctx.units.findIndex((x) => x.start <= t[d].start && t[d].start < x.end);
    const author = u >= 0 ? ctx.finder.findLeft(t, d, ctx.unitTokens[u].from, ctx.inQuote) : null;
    return author ? { kind: 'phrase', np: author } : null;
  }
  return null;
}

function isDocument(ctx: ArticleContext, k: number): boolean {
  const w = ctx.tokens[k];
  return w.isWord && (ctx.finder.isDocumentNoun(w) || SOURCE_TEXTS.has(ctx.morph.lemma(w.lower)));
}

function isAdjective(ctx: ArticleContext, k: number): boolean {
  const w = ctx.tokens[k];
  return w.isWord && !w.capitalized && ctx.morph.analyze(w.lower)[0]?.pos === 'ADJF';
}
