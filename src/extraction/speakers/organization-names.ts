// The name of an organisation inside the phrase that describes it: `издание Los Angeles Times` is
// Los Angeles Times, `британская газета Mail on Sunday` is Mail on Sunday, `организация «Заря»` is
// Заря. The common noun before the name only says what kind of body it is; an editor looks the
// organisation up by its own name.
import type { Morphology } from '../morphology';
import type { Token } from '../text/tokens';

/** Common nouns that describe the kind of organisation named right after them. */
export const DESCRIPTOR_LEMMAS: ReadonlySet<string> = new Set([
  'издание', 'интернет-издание', 'газета', 'журнал', 'агентство', 'информагентство', 'телеканал', 'канал',
  'радиостанция', 'портал', 'сайт', 'ресурс', 'интернет-ресурс', 'таблоид', 'еженедельник', 'ежедневник',
  'организация', 'компания', 'ассоциация', 'корпорация', 'концерн', 'холдинг', 'фонд', 'банк', 'группа',
  'движение', 'партия', 'объединение', 'союз', 'профсоюз', 'фирма', 'агрегатор', 'сервис', 'соцсеть',
]);

/** Lower-case words that join the parts of a Latin-script name (`Mail on Sunday`, `Bank of America`). */
export const LATIN_CONNECTORS: ReadonlySet<string> = new Set(['on', 'of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'di', 'del', '&']);

const LATIN_WORD = /^[A-Z][A-Za-z0-9&.'/-]*$/;

/**
 * The proper name that follows a descriptor noun in `tokens` (a quoted name, a Latin-script name, an
 * acronym or a capitalised word az does not know), or null when the phrase has none.
 */
export function nameAfterDescriptor(morph: Morphology, tokens: readonly Token[]): string | null {
  const d = tokens.findIndex((t) => t.isWord && !t.capitalized && isDescriptor(morph, t.lower));
  if (d < 0 || d + 1 >= tokens.length) return null;
  const rest = tokens.slice(d + 1);
  const first = rest[0];
  if (first.text === '«' || first.text === '"') {
    const close = rest.findIndex((t, k) => k > 0 && (t.text === '»' || t.text === '"'));
    const words = close > 0 ? rest.slice(1, close) : [];
    if (!words.length || words.length > 5 || !words[0].capitalized || close !== rest.length - 1) return null;
    return joinAsWritten(words);
  }
  if (!first.isWord || !first.capitalized) return null;
  if (LATIN_WORD.test(first.text)) {
    const words = latinRun(rest);
    return words.length === rest.length ? joinAsWritten(words) : null;
  }
  if (rest.length !== 1) return null;
  if (first.acronym) return first.text;
  const rs = morph.analyze(first.text);
  // a place or a person after the noun is its dependent (`агентство Франции`), not its name
  if (rs.some((r) => r.known && (r.grammemes.has('Geox') || r.grammemes.has('Name') || r.grammemes.has('Surn')))) return null;
  return rs.some((r) => r.known && !r.grammemes.has('Orgn')) ? null : first.text;
}

/** `издания`, and a compound named by its tail (`интернет-издания`, `медиа-холдинг`). */
function isDescriptor(morph: Morphology, word: string): boolean {
  if (DESCRIPTOR_LEMMAS.has(morph.lemma(word))) return true;
  const dash = word.lastIndexOf('-');
  return dash > 0 && DESCRIPTOR_LEMMAS.has(morph.lemma(word.slice(dash + 1)));
}

/** The Latin-script name starting the tokens: capitalised words and the connectors between them. */
export function latinRun(tokens: readonly Token[]): Token[] {
  let end = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.isWord && LATIN_WORD.test(t.text)) end = k + 1;
    else if (!(t.isWord && LATIN_CONNECTORS.has(t.lower) && k > 0 && tokens[k + 1] && LATIN_WORD.test(tokens[k + 1].text))) break;
  }
  return tokens.slice(0, end);
}

function joinAsWritten(words: readonly Token[]): string {
  let out = '';
  for (let k = 0; k < words.length; k++) out += (k > 0 && words[k].start > words[k - 1].end ? ' ' : '') + words[k].text;
  return out;
}
