// The people an article names, each with the fullest nominative form the article gives. Built once per
// article before statements are read, so that a later `Токаева` or `господин Мерц` finds the person
// introduced as `президент Касым-Жомарт Токаев` rather than az's suffix guess.
import type { Morphology } from '../morphology';
import type { Token } from '../text/tokens';
import { fold } from '../text/tokens';
import { NAME_PARTICLES, NOT_NAMES, ROLE_LEMMAS } from './lexicons';
import { type CaseSet, readName, wordCases } from './name-forms';
import { guessNominativeSurname, sameSurname, surnameShapedPlural, withoutInitials } from './surnames';

export interface Person {
  id: number;
  first: string | null;
  surname: string;
  gender: 'masc' | 'femn' | null;
  /** Lemmas of the role words that stood before the name (`министр`, `финансы`). */
  titles: Set<string>;
  /** Offsets of every mention (name or resolved reference), ascending. */
  mentions: number[];
  /** True once the surname came from a nominative occurrence rather than a guess. */
  nominativeSeen: boolean;
  /** The nominative form was read unambiguously (not a guess between a woman's nominative and a man's genitive). */
  certain: boolean;
  /** Offsets of mentions in the nominative: the person was a subject there. */
  subjectMentions: number[];
  /** Patronymic as given, for an alias. */
  patronymic: string | null;
}

export function personName(p: Person): string {
  return p.first ? `${p.first} ${p.surname}` : p.surname;
}

export function personAliases(p: Person): string[] {
  const out = [p.surname];
  if (p.first && p.patronymic) out.push(`${p.surname} ${p.first} ${p.patronymic}`, `${p.first} ${p.patronymic} ${p.surname}`);
  return out;
}

/** Any case but the nominative. */
const OBLIQUE: CaseSet = new Set([1, 2, 3, 4, 5]);

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

export class PeopleIndex {
  readonly people: Person[] = [];
  /** Grows whenever a person is added or a name changes, so that lookups derived from names can be kept until then. */
  revision = 0;

  constructor(private readonly morph: Morphology) {}

  /** Finds `Имя [Отчество] Фамилия` sequences over the article's tokens. */
  private articleWords = new Set<string>();

  build(tokens: Token[]): void {
    for (const t of tokens) if (t.capitalized) this.articleWords.add(t.lower);
    let previous: NamedAt | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.capitalized) continue;
      const eastAsian = eastAsianName(tokens, i);
      if (eastAsian) {
        this.addEastAsian(eastAsian, tokens[i + 2].start);
        i += 2;
        continue;
      }
      const knownFirst = this.isFirstName(t, tokens[i + 1]);
      const foreignFirst = !knownFirst && this.isForeignFirstName(t, tokens[i + 1]);
      if (!foreignFirst && !knownFirst) continue;
      if (/[A-Za-z]/.test(t.text)) continue;
      // `Калуги Наталья Шубина`, `Израиля Биньямин Нетаньяху`: the name starts at the next word
      if (this.isFirstName(tokens[i + 1], tokens[i + 2]) && this.morph.analyze(tokens[i + 1].text).some((r) => r.grammemes.has('Name') && r.known) && !this.morph.analyze(tokens[i + 2]?.text ?? '').some((r) => r.grammemes.has('Name') && r.known)) continue;
      let j = i + 1;
      let patronymic: string | null = null;
      if (j < tokens.length && this.isPatronymic(tokens[j])) {
        patronymic = tokens[j].text;
        j++;
      }
      const parts: Token[] = [];
      while (j < tokens.length && parts.length < 3) {
        const n = tokens[j];
        if (n.start - tokens[j - 1].end > 1) break;
        if (n.isWord && n.capitalized && !n.acronym && !NOT_NAMES.has(n.lower) && /[а-яё]/i.test(n.text) === /[а-яё]/i.test(t.text)) {
          if (parts.length && this.isKnownFirstName(n)) break;
          parts.push(n);
          j++;
        } else if (n.isWord && NAME_PARTICLES.has(n.lower) && tokens[j + 1]?.capitalized) {
          parts.push(n);
          j++;
        } else break;
      }
      if (!parts.length) continue;
      const byRules = this.readByNameRules(t, parts, tokens, i, foreignFirst);
      if (byRules) {
        const person = this.add(byRules.first, byRules.surname, byRules.gender, byRules.nominative, patronymic, parts[parts.length - 1].start, byRules.nominative);
        if (byRules.nominative) person.subjectMentions.push(parts[parts.length - 1].start);
        this.titlesFor(person, tokens, i, previous);
        previous = { person, from: i, to: j - 1 };
        i = j - 1;
        continue;
      }
      const firstReading = this.nameReading(t);
      const nameReadings = this.morph.analyze(t.text).filter((r) => r.grammemes.has('Name'));
      // `Александра` is a woman's name or a man's in the genitive: such a form is not proof of the nominative
      const best = nameReadings[0];
      let nominative = nameReadings.length > 0 && nameReadings.every((r) => r.grammemes.has('nomn'));
      let gender: Person['gender'] = firstReading?.grammemes.has('femn') ? 'femn' : firstReading?.grammemes.has('masc') ? 'masc' : null;
      let first = nominative ? t.text : capitalize(firstReading?.lemma ?? t.text);
      const lastPart = parts[parts.length - 1].text;
      // the best reading decides when it is a man's name in the nominative (`Евгений`, also a plural genitive)
      if (!nominative && best && best.grammemes.has('nomn') && best.grammemes.has('masc') && best.grammemes.has('sing')) nominative = true;
      if (nominative) first = t.text;
      let certain = nominative;
      if (/(ов|ев|ёв|ин|ын|ск|цк)(ой|ую)$/i.test(lastPart)) {
        // `Аси Мелкумовой`, `Анны Поповой`: a woman's surname in an oblique case
        const fem = nameReadings.find((r) => r.grammemes.has('femn') && !r.grammemes.has('Fixd'));
        nominative = false;
        gender = 'femn';
        if (fem) first = capitalize(fem.lemma);
      } else if (best && best.grammemes.has('Fixd')) {
        nominative = true; // an indeclinable first name (`Мэтью`): the surname is as written
      } else if (!nominative && best && best.grammemes.has('nomn') && best.grammemes.has('femn')) {
        // `Алла Бут` (a woman), `Александра Брода` (a man, genitive) or `Александра Белова` (either)?
        const masc = nameReadings.find((r) => r.grammemes.has('masc') && !r.grammemes.has('nomn'));
        const mascSurname = guessNominativeSurname(lastPart, 'masc');
        const femaleForm = /(ова|ева|ёва|ина|ына|ская|цкая)$/i.test(lastPart);
        const consonantEnd = /[бвгджзклмнпрстфхцчшщ]$/i.test(lastPart);
        const mascElsewhere = mascSurname !== lastPart && this.articleWords.has(fold(mascSurname));
        if (consonantEnd || (femaleForm && !mascElsewhere) || !masc) {
          nominative = true;
          gender = 'femn';
          first = t.text;
          certain = consonantEnd;
        } else {
          gender = 'masc';
          first = capitalize(masc.lemma);
        }
      } else if (!nominative && best && !best.grammemes.has('nomn') && /[бвгджзклмнпрстфхцчшщ]$/i.test(lastPart) && nameReadings.some((r) => r.grammemes.has('femn') && !r.grammemes.has('nomn'))) {
        // `Виктории Нуланд`: a foreign man's surname would decline (`Нуланда`); an undeclined one is a woman's
        const fem = nameReadings.find((r) => r.grammemes.has('femn') && !r.grammemes.has('nomn'))!;
        gender = 'femn';
        first = capitalize(fem.lemma);
        nominative = true;
      }
      // middle parts of long names (`Тедрос Адханом Гебрейесус`) are kept as written
      const surnameForms = parts.map((p) => p.text);
      let surnameText = surnameForms.join(' ');
      if (!nominative) {
        const last = surnameForms[surnameForms.length - 1];
        // the declension rules for the surname of this gender (`Навального` → Навальный), else the suffix guess
        const ruled = gender ? readName(this.morph, null, last, { cases: OBLIQUE, gender, articleHas: (w) => this.articleWords.has(w) }) : null;
        surnameForms[surnameForms.length - 1] = ruled?.surname ?? guessNominativeSurname(last, gender);
        surnameText = surnameForms.join(' ');
      }
      const person = this.add(first, surnameText, gender, nominative, patronymic, parts[parts.length - 1].start, certain);
      if (nominative && best?.grammemes.has('nomn')) person.subjectMentions.push(parts[parts.length - 1].start);
      this.titlesFor(person, tokens, i, previous);
      previous = { person, from: i, to: j - 1 };
      i = j - 1;
    }
  }

  /**
   * A name read by the declension rules of Russian names: for a first name az does not know
   * (`Айдар-Бек`, `Жоао`), and where the word before the name fixes its case (`с губернатором Иваном
   * Круском`: Круск, not the adjective Круский). Null leaves the reading to the dictionary heuristics.
   */
  private readByNameRules(first: Token, parts: Token[], tokens: Token[], i: number, foreignFirst: boolean): { first: string; surname: string; gender: 'masc' | 'femn'; nominative: boolean } | null {
    const cases = this.appositionCases(tokens, i);
    if (!foreignFirst && !(cases && !cases.has(0))) return null;
    const last = parts[parts.length - 1];
    const reading = readName(this.morph, first.text, last.text, { cases, gender: null, articleHas: (w) => this.articleWords.has(w) });
    if (!reading?.first) return null;
    const surname = [...parts.slice(0, -1).map((p) => p.text), reading.surname].join(' ');
    return { first: reading.first, surname, gender: reading.gender, nominative: reading.nominative };
  }

  /**
   * Cases the word before a name allows when the name stands in apposition to it (`губернатором
   * Иваном`, `генерал-лейтенанта Аксары`): a common noun in lower case agrees in case with the name.
   */
  private appositionCases(tokens: Token[], i: number): CaseSet | null {
    const prev = tokens[i - 1];
    if (!prev || !prev.isWord || prev.capitalized || !/^[а-яё-]+$/.test(prev.lower)) return null;
    const rs = this.morph.analyze(prev.lower);
    if (!rs.length || !rs.every((r) => r.pos === 'NOUN') || !rs.some((r) => r.known && r.grammemes.has('anim'))) return null;
    const cases = wordCases(this.morph, prev.lower);
    // a genitive before a name may be a dependent of the name's own head (`помощник госсекретаря Мэтью
    // Брайза`): only the other cases are a sure agreement
    return cases.size && !cases.has(1) ? cases : null;
  }

  /**
   * A first name az does not know (`Жоао`, `Айдар-Бек`, `Франк-Вальтер`) before a word that looks
   * like a surname: unknown to the dictionary or read by it as a surname, never a place or a
   * common word.
   */
  isForeignFirstName(t: Token, next: Token | undefined): boolean {
    if (!t.isWord || !t.capitalized || t.acronym || NOT_NAMES.has(t.lower) || /[.\d]/.test(t.text) || !/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(t.text)) return false;
    if (!next || !next.isWord || !next.capitalized || next.acronym || next.start - t.end > 1 || !/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(next.text)) return false;
    const readings = this.morph.analyze(t.text);
    const nextReadings = this.morph.analyze(next.text);
    // a one-syllable East Asian name (`Си`, `Ли`, `Пан`) before a word az does not know at all
    if (t.text.length <= 3 && /[аеёиоуыэюя]/.test(t.lower) && !nextReadings.some((r) => r.known) && !readings.some((r) => r.known && r.pos !== 'NOUN')) return true;
    if (t.text.includes('-')) {
      // every part a capitalised word and one of them a name (`Айдар-Бек`: Айдар), never a known place
      if (readings.some((r) => r.known && (r.grammemes.has('Geox') || r.grammemes.has('Orgn')))) return false;
      if (!t.text.split('-').some((part) => this.morph.analyze(part).some((r) => r.grammemes.has('Name') && r.grammemes.has('nomn')))) return false;
    } else if (readings.some((r) => r.known) || t.text.length > 9) return false; // (a long unknown word is a company: `Райффайзенбанка`)
    if (nextReadings.some((r) => r.known && !r.grammemes.has('Surn') && !r.grammemes.has('Name')) && !surnameShapedPlural(next.text, nextReadings)) return false;
    return true;
  }

  private add(first: string | null, surname: string, gender: Person['gender'], nominative: boolean, patronymic: string | null, at: number, certain = nominative): Person {
    this.revision++;
    const last = surname.split(' ').pop()!;
    for (const p of this.people) {
      const pLast = p.surname.split(' ').pop()!;
      if (!sameSurname(pLast, last)) continue;
      if (first && p.first && fold(p.first) !== fold(first) && !this.sameFirstName(p.first, first)) continue;
      if (!p.first && first) p.first = first;
      if ((nominative && !p.nominativeSeen) || (certain && !p.certain)) {
        p.surname = surname;
        if (first) p.first = first;
        if (gender) p.gender = gender;
        p.nominativeSeen = true;
        p.certain = certain;
      }
      p.patronymic ??= patronymic;
      p.gender ??= gender;
      p.mentions.push(at);
      return p;
    }
    const p: Person = { id: this.people.length, first, surname, gender, titles: new Set(), mentions: [at], subjectMentions: [], nominativeSeen: nominative, certain, patronymic };
    this.people.push(p);
    return p;
  }

  private sameFirstName(a: string, b: string): boolean {
    const la = new Set(this.morph.analyze(a).filter((r) => r.grammemes.has('Name')).map((r) => r.lemma));
    return this.morph.analyze(b).some((r) => r.grammemes.has('Name') && la.has(r.lemma));
  }

  /**
   * `Хван Чжан Еп`: the family name first, then a given name of two syllables, kept as written; the
   * family name alone (`Хван`) names the person later. A declined form (`Хвана Чжан Епа`) gives way to
   * the nominative when the article gives it.
   */
  private addEastAsian(words: Token[], at: number): Person {
    const nominative = !words.some((w) => /[ауе]$|ом$/.test(w.lower) && words.some((o) => o !== w && !/[ауе]$|ом$/.test(o.lower)));
    const known = this.eastAsianPerson(words);
    if (known) {
      known.mentions.push(at);
      if (nominative && !known.nominativeSeen) {
        known.first = words[0].text;
        known.surname = words.slice(1).map((w) => w.text).join(' ');
        known.nominativeSeen = true;
        this.revision++;
      }
      return known;
    }
    this.revision++;
    const p: Person = { id: this.people.length, first: words[0].text, surname: words.slice(1).map((w) => w.text).join(' '), gender: null, titles: new Set(), mentions: [at], subjectMentions: [], nominativeSeen: nominative, certain: nominative, patronymic: null };
    this.people.push(p);
    return p;
  }

  /** The East Asian person whose three name words these are, in any case (`Хвана` for Хван). */
  private eastAsianPerson(words: readonly Token[]): Person | null {
    return this.people.find((p) => {
      const own = `${p.first ?? ''} ${p.surname}`.trim().split(' ');
      return own.length === words.length && own.every((o, k) => sameNameWord(o, words[k].text));
    }) ?? null;
  }

  /** A person for a surname-only or full mention met while resolving a speaker. */
  findOrAdd(words: Token[], at: number, gender: Person['gender'] = null, cases: CaseSet | null = null): Person | null {
    const names = words.filter((w) => w.capitalized && !NOT_NAMES.has(w.lower));
    if (!names.length) return null;
    if (names.length === 3) {
      const known = this.eastAsianPerson(names);
      if (known) {
        known.mentions.push(at);
        return known;
      }
    }
    const lastTok = names[names.length - 1];
    // `О.Сомова`: initials written against the surname are not part of it
    const lastText = withoutInitials(lastTok.text);
    const firstTok = names.length > 1 ? names[0] : null;
    let best: Person | null = null;
    let bestScore = -1;
    for (const p of this.people) {
      const parts = p.surname.split(' ');
      if (!(parts.some((s) => sameSurname(s, lastText)) || (p.first && names.length === 1 && fold(p.first) === fold(lastText)))) continue;
      if (firstTok && p.first && fold(p.first) !== fold(firstTok.text) && !this.sameFirstName(p.first, firstTok.text) && !sameSurname(p.first, firstTok.text)) continue;
      // namesakes (`Алла Бут`, `Виктор Бут`): the gender of the verb, then the latest mention decide
      let score = Math.max(-1, ...p.mentions.filter((m) => m <= at)) / 1e9;
      if (gender && p.gender === gender) score += 1;
      if (score > bestScore) { best = p; bestScore = score; }
    }
    if (best) {
      best.mentions.push(at);
      return best;
    }
    // a first name the index did not take (`Жоао Карвальо сообщил`): the pair read by the name rules
    if (firstTok && firstTok !== lastTok && (this.isFirstName(firstTok, names[1]) || this.isForeignFirstName(firstTok, names[1]))) {
      const reading = readName(this.morph, firstTok.text, lastText, { cases, gender, articleHas: (w) => this.articleWords.has(w) });
      if (reading?.first) return this.add(reading.first, reading.surname, reading.gender, reading.nominative, null, at);
    }
    // a surname alone in a phrase known to be oblique (`цитирует слова Сомова`)
    if (cases && !cases.has(0)) {
      const reading = readName(this.morph, null, lastText, { cases, gender, articleHas: (w) => this.articleWords.has(w) });
      if (reading) return this.add(null, reading.surname, reading.gender, false, null, at);
    }
    // a surname the article gives only alone: nominative when az reads it so, else a guess
    const reading = this.morph.analyze(lastText).find((r) => r.grammemes.has('Surn'));
    const g2 = reading?.grammemes.has('femn') ? 'femn' : reading?.grammemes.has('masc') ? 'masc' : gender;
    const nomn = !reading || reading.grammemes.has('nomn') || this.morph.analyze(lastText).some((r) => r.grammemes.has('nomn'));
    const surname = nomn ? lastText : guessNominativeSurname(lastText, g2);
    return this.add(null, surname, g2 ?? guessGender(surname), nomn, null, at);
  }

  /** The person mentioned last before `offset` with a compatible gender. */
  lastMentioned(offset: number, gender: Person['gender'], after = 0, accept: (p: Person) => boolean = () => true): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.people) {
      if (gender && p.gender && p.gender !== gender) continue;
      if (!accept(p)) continue;
      for (const m of p.mentions) if (m < offset && m >= after && m > bestAt) { bestAt = m; best = p; }
    }
    return best;
  }

  /** The person last named as a subject before `offset`, with its offset. */
  lastSubject(offset: number, gender: Person['gender']): { person: Person; at: number } | null {
    let best: { person: Person; at: number } | null = null;
    for (const p of this.people) {
      if (gender && p.gender && p.gender !== gender) continue;
      for (const m of p.subjectMentions) if (m < offset && (!best || m > best.at)) best = { person: p, at: m };
    }
    return best;
  }

  isFirstName(t: Token, next: Token | undefined): boolean {
    if (!t.isWord || !t.capitalized || t.acronym || NOT_NAMES.has(t.lower)) return false;
    if (!next || !next.isWord || !next.capitalized || next.start - t.end > 1) return false;
    return this.isKnownFirstName(t);
  }

  private isKnownFirstName(t: Token): boolean {
    return this.nameReading(t) !== null;
  }

  private nameReading(t: Token) {
    const rs = this.morph.analyze(t.text);
    return rs.find((r) => r.grammemes.has('Name') && (r.known || rs[0] === r)) ?? null;
  }

  private isPatronymic(t: Token): boolean {
    return t.capitalized && this.morph.analyze(t.text).some((r) => r.grammemes.has('Patr'));
  }

  /**
   * The role words before a name; for the second of two coordinated names (`Лидеры России и Белоруссии
   * Иван Гром и Олег Сомов`) the first one's, with the places named in the same order shared out one each.
   */
  private titlesFor(person: Person, tokens: Token[], nameIndex: number, previous: NamedAt | null): void {
    const coordinated = previous && previous.person !== person && tokens[nameIndex - 1]?.lower === 'и' && previous.to === nameIndex - 2;
    if (!coordinated) {
      this.addTitles(person, tokens, nameIndex);
      return;
    }
    const first = previous.person;
    const places: Token[] = [];
    for (let k = previous.from - 1; k >= 0 && k >= previous.from - 8 && tokens[k].isWord; k--) {
      if (tokens[k].capitalized && this.morph.analyze(tokens[k].text).some((r) => r.known && r.grammemes.has('Geox'))) places.unshift(tokens[k]);
    }
    const forms = (t: Token) => [t.lower, this.morph.lemma(t.lower)];
    for (const title of first.titles) person.titles.add(title);
    if (places.length !== 2) return;
    for (const f of forms(places[1])) first.titles.delete(f);
    for (const f of forms(places[0])) person.titles.delete(f);
    for (const f of forms(places[1])) person.titles.add(f);
  }

  private addTitles(person: Person, tokens: Token[], nameIndex: number): void {
    for (let k = nameIndex - 1; k >= 0 && k >= nameIndex - 8; k--) {
      const t = tokens[k];
      if (!t.isWord && t.text !== '«' && t.text !== '»') break;
      if (!t.isWord) continue;
      if (TITLE_BREAKS.has(t.lower)) break;
      if (t.lower === 'и') {
        // `министр науки и высшего образования`: only a conjunction inside a role title is crossed
        let role = false;
        for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j].isWord; j--) if (ROLE_LEMMAS.has(this.morph.lemma(tokens[j].lower))) role = true;
        if (!role) break;
        continue;
      }
      const lemma = this.morph.lemma(t.lower);
      person.titles.add(lemma);
      person.titles.add(t.lower);
      if (ROLE_LEMMAS.has(lemma) && k < nameIndex - 3) break;
    }
  }
}

/** Words before a name that end the role words describing it (`встретился с министром …`). */
const TITLE_BREAKS: ReadonlySet<string> = new Set(['в', 'на', 'с', 'что', 'как', 'по']);

/** A person as the index met them: the tokens of their name. */
interface NamedAt {
  person: Person;
  from: number;
  to: number;
}

/** A capitalised Cyrillic word of one syllable (`Хван`, `Чжан`, `Еп`, `Мён`), a form in a case included. */
function isOneSyllableName(t: Token): boolean {
  return t.isWord && t.capitalized && !t.acronym && /^[А-ЯЁ][а-яё]{0,5}$/.test(t.text) && (t.lower.match(/[аеёиоуыэюя]+/g) ?? []).length === 1 && !NOT_NAMES.has(t.lower);
}

/** Two spellings of one name word, the second possibly declined (`Еп`, `Епа`; `Хван`, `Хваном`). */
function sameNameWord(own: string, seen: string): boolean {
  const a = fold(own), b = fold(seen);
  return a === b || (b.startsWith(a) && b.length - a.length <= 2) || (a.startsWith(b) && a.length - b.length <= 2);
}

/**
 * Three one-syllable capitalised words in a row, alone (`Ким Чен Ир`, `Хван Чжан Еп`): an East Asian
 * name, family name first. Null when the run is shorter or longer, or a word is a known Russian name.
 */
function eastAsianName(tokens: readonly Token[], i: number): Token[] | null {
  if (i + 2 >= tokens.length || !isOneSyllableName(tokens[i]) || !isOneSyllableName(tokens[i + 1]) || !isOneSyllableName(tokens[i + 2])) return null;
  const words = tokens.slice(i, i + 3);
  for (let k = 1; k < 3; k++) if (words[k].start - words[k - 1].end !== 1) return null;
  const before = tokens[i - 1], after = tokens[i + 3];
  if (before && isOneSyllableName(before) && words[0].start - before.end === 1) return null;
  if (after && isOneSyllableName(after) && after.start - words[2].end === 1) return null;
  return words;
}

export function guessGender(surname: string): 'masc' | 'femn' | null {
  if (/(ова|ева|ёва|ина|ына|ская|цкая|ая)$/i.test(surname)) return 'femn';
  if (/(ов|ев|ёв|ин|ын|ский|цкий|ой|ый|ий)$/i.test(surname)) return 'masc';
  return null;
}
