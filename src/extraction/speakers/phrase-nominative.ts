// A speaker phrase named in the nominative: the head and the words agreeing with it put in the
// nominative, dependents as written (`по мнению генерального секретаря ООН` → `генеральный секретарь ООН`).
import type { Morphology } from '../morphology';
import type { Token } from '../text/tokens';
import { ROLE_LEMMAS } from './lexicons';
import type { NounPhrase } from './phrase-expansion';

/** The phrase with its head (and the words agreeing with it before it) in the nominative. */
export function nominativePhrase(morph: Morphology, np: NounPhrase): string {
  if (np.quantified) return np.tokens.map((t) => t.text).join(' ');
  const toks = np.tokens;
  const headIdx = toks.indexOf(np.head);
  const headReadings = morph.analyze(np.head.capitalized && !ROLE_LEMMAS.has(np.head.lower) ? np.head.text : np.head.lower);
  const headReading = headReadings.find((r) => r.pos === 'NOUN') ?? headReadings[0];
  const plural = headReading?.grammemes.has('plur') && !headReadings.some((r) => r.grammemes.has('sing') && r.grammemes.has('nomn'));
  const number = plural ? 'plur' : 'sing';
  const headGender = ['masc', 'femn', 'neut'].find((g) => headReading?.grammemes.has(g)) ?? null;
  const parts: string[] = [];
  let prevEnd = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let text = t.text;
    if (i <= headIdx && t.isWord && !t.acronym) {
      const rs = morph.analyze(t.capitalized ? t.text : t.lower);
      // the head is a noun, the words before it agree with it (`секретаря` is not the participle of `секретарить`)
      const nominal = i === headIdx ? rs.find((r) => r.pos === 'NOUN') ?? rs.find((r) => r.pos === 'ADJF' || r.pos === 'PRTF') : rs.find((r) => r.pos === 'NOUN' || r.pos === 'ADJF' || r.pos === 'PRTF');
      // a locative or oblique phrase (`в милиции`, `по мнению делегации`) names its source in the
      // nominative; words az does not know (`Лента.ру`) stay as written
      const obliqueSingular = (np.locative && rs.some((r) => r.grammemes.has('loct') || r.grammemes.has('datv'))) || (np.oblique && rs.some((r) => r.grammemes.has('gent') && r.grammemes.has('sing')));
      const knownWord = rs.length > 0 && !/[.A-Za-z]/.test(t.text);
      if (nominal && knownWord && (obliqueSingular || !rs.some((r) => r.grammemes.has('nomn')))) {
        // a place or institution az knows by its capital (`Британии`: lower case it guesses `британие`)
        const proper = t.capitalized && rs.some((r) => r.known && (r.grammemes.has('Geox') || r.grammemes.has('Orgn')));
        const singular = obliqueSingular || number === 'sing';
        // an adjective takes the head's gender (`украинского правительства` → `украинское правительство`)
        const gender = i < headIdx && singular && nominal.pos !== 'NOUN' ? headGender : null;
        const form = morph.inflect(proper ? t.text : t.lower, [singular ? 'sing' : number, 'nomn', ...(gender ? [gender] : [])], i === headIdx ? (r) => r.pos === nominal.pos : undefined);
        if (form) text = matchCase(t.text, form);
      } else if (nominal && i === headIdx && rs.some((r) => r.grammemes.has('nomn')) === false) {
        /* keep */
      }
    }
    parts.push(prevEnd >= 0 && t.start > prevEnd ? ' ' + text : text);
    prevEnd = t.end;
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The capitalised name in quotation marks closing a phrase (`объединения «Заря»` → `Заря`). */
export function quotedName(tokens: Token[]): string | null {
  const close = tokens.length - 1;
  if (close < 2 || (tokens[close].text !== '»' && tokens[close].text !== '"')) return null;
  let open = close - 1;
  while (open > 0 && tokens[open].isWord && close - open <= 4) open--;
  if (tokens[open].text !== '«' && tokens[open].text !== '"') return null;
  const words = tokens.slice(open + 1, close);
  return words.length && words[0].capitalized ? words.map((w) => w.text).join(' ') : null;
}

function matchCase(original: string, form: string): string {
  if (original[0] !== original[0].toLowerCase()) return form[0].toUpperCase() + form.slice(1);
  return form;
}
