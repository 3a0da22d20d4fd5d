// The first paragraph of a body may still be the page's headline when it ends with a full stop (the
// cleaning keeps such a line as prose). The guide annotates it only when it is body text, so a first
// paragraph is taken for a headline when
// - two headlines run together without a full stop (`… холдингу «Север» Новым директором станет …`):
//   a capitalised function word or adjective after a lower-case word, inside one sentence;
// - a title of a few words and the lead share one line (`Мост откроют. Губернатор заявил, что …`);
// - the paragraph after it restates it (a headline summarises the lead that follows).
import { PREPOSITIONS } from '../speakers/head-classifier';
import type { ArticleContext } from './context';

/** A first sentence this short, followed by more text on the line, is a title run into the lead. */
const MAX_TITLE_WORDS = 4;
/** Share of the paragraph's content words that the next paragraph's opening repeats. */
const RESTATED_SHARE = 0.5;
/** Fewer content words than this say too little to compare. */
const MIN_CONTENT_WORDS = 5;
/** Sentences of the next paragraph that a lead restating a headline spans. */
const LEAD_SENTENCES = 2;
/** Parts of speech that start a word in capitals mid-sentence only when a new title starts there. */
const NEVER_CAPITALISED_INSIDE = new Set(['ADJF', 'CONJ', 'PREP', 'PRCL', 'ADVB', 'NPRO', 'VERB']);

/** `titleFound`: the cleaning already took a headline off the top, so the first paragraph is the lead. */
export function firstParagraphIsHeadline(ctx: ArticleContext, titleFound: boolean): boolean {
  const { units } = ctx;
  if (titleFound || units.length < 2) return false;
  const first = units.filter((u) => u.paragraph === units[0].paragraph);
  const next = units.filter((u) => u.paragraph !== units[0].paragraph);
  if (!next.length || first.length > 2) return false;
  if (first.length === 2 && isRunInTitle(first[0].text)) return true;
  if (first.length === 1 && runsTwoTitlesTogether(ctx, 0)) return true;
  return first.length === 1 && restatedBy(first[0].text, next.filter((u) => u.paragraph === next[0].paragraph).slice(0, LEAD_SENTENCES).map((u) => u.text).join(' '));
}

function isRunInTitle(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // a dateline (`МОСКВА, 3 мая.`) is not a title
  return words.length > 0 && words.length <= MAX_TITLE_WORDS && !/\d/.test(sentence) && sentence !== sentence.toUpperCase() && /[.!?…]\s*$/.test(sentence);
}

function runsTwoTitlesTogether(ctx: ArticleContext, unit: number): boolean {
  const { from, to } = ctx.unitTokens[unit];
  const t = ctx.tokens;
  for (let k = from + 3; k < to - 2; k++) {
    const w = t[k];
    const prev = t[k - 1];
    if (!w.isWord || !w.capitalized || w.acronym) continue;
    if (!(prev.isWord && !prev.capitalized) && prev.text !== '»' && prev.text !== '"') continue;
    const readings = ctx.morph.analyze(w.lower);
    const proper = ctx.morph.analyze(w.text).some((r) => ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr'].some((g) => r.grammemes.has(g)));
    if (proper || !readings.length || !NEVER_CAPITALISED_INSIDE.has(readings[0].pos)) continue;
    // `заявил Российской газете`: an adjective opening a name after a verb or a preposition
    if (readings[0].pos === 'ADJF' && (ctx.cueAt(k - 1) || PREPOSITIONS.has(prev.lower))) continue;
    // each side is a clause of its own: a finite verb before the break, and one after it before any
    // punctuation (`сообщил в интервью Новой газете, что …` is one sentence)
    if (finiteVerbIn(ctx, from, k) && finiteVerbIn(ctx, k + 1, to, true)) return true;
  }
  return false;
}

function finiteVerbIn(ctx: ArticleContext, from: number, to: number, stopAtPunctuation = false): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.tokens[k];
    if (!w.isWord) {
      if (stopAtPunctuation && !['«', '»', '"'].includes(w.text)) return false;
      continue;
    }
    if (ctx.morph.analyze(w.lower)[0]?.pos === 'VERB') return true;
  }
  return false;
}

/** Lower-case words only: names recur between any two paragraphs about the same people. */
function contentStems(text: string): Set<string> {
  return new Set((text.replace(/ё/g, 'е').match(/(?<![\p{L}-])\p{Ll}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
}

function restatedBy(headline: string, lead: string): boolean {
  const words = contentStems(headline);
  if (words.size < MIN_CONTENT_WORDS) return false;
  const leadWords = contentStems(lead);
  let shared = 0;
  for (const w of words) if (leadWords.has(w)) shared++;
  return shared / words.size >= RESTATED_SHARE;
}
