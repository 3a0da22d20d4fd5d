// The outlet a speaker told something to is the channel of the statement, not its speaker:
// `рассказал ТАСС, что …`, `заявил «Известиям»`, `сообщил в интервью CNN`, `сказал в беседе с
// корреспондентом «Вестника»`. Read from the few words right after the cue; the outlet is named in the
// nominative (`«Известиям»` → Известия) so that it can be looked up.
import type { Morphology } from '../morphology';
import type { Token } from '../text/tokens';
import { LATIN_RE } from './head-classifier';
import { matchCapitals } from './name-forms';
import { latinRun } from './organization-names';

/** Nouns for an outlet or its journalist that may stand before the outlet's name after a cue. */
const ADDRESSEE_NOUNS = new Set([
  'агентство', 'информагентство', 'издание', 'газета', 'журнал', 'телеканал', 'канал', 'радиостанция',
  'радио', 'портал', 'сайт', 'корреспондент', 'журналист', 'редакция', 'ведущий', 'эфир', 'программа',
]);

/** Nouns after which the outlet stands in the genitive (`корреспонденту «Вестника»`, `в эфире НТВ`). */
const GENITIVE_HOSTS = new Set(['корреспондент', 'журналист', 'редакция', 'ведущий', 'эфир', 'программа']);

/** Words that introduce an interview setting: `в интервью`, `в беседе с`, `в комментарии для`. */
const SETTINGS = new Set(['в', 'во', 'интервью', 'беседе', 'беседа', 'разговоре', 'комментарии', 'комментарий', 'с', 'со', 'для', 'эфире', 'телеэфире']);

const MAX_WORDS = 8;

/**
 * The outlet named as the addressee among `tokens[from..to)` (the words after a cue, before its
 * content or the end of its sentence), skipping the speaker's own words (`skip`); null when none.
 */
export function addresseeOutlet(morph: Morphology, tokens: readonly Token[], from: number, to: number, skip: (t: Token) => boolean): string | null {
  let expectGenitive = false;
  let afterSpeaker = false;
  for (let k = from, words = 0; k < to && words < MAX_WORDS; k++) {
    const t = tokens[k];
    if (skip(t)) {
      afterSpeaker = true;
      continue;
    }
    // a quoted name right after the speaker's words completes them (`передает РИА «Новости»`)
    if (t.text === '«' || t.text === '"') return afterSpeaker && tokens[k - 1] && skip(tokens[k - 1]) ? null : quotedOutlet(morph, tokens, k, to, expectGenitive);
    if (!t.isWord) return null;
    words++;
    if (t.lower === 'что' || t.lower === 'чтобы') return null;
    if (t.capitalized) {
      if (t.acronym) return acronymOutlet(tokens, k, to);
      if (LATIN_RE.test(t.text)) return latinOutlet(tokens, k, to);
      return null;
    }
    if (SETTINGS.has(t.lower)) continue;
    const lemma = morph.lemma(t.lower);
    if (ADDRESSEE_NOUNS.has(lemma)) {
      expectGenitive = GENITIVE_HOSTS.has(lemma);
      continue;
    }
    // adverbs and time words may stand between (`заявил вчера ТАСС`)
    if (morph.analyze(t.lower).some((r) => r.pos === 'ADVB')) continue;
    return null;
  }
  return null;
}

/** `ТАСС`, `РИА Новости`: an acronym, with a capitalised common noun that completes the name. */
function acronymOutlet(tokens: readonly Token[], k: number, to: number): string {
  const next = tokens[k + 1];
  if (k + 1 < to && next.isWord && next.capitalized && !next.acronym && next.start - tokens[k].end === 1 && /^Новост/.test(next.text)) return `${tokens[k].text} Новости`;
  return tokens[k].text;
}

function latinOutlet(tokens: readonly Token[], k: number, to: number): string {
  const run = latinRun(tokens.slice(k, to));
  return run.map((t) => t.text).join(' ');
}

/** `«Известиям»` → Известия, `«Голоса Америки»` → Голос Америки: the first word in the nominative. */
function quotedOutlet(morph: Morphology, tokens: readonly Token[], open: number, to: number, genitive: boolean): string | null {
  const words: Token[] = [];
  let k = open + 1;
  for (; k < to && words.length <= 4; k++) {
    const t = tokens[k];
    if (t.text === '»' || t.text === '"') break;
    words.push(t);
  }
  if (!words.length || words.length > 4 || !words[0].capitalized || k >= to) return null;
  const first = words[0];
  const caseTag = genitive ? 'gent' : 'datv';
  const reading = morph.analyze(first.lower).find((r) => r.grammemes.has(caseTag) && r.pos === 'NOUN');
  let head = first.text;
  if (reading) {
    const number = reading.grammemes.has('plur') ? 'plur' : 'sing';
    const form = morph.inflect(first.lower, [number, 'nomn'], (r) => r.grammemes.has(caseTag) && r.pos === 'NOUN');
    if (form) head = matchCapitals(first.text, form);
  }
  let out = head;
  for (let j = 1; j < words.length; j++) out += (words[j].start > words[j - 1].end ? ' ' : '') + words[j].text;
  return out;
}
