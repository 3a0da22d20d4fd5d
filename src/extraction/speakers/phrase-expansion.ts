// Grows a speaker phrase around its head: role words and adjectives to the left, names and genitive
// dependents to the right, and chooses the phrase's head (a person's name over the role before it).
import type { Morphology } from '../morphology';
import type { Token } from '../text/tokens';
import { type HeadClassifier, type HeadKind, LATIN_RE, PREPOSITIONS } from './head-classifier';
import { ANONYMOUS_LEMMAS, NAME_PARTICLES, NOT_NAMES, ORGANIZATION_LEMMAS, ROLE_LEMMAS } from './lexicons';
import { LATIN_CONNECTORS } from './organization-names';
import type { PeopleIndex } from './people';

/** A speaker phrase as the finder hands it on: its tokens, its head and what kind of head it is. */
export interface NounPhrase {
  tokens: Token[];
  head: Token;
  kind: HeadKind;
  start: number;
  end: number;
  /** The head is in a prepositional phrase (`в пресс-службе`, `в ведомстве`): an organisation's locative. */
  locative: boolean;
  /** The phrase stands in an oblique case (`по мнению делегации ОБСЕ`): its head is put in the nominative. */
  oblique?: boolean;
  /** A quantifier governs the head (`несколько избирателей`): the phrase is kept as written. */
  quantified?: boolean;
}

/** Nouns of places whose proper name follows them (`города Немуро`, `острова Хоккайдо`, `штата Огайо`). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['город', 'село', 'деревня', 'поселок', 'посёлок', 'станица', 'остров', 'область', 'район', 'край', 'штат', 'провинция', 'префектура', 'округ', 'река', 'улица', 'площадь', 'аэропорт', 'порт', 'полуостров', 'регион', 'республика', 'графство', 'коммуна', 'муниципалитет', 'уезд']);

export class PhraseExpander {
  constructor(
    private readonly morph: Morphology,
    private readonly people: PeopleIndex,
    private readonly heads: HeadClassifier,
  ) {}

  /** Grows a phrase around its head: role words, adjectives, names, genitive dependents. */
  expand(tokens: Token[], headIdx: number, kind: HeadKind, from: number, to: number, locative: boolean): NounPhrase {
    let a = headIdx;
    let b = headIdx;
    if (kind !== 'pronoun') {
      while (a - 1 >= from && a - headIdx > -10) {
        const t = tokens[a - 1];
        if (!this.canExtendLeft(t, tokens[a - 2])) break;
        a--;
      }
      while (b + 1 < to && b - headIdx < 10) {
        const t = tokens[b + 1];
        if (!this.canExtendRight(t, tokens[b], kind, tokens[b + 2])) break;
        // once the phrase holds a proper name, a further quoted or unknown name is a recipient or an
        // outlet (`пресс-служба прокуратуры Москвы «Ъ»`, `Роскомнадзор «РИА Новости»`), not a dependent
        if (kind !== 'name') {
          const prev = tokens[b];
          const prevIsDependentName = prev.isWord && prev.capitalized && b > headIdx && this.morph.analyze(prev.text).some((r) => r.known && r.grammemes.has('gent'));
          const legalForm = prev.isWord && ['оао', 'зао', 'пао', 'ооо', 'ао', 'гк', 'фгуп', 'муп', 'гуп'].includes(prev.lower);
          const prevReadings = this.morph.analyze(prev.text);
          const properHead = b === headIdx && prev.isWord && prev.capitalized && !legalForm && (prev.acronym || !prevReadings.some((r) => r.known) || prevReadings.some((r) => r.grammemes.has('Orgn') || r.grammemes.has('Geox')));
          if ((t.text === '«' || t.text === '"') && (prevIsDependentName || properHead)) break;
          // in a locative source (`в пресс-службе мэрии «Известиям»`) a quote after a dependent is a recipient
          if (locative && (t.text === '«' || t.text === '"') && b > headIdx) break;
          const personWord = this.heads.isKnownPerson(t) || this.morph.analyze(t.text).some((r) => r.known && (r.grammemes.has('Name') || r.grammemes.has('Surn')));
          if (t.isWord && t.capitalized && prevIsDependentName && !personWord && !this.morph.analyze(t.text).some((r) => r.known && r.grammemes.has('gent'))) break;
        }
        b++;
      }
      // trailing prepositions or open quotes do not end a phrase
      while (b > headIdx && (!tokens[b].isWord ? tokens[b].text !== '»' && tokens[b].text !== ')' : PREPOSITIONS.has(tokens[b].lower))) b--;
      while (a < headIdx && (!tokens[a].isWord ? tokens[a].text !== '«' : PREPOSITIONS.has(tokens[a].lower))) a++;
    }
    if (kind === 'name') {
      while (a < headIdx && tokens[a].isWord && !tokens[a].capitalized && !this.isCommonHead(tokens[a]) && !this.isAdjective(tokens[a])) a++;
    }
    // left of a role, organisation or anonymous head only its adjectives belong to it: an outlet before
    // it (`сообщил «Ъ» источник`) is a recipient, not part of the phrase
    if (kind !== 'name' && kind !== 'pronoun') {
      // (not a noun az knows only in oblique cases: `с частью избирателей министр` is not one phrase)
      while (a < headIdx && (!tokens[a].isWord || (!this.isAdjective(tokens[a]) && !(this.isCommonHead(tokens[a]) && !this.onlyOblique(tokens[a]))))) a++;
    }
    const slice = tokens.slice(a, b + 1);
    const head = this.chooseHead(slice, tokens[headIdx], kind);
    return { tokens: slice, head: head.token, kind: head.kind, start: slice[0].start, end: slice[slice.length - 1].end, locative };
  }

  /** A Russian word az knows, in no nominative reading. */
  private onlyOblique(t: Token): boolean {
    if (!/^[а-яё-]+$/.test(t.lower)) return false;
    const rs = this.morph.analyze(t.lower);
    return rs.length > 0 && rs.every((r) => r.known) && !rs.some((r) => r.grammemes.has('nomn'));
  }

  private isCommonHead(t: Token): boolean {
    const lemma = this.morph.lemma(t.lower);
    return ROLE_LEMMAS.has(lemma) || ANONYMOUS_LEMMAS.has(lemma) || (ORGANIZATION_LEMMAS.has(lemma) && !t.acronym);
  }

  private isAdjective(t: Token): boolean {
    return t.isWord && this.morph.analyze(t.lower).some((r) => r.pos === 'ADJF');
  }

  /**
   * The head of a phrase: a person's name when one stands in it in the nominative (`министр финансов
   * Иван Петров`), otherwise the leftmost role, organisation or source noun (`глава Минфина`,
   * `пресс-служба губернатора`, `жительница Заречья`).
   */
  private chooseHead(slice: Token[], found: Token, kind: HeadKind): { token: Token; kind: HeadKind } {
    let firstNoun: { token: Token; kind: HeadKind } | null = null;
    let name: Token | null = null;
    for (let i = 0; i < slice.length; i++) {
      const t = slice[i];
      const k = this.heads.classify(t, false);
      if (!k || k === 'pronoun') continue;
      if (k === 'name') {
        // `мэр города Немуро`: a capitalised word after a settlement noun is the place's name
        if (i > 0 && slice[i - 1].isWord && PLACE_NOUNS.has(this.morph.lemma(slice[i - 1].lower))) continue;
        if (this.heads.nominative(t) && (!firstNoun || firstNoun.kind === 'role' || this.heads.isKnownPerson(t))) name = t;
        continue;
      }
      if (!firstNoun && (this.heads.nominative(t) || !slice.some((x) => this.heads.nominative(x) && this.heads.classify(x, false))) && !(slice[i - 1] && PREPOSITIONS.has(slice[i - 1].lower))) firstNoun = { token: t, kind: k };
    }
    // a person's name after a role, or a person the article introduced by name — but after an
    // organisation or a source noun a name in an oblique case is its dependent (`пресс-служба губернатора Орлова`)
    const dependentName = name && firstNoun && firstNoun.kind !== 'role' && !this.exactPersonForm(name);
    if (name && !dependentName && (!firstNoun || firstNoun.kind === 'role' || this.heads.isKnownPerson(name))) return { token: name, kind: 'name' };
    if (firstNoun) return firstNoun;
    return { token: found, kind };
  }

  /** In an oblique phrase (`по словам собеседника агентства`) the head is its first noun or the name. */
  leftmostHead(np: NounPhrase): { head: Token; kind: HeadKind } {
    if (np.kind === 'name' || np.kind === 'pronoun') return { head: np.head, kind: np.kind };
    for (const t of np.tokens) {
      const k = this.heads.classify(t, false);
      if (k && k !== 'name') return { head: t, kind: k };
    }
    return { head: np.head, kind: np.kind };
  }

  /** The token is a known person's surname or first name exactly as the article gives it in the nominative. */
  private exactPersonForm(t: Token): boolean {
    return this.people.people.some((p) => p.surname.split(' ').includes(t.text) || p.first === t.text);
  }

  private canExtendLeft(t: Token, before: Token | undefined): boolean {
    if (!t.isWord) return t.text === '«' || t.text === '»' || t.text === '"';
    if (PREPOSITIONS.has(t.lower) || NOT_NAMES.has(t.lower)) return false;
    if (t.capitalized) return true;
    const rs = this.morph.analyze(t.lower);
    const lemma = rs[0]?.lemma ?? '';
    if (ROLE_LEMMAS.has(lemma) || ORGANIZATION_LEMMAS.has(lemma) || ANONYMOUS_LEMMAS.has(lemma)) return true;
    // a pronoun read first (`Между тем организация …`: `тем` is not the genitive of `тьма`)
    if (rs.some((r) => r.known && (r.pos === 'NPRO' || r.pos === 'CONJ' || r.grammemes.has('Apro')))) return false;
    if (rs.some((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && !r.grammemes.has('Apro'))) return true;
    if (rs.some((r) => r.pos === 'NOUN' && r.grammemes.has('gent'))) return !!before && before.isWord;
    if (NAME_PARTICLES.has(t.lower)) return true;
    return false;
  }

  private canExtendRight(t: Token, prev: Token, kind: HeadKind, next: Token | undefined): boolean {
    if (!t.isWord) {
      if (t.text === '«') return kind !== 'name' || !prev.capitalized;
      if (t.text === '»') return prev.isWord;
      if (t.text === '(' || t.text === ')') return false;
      return false;
    }
    if (t.lower === 'что' || t.lower === 'и' || t.lower === 'а') return false;
    if (t.capitalized) return !NOT_NAMES.has(t.lower);
    if (NAME_PARTICLES.has(t.lower) && next?.capitalized) return true;
    // `Mail on Sunday`, `Bank of America`: a lower-case connector inside a Latin-script name
    if (LATIN_CONNECTORS.has(t.lower) && LATIN_RE.test(prev.text) && prev.capitalized && next?.capitalized && LATIN_RE.test(next.text)) return true;
    const rs = this.morph.analyze(t.lower);
    const genitiveNoun = rs.some((r) => r.pos === 'NOUN' && r.grammemes.has('gent'));
    if (!genitiveNoun && rs.some((r) => r.pos === 'VERB' || r.pos === 'GRND' || r.pos === 'INFN' || r.pos === 'ADVB' || r.pos === 'PRTS' || r.pos === 'ADJS')) return false;
    if ((kind === 'anonymous' || kind === 'role' || kind === 'organization') && (t.lower === 'в' || t.lower === 'из' || t.lower === 'от' || t.lower === 'при' || t.lower === 'с' || t.lower === 'со')) {
      // `источник в правительстве`, `пенсионер с Химмаша`
      return !!next && next.isWord && !this.isTimeWord(next);
    }
    if (PREPOSITIONS.has(t.lower)) return false;
    if (prev.isWord && PREPOSITIONS.has(prev.lower)) return rs.some((r) => r.pos === 'NOUN' || r.pos === 'ADJF');
    const lemma = rs[0]?.lemma ?? '';
    if (ROLE_LEMMAS.has(lemma) || ANONYMOUS_LEMMAS.has(lemma)) return true;
    if (rs.some((r) => (r.pos === 'NOUN' || r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR') && (r.grammemes.has('gent') || r.grammemes.has('loct') || r.grammemes.has('ablt')))) return true;
    if (rs.some((r) => r.pos === 'ADJF') && next?.isWord) return true;
    return false;
  }

  private isTimeWord(t: Token): boolean {
    return /^(понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|ходе|рамках|время|интервью|эфире|ходе)/i.test(t.lower) || /^\d/.test(t.text);
  }
}
