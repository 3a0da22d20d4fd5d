// Finds the words that stand for the speaker around a cue: the subject to its left (`министр заявил`),
// the inverted subject to its right (`…, заявил министр`), or an institution in the locative. Heads are
// classified in head-classifier.ts and phrases grown around them in phrase-expansion.ts.
import { ACCORDING_NOUNS } from '../cues/cue-lexicon';
import type { Morphology, WordReading } from '../morphology';
import type { Token } from '../text/tokens';
import { ANONYMOUS_LEMMAS, ORGANIZATION_LEMMAS, ROLE_LEMMAS } from './lexicons';
import { HeadClassifier, type HeadKind, LATIN_RE, PREPOSITIONS } from './head-classifier';
import type { PeopleIndex } from './people';
import { type NounPhrase, PhraseExpander } from './phrase-expansion';

/** Positions of the tokens inside quotation marks in a phrase. */
function quotedIndexes(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let open = false;
  tokens.forEach((t, k) => {
    if (t.text === '«' || (t.text === '"' && !open)) open = true;
    else if (t.text === '»' || (t.text === '"' && open)) open = false;
    else if (open) out.add(k);
  });
  return out;
}

/** One word naming an organisation (`«Газпром»`, `в Британии`) as a phrase. */
function organizationWord(t: Token, locative: boolean): NounPhrase {
  return { tokens: [t], head: t, kind: 'organization', start: t.start, end: t.end, locative };
}

/** Words that make a genitive plural the subject (`несколько избирателей отметили`, `ряд экспертов считает`). */
const QUANTIFIERS = new Set(['несколько', 'большинство', 'ряд', 'часть', 'множество', 'десятки', 'сотни', 'тысячи', 'половина', 'треть', 'четверть', 'двое', 'трое', 'четверо', 'пятеро']);

const MONTHS = /^(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;

const ADVERBS = new Set(['также', 'еще', 'ещё', 'уже', 'затем', 'тогда', 'вновь', 'снова', 'неоднократно', 'ранее', 'позже', 'впоследствии', 'потом', 'лишь', 'только', 'прямо', 'открыто', 'публично', 'недавно', 'официально', 'вчера', 'сегодня', 'накануне', 'тоже', 'даже', 'однако', 'же', 'в', 'свою', 'очередь', 'частности', 'как', 'и', 'не', 'позднее', 'прежде', 'сам', 'сама', 'сами', 'самого', 'господин', 'госпожа', 'г-н', 'г-жа', 'мистер', 'миссис']);
const DOCUMENT_NOUNS = new Set(['сообщение', 'заявление', 'документ', 'доклад', 'отчет', 'отчёт', 'письмо', 'релиз', 'пресс-релиз', 'обращение', 'комментарий', 'ответ', 'материал', 'статья', 'публикация', 'исследование', 'обзор', 'записка', 'справка', 'постановление', 'решение', 'резолюция', 'коммюнике', 'декларация']);

export class PhraseFinder {
  private readonly heads: HeadClassifier;
  private readonly expander: PhraseExpander;

  constructor(private readonly morph: Morphology, private readonly people: PeopleIndex) {
    this.heads = new HeadClassifier(morph, people);
    this.expander = new PhraseExpander(morph, people, this.heads);
  }

  /** Category of a token as a possible head of a speaker phrase. */
  classify(t: Token, sentenceStart: boolean): HeadKind | null {
    return this.heads.classify(t, sentenceStart);
  }

  /** Could the token be in the nominative (or is it indeclinable/unknown)? */
  nominative(t: Token): boolean {
    return this.heads.nominative(t);
  }

  private isKnownPerson(t: Token): boolean {
    return this.heads.isKnownPerson(t);
  }

  private anyReadingKind(t: Token): HeadKind | null {
    return this.heads.anyReadingKind(t);
  }

  /**
   * The subject to the left of `cue`: the nearest head in the nominative that is not inside a
   * prepositional phrase, expanded to its whole phrase. `from` bounds the search (clause start).
   */
  findLeft(tokens: Token[], cue: number, from: number, inQuote: (t: Token) => boolean): NounPhrase | null {
    for (let k = cue - 1; k >= from; k--) {
      const t = tokens[k];
      if (t.text === ')') {
        // a parenthesis (`Юрген Клинсман (Jürgen Klinsmann) назвал`) holds no subject
        let j = k - 1;
        while (j >= from && j > k - 20 && tokens[j].text !== '(') j--;
        if (j >= from && tokens[j].text === '(') k = j;
        continue;
      }
      if (inQuote(t)) {
        // a quoted one-word name (`«Ведомости» сообщают`, `«Газпром» опровергает`) can be the subject
        const open = tokens[k - 1], close = tokens[k + 1];
        if (t.isWord && t.capitalized && open && close && (open.text === '«' || open.text === '"') && (close.text === '»' || close.text === '"')) {
          // only right before the verb (adverbs aside): elsewhere it is a dependent (`собеседник «Ъ»`)
          let adjacent = true;
          for (let j = k + 2; j < cue; j++) if (!ADVERBS.has(tokens[j].lower) && this.morph.analyze(tokens[j].lower)[0]?.pos !== 'ADVB') adjacent = false;
          // and starting its clause: after a word it is a recipient or a dependent (`прокуратуры «Ъ» сообщили`)
          const before = tokens[k - 2];
          if (before && before.isWord && !ADVERBS.has(before.lower) && !['временем', 'но', 'а', 'однако', 'зато'].includes(before.lower) && !this.introductoryPhrase(tokens, from, k - 1)) adjacent = false;
          if (adjacent) return organizationWord(t, false);
        }
        continue;
      }
      if (!t.isWord) {
        if (t.text === ':' || t.text === ';') return null;
        continue;
      }
      if (t.lower === 'что' || t.lower === 'чтобы') return null;
      const prev = tokens[k - 1];
      const kind = this.classify(t, k === from || !prev || /[.!?…]/.test(prev.text));
      if (!kind) continue;
      if (prev && prev.isWord && PREPOSITIONS.has(prev.lower) && kind !== 'pronoun') continue;
      if (!this.nominative(t)) {
        const quantified = kind === 'anonymous' || kind === 'role' ? this.quantifiedSubject(tokens, k, from) : null;
        if (quantified) return quantified;
        continue;
      }
      // a dependent inside a prepositional phrase (`В пресс-службе прокуратуры Москвы сообщили`)
      if ((kind === 'organization' || kind === 'role' || kind === 'anonymous') && this.morph.analyze(t.capitalized ? t.text : t.lower).some((r) => r.grammemes.has('gent')) && this.insidePrepositional(tokens, k, from)) continue;
      // the source of an according-to phrase (`Полиция, по данным газеты, отметила`), not the subject
      if (kind !== 'pronoun' && this.inAccordingPhrase(tokens, k, from)) continue;
      // inside a participial or relative clause set off by commas (`Врачи, лечащие пациента, говорят`)
      const clauseStart = this.participialClauseStart(tokens, k, from);
      if (clauseStart >= 0) {
        k = clauseStart;
        continue;
      }
      // a capitalised word after an oblique noun is its dependent (`корреспондентом ЕКБ.Города`)
      if (kind !== 'pronoun' && prev && prev.isWord && !prev.capitalized && !this.isKnownPerson(t) && !this.morph.analyze(t.text).some((r) => r.known && r.grammemes.has('nomn'))) {
        const pr = this.morph.analyze(prev.lower);
        if (pr.some((r) => r.pos === 'NOUN') && pr.every((r) => r.grammemes.has('gent') || r.grammemes.has('ablt')) && !pr.some((r) => r.grammemes.has('nomn')) && !ROLE_LEMMAS.has(pr[0]?.lemma ?? '')) continue;
      }
      // `О проекте РБК рассказал заместитель директора …`: an outlet right before the verb, with a person
      // named after it, is the one told, not the speaker
      if (kind === 'organization' && k === cue - 1 && (t.acronym || LATIN_RE.test(t.text)) && this.laterSubject(tokens, cue + 1, tokens.length) !== null) return null;
      return this.expander.expand(tokens, k, kind, from, cue, false);
    }
    return null;
  }

  /** `несколько (местных) избирателей`: a genitive plural after a quantifier starting its clause. */
  private quantifiedSubject(tokens: Token[], k: number, from: number): NounPhrase | null {
    if (!this.morph.analyze(tokens[k].lower).some((r) => r.grammemes.has('gent') && r.grammemes.has('plur'))) return null;
    let q = k - 1;
    // adjectives agreeing with the noun may stand between (`несколько местных избирателей`)
    while (q > from && q > k - 3 && this.morph.analyze(tokens[q].lower).some((r) => r.pos === 'ADJF' && r.grammemes.has('gent'))) q--;
    if (q < from || !QUANTIFIERS.has(tokens[q].lower)) return null;
    const before = tokens[q - 1];
    if (before && before.isWord && PREPOSITIONS.has(before.lower)) return null;
    const slice = tokens.slice(q, k + 1);
    return { tokens: slice, head: tokens[k], kind: 'anonymous', start: slice[0].start, end: tokens[k].end, locative: false, quantified: true };
  }

  /**
   * `В результате «Заря» заявила`, `Вскоре «Заря» заявила`: the words from the clause start to `end` are
   * an introductory adverbial (an adverb, or a preposition with up to two words), not a head the quoted
   * name depends on.
   */
  private introductoryPhrase(tokens: Token[], from: number, end: number): boolean {
    const words = tokens.slice(from, end);
    // a date (`22 октября`, `в марте 2012 года`)
    if (words.length && words.length <= 5 && words.some((w) => /^\d/.test(w.text)) && words.every((w) => /^\d+$/.test(w.text) || w.lower === 'в' || w.lower === 'года' || w.lower === 'году' || MONTHS.test(w.lower))) return true;
    if (!words.length || words.length > 3 || words.some((w) => !w.isWord)) return false;
    if (words.length === 1) return this.morph.analyze(words[0].lower)[0]?.pos === 'ADVB';
    return PREPOSITIONS.has(words[0].lower) && !words.slice(1).some((w) => this.classify(w, false));
  }

  /** The inverted subject right after the cue (`заявил министр`, `сказала Петрова`). */
  findRight(tokens: Token[], cue: number, to: number, inQuote: (t: Token) => boolean, anyCase = false): NounPhrase | null {
    let skipped = 0;
    for (let k = cue + 1; k < to && skipped < 8; k++) {
      const t = tokens[k];
      if (inQuote(t)) {
        // a quoted outlet between the verb and its subject (`рассказал «Медузе» основатель`) is skipped
        if (t.capitalized && this.shortQuotedName(tokens, k)) { skipped++; continue; }
        return null;
      }
      if (!t.isWord) {
        if (t.text === '«' || t.text === '»' || t.text === '"') continue;
        return null;
      }
      if (t.lower === 'что' || t.lower === 'чтобы') return null;
      if (PREPOSITIONS.has(t.lower)) {
        // a circumstance (`в четверг`, `на брифинге`, `в интервью РБК`): skip the preposition and its noun group
        k = this.skipPrepositional(tokens, k, to);
        skipped++;
        continue;
      }
      const kind = this.classify(t, false) ?? (anyCase ? this.anyReadingKind(t) : null);
      if (kind && (anyCase || this.nominative(t))) {
        if (kind === 'role' && !anyCase) {
          // `председатель Союза садоводов Заречья Иван Гром`: the role's holder follows
          const np = this.expander.expand(tokens, k, kind, cue + 1, to, false);
          const after = tokens.indexOf(np.tokens[np.tokens.length - 1]) + 1;
          for (let j = after; j < to && j < after + 6; j++) {
            const w = tokens[j];
            if (!w.isWord || ['на', 'в', 'во', 'с', 'со', 'к', 'у', 'о', 'об', 'за', 'перед', 'после'].includes(w.lower)) break;
            if (w.capitalized && this.people.isFirstName(w, tokens[j + 1]) && this.morph.analyze(w.text).some((r) => r.grammemes.has('Name') && r.grammemes.has('nomn'))) {
              const named = this.expander.expand(tokens, j + 1, 'name', j, to, false);
              return { ...named, tokens: tokens.slice(k, tokens.indexOf(named.tokens[named.tokens.length - 1]) + 1), start: tokens[k].start };
            }
            if (this.morph.analyze(w.lower).some((r) => r.pos === 'VERB')) break;
          }
        }
        if (anyCase) {
          const np = this.expander.expand(tokens, k, kind, cue + 1, to, false);
          // a role's holder named in the same oblique phrase (`обращение председателя КНР Си Цзиньпина`)
          // (a quoted word is an organisation's name, never the holder: `редактора «Вестник-Новости»`)
          const quoted = quotedIndexes(np.tokens);
          const holder = np.kind === 'role' || np.kind === 'name' ? [...np.tokens].reverse().find((w, r) => !quoted.has(np.tokens.length - 1 - r) && w.isWord && w.capitalized && !w.acronym && this.classify(w, false) === 'name') : undefined;
          if (holder) return { ...np, head: holder, kind: 'name', oblique: true };
          // `пресс-секретаря «Заря-Медиа» Анны Котовой`: the holder after the quoted organisation
          const last = np.tokens[np.tokens.length - 1];
          const headQuoted = quoted.has(np.tokens.indexOf(np.head));
          const named = np.kind === 'role' || headQuoted ? this.holderAfterOrganization(tokens, tokens.indexOf(last) + (quoted.size && (last.text === '»' || last.text === '"') ? 0 : 1), to, quoted.size > 0) : -1;
          if (named >= 0) {
            const whole = tokens.slice(k, named + 1);
            return { ...np, tokens: whole, end: tokens[named].end, head: tokens[named], kind: 'name', oblique: true };
          }
          if (headQuoted) return { ...np, head: tokens[k], kind, oblique: true };
          return { ...np, ...this.expander.leftmostHead(np), oblique: true };
        }
        if (kind === 'organization' && (t.acronym || LATIN_RE.test(t.text) || tokens[k - 1]?.text === '«' || !this.morph.analyze(t.text).some((r) => r.known))) {
          // `сказал РБК источник`, `рассказал «Известиям» директор`: the outlet is the recipient
          const later = this.laterSubject(tokens, k + 1, to);
          if (later !== null) return this.expander.expand(tokens, later, this.classify(tokens[later], false)!, k + 1, to, false);
        }
        return this.expander.expand(tokens, k, kind, cue + 1, to, false);
      }
      if (ADVERBS.has(t.lower)) { skipped++; continue; }
      const rs = this.morph.analyze(t.lower);
      if (rs.some((r) => r.pos === 'ADVB' || r.pos === 'ADJF' || r.pos === 'PRCL' || r.pos === 'NUMR')) { skipped++; continue; }
      // a recipient in the dative (`сказал журналистам`, `сообщил агентству`) stands between cue and subject
      if (rs.some((r) => r.grammemes.has('datv')) && !rs.some((r) => r.grammemes.has('nomn'))) { skipped++; continue; }
      // a description the lexicons lack before a name (`заявил инспектор Иван Сомов`, `сказал поэт Олег Лис`)
      const next = tokens[k + 1];
      if (next && next.isWord && next.capitalized && rs[0]?.pos === 'NOUN' && rs[0].grammemes.has('anim') && rs[0].grammemes.has('nomn') && this.classify(next, false) === 'name') { skipped++; continue; }
      return null;
    }
    return null;
  }

  /**
   * The last word of a personal name that follows a quoted organisation name or a parenthesis
   * (`«Заря-Медиа» (zarya.ru) Анны Котовой`), starting at token `j`; -1 when none follows.
   */
  private holderAfterOrganization(tokens: Token[], j: number, to: number, afterQuote = false): number {
    let skipped = afterQuote ? 1 : 0;
    if (afterQuote) j++;
    while (j < to && skipped < 3) {
      const open = tokens[j].text;
      const close = open === '«' ? '»' : open === '"' ? '"' : open === '(' ? ')' : null;
      if (!close) break;
      let e = j + 1;
      while (e < to && e < j + 8 && tokens[e].text !== close) e++;
      if (e >= to || tokens[e].text !== close) return -1;
      j = e + 1;
      skipped++;
    }
    if (!skipped) return -1;
    let last = -1;
    for (let n = j; n < to && n < j + 3; n++) {
      const w = tokens[n];
      if (!w.isWord || !w.capitalized || w.acronym || this.classify(w, false) !== 'name') break;
      last = n;
    }
    return last;
  }

  /** The token sits in a quotation of at most three words that starts with a capital (a title or outlet). */
  private shortQuotedName(tokens: Token[], k: number): boolean {
    let a = k;
    while (a > 0 && tokens[a - 1].text !== '«' && tokens[a - 1].text !== '"' && k - a < 3) a--;
    let b = k;
    while (b + 1 < tokens.length && tokens[b + 1].text !== '»' && tokens[b + 1].text !== '"' && b - k < 3) b++;
    const open = tokens[a - 1], close = tokens[b + 1];
    return !!open && !!close && (open.text === '«' || open.text === '"') && (close.text === '»' || close.text === '"') && tokens[a].capitalized;
  }

  /** The token is in a `, причастие …` / `, который …` clause: the index of the comma opening it, else -1. */
  private participialClauseStart(tokens: Token[], k: number, from: number): number {
    for (let j = k - 1; j >= from && j >= k - 12; j--) {
      const w = tokens[j];
      if (w.text !== ',') continue;
      const next = tokens[j + 1];
      if (!next || !next.isWord) return -1;
      if (/^котор/.test(next.lower)) return j;
      const rs = this.morph.analyze(next.lower);
      return rs.length && (rs[0].pos === 'PRTF' || rs[0].pos === 'GRND') ? j : -1;
    }
    return -1;
  }

  /** Token k depends on `по данным`, `по словам`, `согласно заявлению` a few words before it. */
  private inAccordingPhrase(tokens: Token[], k: number, from: number): boolean {
    for (let j = k - 1; j - 1 >= from && j >= k - 4; j--) {
      const w = tokens[j];
      if (!w.isWord) return false;
      if ((tokens[j - 1].lower === 'по' || tokens[j - 1].lower === 'согласно') && (ACCORDING_NOUNS.has(w.lower) || ACCORDING_NOUNS.has(this.morph.lemma(w.lower)))) return true;
    }
    return false;
  }

  private insidePrepositional(tokens: Token[], k: number, from: number): boolean {
    for (let j = k - 1; j >= from && j >= k - 4; j--) {
      const w = tokens[j];
      if (!w.isWord) return w.text === '«' || w.text === '»' ? false : false;
      if (PREPOSITIONS.has(w.lower)) return !['по', 'согласно'].includes(w.lower);
      const rs = this.morph.analyze(w.capitalized ? w.text : w.lower);
      // only through nouns and adjectives in oblique cases
      if (!rs.some((r) => (r.pos === 'NOUN' || r.pos === 'ADJF') && !r.grammemes.has('nomn'))) return false;
      if (ROLE_LEMMAS.has(rs[0]?.lemma ?? '') && rs.some((r) => r.grammemes.has('nomn'))) return false;
    }
    return false;
  }

  private laterSubject(tokens: Token[], from: number, to: number): number | null {
    for (let k = from; k < to && k < from + 4; k++) {
      const t = tokens[k];
      if (!t.isWord) {
        if (t.text === '«' || t.text === '»') continue;
        return null;
      }
      const kind = this.classify(t, false);
      if ((kind === 'name' || kind === 'role' || kind === 'anonymous') && this.nominative(t)) return k;
    }
    return null;
  }

  /** `сообщили в пресс-службе Минздрава`: an organisation named in a locative next to a subjectless verb. */
  /**
   * `в пресс-службе`, `в Кремле`: an institution in the locative. With `places`, a country or city as
   * well (`в Британии отмечают`, `на Украине говорили`), which only a plural verb with no subject of
   * its own makes a source.
   */
  findLocative(tokens: Token[], from: number, to: number, inQuote: (t: Token) => boolean, places = false): NounPhrase | null {
    for (let k = from; k < to - 1; k++) {
      const t = tokens[k];
      if (inQuote(t) || !t.isWord) continue;
      if (places && t.lower === 'на' && tokens[k + 1]?.capitalized) {
        const n = tokens[k + 1];
        if (this.morph.analyze(n.text).some((r) => r.grammemes.has('Geox') && r.grammemes.has('loct'))) return organizationWord(n, true);
      }
      if (t.lower !== 'в' && t.lower !== 'во') continue;
      let n = tokens[k + 1];
      if (n && (n.text === '«' || n.text === '"') && tokens[k + 2]?.capitalized && (tokens[k + 3]?.text === '»' || tokens[k + 3]?.text === '"')) {
        // `в «Газпром-медиа» назвали`: a quoted organisation
        n = tokens[k + 2];
        return organizationWord(n, false);
      }
      const kind = this.classify(n, false);
      // an institution (`в пресс-службе`, `в Минфине`, `в Кремле`), not a place (`в России`)
      const rs = this.morph.analyze(n.capitalized ? n.text : n.lower);
      const institution = rs.some((r) => r.grammemes.has('Orgn')) || ORGANIZATION_LEMMAS.has(rs[0]?.lemma ?? '') || n.acronym;
      const place = rs.some((r) => r.grammemes.has('Geox')) && !rs.some((r) => r.grammemes.has('Orgn'));
      if (places && place && n.capitalized && rs.some((r) => r.grammemes.has('loct'))) return organizationWord(n, true);
      if ((kind === 'organization' && institution && !place) || (n.capitalized && kind === 'name' && !place && rs.some((r) => r.grammemes.has('loct')))) {
        const np = this.expander.expand(tokens, k + 1, 'organization', k + 1, to, true);
        // the noun right after `в` heads the phrase (`в пресс-службе Минобрнауки`)
        return { ...np, head: tokens[k + 1], kind: 'organization' };
      }
    }
    return null;
  }

  private skipPrepositional(tokens: Token[], k: number, to: number): number {
    let j = k + 1;
    let words = 0;
    while (j < to && words < 4) {
      const t = tokens[j];
      if (!t.isWord) {
        if (t.text === '«' || t.text === '»') { j++; continue; }
        break;
      }
      const rs = this.morph.analyze(t.lower);
      const isNounish = rs.some((r) => ['ADJF', 'NOUN', 'NUMR', 'PRTF', 'NPRO'].includes(r.pos)) || /\d/.test(t.text);
      if (!isNounish && words > 0) break;
      // the next word in the nominative after a complete group starts the subject
      if (words > 0 && this.classify(t, false) && this.nominative(t) && !rs.some((r) => r.grammemes.has('gent') || r.grammemes.has('loct'))) break;
      if (words > 0 && (ROLE_LEMMAS.has(rs[0]?.lemma ?? '') || ANONYMOUS_LEMMAS.has(rs[0]?.lemma ?? '')) && rs.some((r) => r.grammemes.has('nomn'))) break;
      words++;
      j++;
      // a personal pronoun is a whole group (`близкий к нему источник`): what follows is not its genitive
      if (rs[0]?.pos === 'NPRO' && !rs.some((r) => r.pos === 'ADJF')) break;
      if (words >= 1 && !rs.some((r) => r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR')) {
        // a noun closes the group unless a genitive or a name follows
        const n = tokens[j];
        if (!n || !n.isWord) break;
        const nr = this.morph.analyze(n.capitalized ? n.text : n.lower);
        const gen = nr.some((r) => r.grammemes.has('gent')) && !nr.some((r) => r.grammemes.has('nomn'));
        if (!gen && !(n.acronym && words < 2)) break;
      }
    }
    // a name in apposition to the group's role noun belongs to it (`с губернатором Иваном Круском`)
    const last = tokens[j - 1];
    if (last && last.isWord && !last.capitalized && ROLE_LEMMAS.has(this.morph.lemma(last.lower)) && !this.morph.analyze(last.lower).some((r) => r.grammemes.has('nomn'))) {
      while (j < to && j - k < 8 && tokens[j].isWord && tokens[j].capitalized && !tokens[j].acronym && this.classify(tokens[j], false) === 'name') j++;
    }
    return j - 1;
  }

  isDocumentNoun(t: Token): boolean {
    return DOCUMENT_NOUNS.has(this.morph.lemma(t.lower));
  }

  readings(t: Token): readonly WordReading[] {
    return this.morph.analyze(t.capitalized ? t.text : t.lower);
  }
}
