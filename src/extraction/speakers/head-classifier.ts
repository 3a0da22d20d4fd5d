// The category of a word as the possible head of a speaker phrase: a personal name, a pronoun, a role,
// an organisation or an anonymous source; and whether it may stand in the nominative. Cached per word
// form, and invalidated when the article's people index grows.
import type { Morphology, WordReading } from '../morphology';
import { fold, type Token } from '../text/tokens';
import { ANONYMOUS_LEMMAS, NOT_NAMES, ORGANIZATION_LEMMAS, ROLE_LEMMAS, SUBJECT_PRONOUNS } from './lexicons';
import type { PeopleIndex } from './people';
import { sameSurname, surnameShapedPlural } from './surnames';

export type HeadKind = 'name' | 'pronoun' | 'role' | 'organization' | 'anonymous';

export const PREPOSITIONS = new Set(['в', 'во', 'на', 'с', 'со', 'о', 'об', 'по', 'при', 'для', 'из', 'от', 'к', 'ко', 'у', 'за', 'над', 'под', 'перед', 'после', 'до', 'без', 'через', 'между', 'про', 'среди', 'около', 'против']);
export const LATIN_RE = /^[A-Za-z][A-Za-z0-9&.'-]*$/;
/** A site named by its domain (`Лента.ру`, `Газета.Ru`, `NEWSru.com`). */
const DOMAIN_RE = /^\p{L}[\p{L}\d-]*\.(?:ру|ru|рф|com|net|org|info|ua|by|kz|su)$/iu;
/** Case endings of Russian-type surnames that are never a nominative (`Климкиным`, `Петрову`). */
const OBLIQUE_SURNAME_END = /(?:ов|ев|ин|ын)(?:ым|ыми|ому)$/;
const SURNAME_END = /(ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|швили|дзе|ян|енко|ук|юк|ич)$/;

/**
 * What a word form is as a head, by the dictionary alone: the same in every article, so kept for the
 * process (news reuses a small vocabulary). `byPerson`: a person of the article bearing the word
 * makes it a name first.
 */
interface LexicalKind {
  kind: HeadKind | null;
  byPerson: boolean;
}

const LEXICAL_CACHE_LIMIT = 100_000;
const lexicalKinds = new WeakMap<Morphology, Map<string, LexicalKind>>();

export class HeadClassifier {
  private readonly lexical: Map<string, LexicalKind>;

  constructor(private readonly morph: Morphology, private readonly people: PeopleIndex) {
    let shared = lexicalKinds.get(morph);
    if (!shared) lexicalKinds.set(morph, (shared = new Map()));
    this.lexical = shared;
  }

  /** Category of a token as a possible head of a speaker phrase. */
  private readonly kinds = new Map<string, HeadKind | null>();
  private readonly startKinds = new Map<string, HeadKind | null>();
  private readonly known = new Map<string, boolean>();
  private knownPeople = -1;

  classify(t: Token, sentenceStart: boolean): HeadKind | null {
    // the people index grows while speakers are resolved: a new person invalidates cached kinds
    if (this.knownPeople !== this.people.people.length) {
      this.kinds.clear();
      this.startKinds.clear();
      this.known.clear();
      this.knownPeople = this.people.people.length;
    }
    const cache = sentenceStart ? this.startKinds : this.kinds;
    let k = cache.get(t.text);
    if (k === undefined) {
      k = this.classifyUncached(t, sentenceStart);
      cache.set(t.text, k);
    }
    return k;
  }

  private classifyUncached(t: Token, sentenceStart: boolean): HeadKind | null {
    const key = (sentenceStart ? '^' : '') + t.text;
    let lexical = this.lexical.get(key);
    if (!lexical) {
      lexical = this.lexicalKind(t, sentenceStart);
      if (this.lexical.size >= LEXICAL_CACHE_LIMIT) this.lexical.clear();
      this.lexical.set(key, lexical);
    }
    return lexical.byPerson && this.isKnownPerson(t) ? 'name' : lexical.kind;
  }

  private lexicalKind(t: Token, sentenceStart: boolean): LexicalKind {
    const kind = this.lexicalKindOf(t, sentenceStart);
    return { kind, byPerson: t.isWord && t.capitalized && !NOT_NAMES.has(t.lower) && kind !== 'pronoun' && !PREPOSITIONS.has(t.lower) && !(t.text.length < 2 && !/\d/.test(t.text)) && !DOMAIN_RE.test(t.text) };
  }

  private lexicalKindOf(t: Token, sentenceStart: boolean): HeadKind | null {
    if (!t.isWord || PREPOSITIONS.has(t.lower) || (t.text.length < 2 && !/\d/.test(t.text))) return null;
    if (SUBJECT_PRONOUNS[t.lower]) return 'pronoun';
    const readings = this.morph.analyze(t.lower);
    const inLexicon = (l: string) => ROLE_LEMMAS.has(l) || ORGANIZATION_LEMMAS.has(l) || ANONYMOUS_LEMMAS.has(l);
    // `критики` reads first as the genitive of `критика`: a nominative noun reading from the lexicons wins
    let lemma = readings[0]?.lemma ?? t.lower;
    if (!inLexicon(lemma)) lemma = readings.find((r) => r.pos === 'NOUN' && r.grammemes.has('nomn') && inLexicon(r.lemma))?.lemma ?? lemma;
    // `интернет-компании`, `экс-министр`: the part after the hyphen carries the meaning
    if (t.lower.includes('-') && !inLexicon(lemma)) {
      const tail = this.morph.lemma(t.lower.slice(t.lower.lastIndexOf('-') + 1));
      if (ROLE_LEMMAS.has(tail) || ORGANIZATION_LEMMAS.has(tail) || ANONYMOUS_LEMMAS.has(tail)) lemma = tail;
    }
    // a site named by its domain (`Лента.ру`, `Газета.Ru`, `NEWSru.com`) is an outlet
    if (DOMAIN_RE.test(t.text)) return 'organization';
    if (t.capitalized && !NOT_NAMES.has(t.lower)) {
      if (t.acronym || LATIN_RE.test(t.text)) return ORGANIZATION_LEMMAS.has(lemma) || t.acronym || LATIN_RE.test(t.text) ? 'organization' : null;
      const capReadings = this.morph.analyze(t.text);
      if (capReadings.some((r) => r.grammemes.has('Orgn'))) return 'organization';
      if (ORGANIZATION_LEMMAS.has(lemma)) return 'organization';
      if (ROLE_LEMMAS.has(lemma)) return 'role';
      // compound agency names (`Минпросвещения`, `Росавиация`, `Госдума`) unless az knows a person by it
      if (/^(Мин|Рос|Гос)\p{Ll}{3,}/u.test(t.text) && !capReadings.some((r) => r.grammemes.has('Surn') || r.grammemes.has('Name') || r.grammemes.has('Geox') || r.pos === 'ADJF')) return 'organization';
      if (ROLE_LEMMAS.has(lemma)) return 'role';
      if (ANONYMOUS_LEMMAS.has(lemma)) return 'anonymous';
      // a place before a personal name when az knows it as one first (`Израиль`, `Киев`)
      const geo = capReadings.find((r) => r.grammemes.has('Geox') && r.known);
      const person = capReadings.find((r) => r.grammemes.has('Surn') || r.grammemes.has('Name'));
      if (geo && (!person || capReadings.indexOf(geo) < capReadings.indexOf(person))) return 'organization';
      if (person || surnameShapedPlural(t.text, capReadings)) return 'name';
      if (capReadings.some((r) => r.grammemes.has('Geox'))) return 'organization';
      if (!sentenceStart && !capReadings.some((r) => r.known)) return 'name';
      // a capitalised word az knows only as something else (`Карасин` as a short adjective): a surname
      const noNoun = !capReadings.some((r) => ['NOUN', 'NPRO', 'PREP', 'CONJ', 'PRCL', 'ADJF', 'PRTF', 'NUMR', 'COMP'].includes(r.pos));
      if (noNoun && (!sentenceStart || SURNAME_END.test(t.text))) return 'name';
      if (!sentenceStart && capReadings.every((r) => r.pos === 'NOUN')) return 'organization';
      if (this.isPeopleGroup(readings)) return 'anonymous';
      return null;
    }
    if (ROLE_LEMMAS.has(lemma)) return 'role';
    if (ANONYMOUS_LEMMAS.has(lemma)) return 'anonymous';
    // a compound az does not know, named by its tail (`интернет-издания`, `медиа-холдинг`)
    if (!readings.length && ORGANIZATION_LEMMAS.has(lemma)) return 'organization';
    // only readings as likely as the best one: `политика` is a policy far more often than a politician's genitive
    for (const r of readings) {
      if (r.pos !== 'NOUN' || r.score < readings[0].score * 0.5) continue;
      if (ROLE_LEMMAS.has(r.lemma)) return 'role';
      if (ANONYMOUS_LEMMAS.has(r.lemma)) return 'anonymous';
      if (ORGANIZATION_LEMMAS.has(r.lemma)) return 'organization';
    }
    if (this.isPeopleGroup(readings)) return 'anonymous';
    return null;
  }

  /** After `по словам` a noun names a source, so every reading counts (`политика` = of the politician). */
  anyReadingKind(t: Token): HeadKind | null {
    const readings = this.morph.analyze(t.lower);
    for (const r of readings) {
      if (r.pos !== 'NOUN') continue;
      if (ROLE_LEMMAS.has(r.lemma)) return 'role';
      if (ANONYMOUS_LEMMAS.has(r.lemma)) return 'anonymous';
    }
    // `по словам болельщиков`, `по сообщениям медсестёр`: people named only as a group are an unnamed source
    if (!t.capitalized && readings.some((r) => r.pos === 'NOUN' && r.score >= readings[0].score * 0.5 && this.isGroupReading(r))) return 'anonymous';
    return null;
  }

  private isGroupReading(r: WordReading): boolean {
    const g = r.grammemes;
    return g.has('anim') && g.has('plur') && !g.has('Name') && !g.has('Surn') && !g.has('Patr') && !g.has('Geox');
  }

  /** A group of people named by a plural animate noun (`американцы`, `врачи`, `эксперты`): an unnamed source. */
  private isPeopleGroup(readings: readonly WordReading[]): boolean {
    const first = readings[0];
    return !!first && first.pos === 'NOUN' && first.grammemes.has('anim') && first.grammemes.has('plur') && first.grammemes.has('nomn') && !first.grammemes.has('Name') && !first.grammemes.has('Surn') && !first.grammemes.has('Geox');
  }

  isKnownPerson(t: Token): boolean {
    if (this.knownPeople !== this.people.people.length) this.classify(t, false);
    let v = this.known.get(t.text);
    if (v === undefined) {
      v = this.isKnownPersonUncached(t);
      this.known.set(t.text, v);
    }
    return v;
  }

  private isKnownPersonUncached(t: Token): boolean {
    // (a first name in any case too: `Хвана` of Хван Чжан Еп, whose family name the article writes first)
    const candidates = this.namePartIndex().get(t.lower.length >= 3 ? t.lower.slice(0, 3) : t.lower);
    return !!candidates && candidates.some((part) => sameSurname(part, t.text));
  }

  private nameParts: Map<string, string[]> | null = null;
  private namePartsRevision = -1;

  /**
   * The words of every person's names, by their first three letters folded: two forms of one surname
   * share a stem of at least three letters, so only those can match (a shorter word only itself).
   */
  private namePartIndex(): Map<string, string[]> {
    if (!this.nameParts || this.namePartsRevision !== this.people.revision) {
      this.nameParts = new Map();
      for (const p of this.people.people) {
        for (const part of [...p.surname.split(' '), ...(p.first ? [p.first] : [])]) {
          const f = fold(part);
          const key = f.length >= 3 ? f.slice(0, 3) : f;
          const list = this.nameParts.get(key);
          if (list) list.push(part);
          else this.nameParts.set(key, [part]);
        }
      }
      this.namePartsRevision = this.people.revision;
    }
    return this.nameParts;
  }

  private surnameWords: Set<string> | null = null;
  private surnameRevision = -1;

  /** Words of the surnames the article gives in the nominative (or derived by the name rules with a first name). */
  private nominativeSurnameWords(): Set<string> {
    if (!this.surnameWords || this.surnameRevision !== this.people.revision) {
      this.surnameWords = new Set();
      for (const p of this.people.people) if (p.nominativeSeen || p.first) for (const s of p.surname.split(' ')) this.surnameWords.add(s);
      this.surnameRevision = this.people.revision;
    }
    return this.surnameWords;
  }

  /** Could the token be in the nominative (or is it indeclinable/unknown)? */
  nominative(t: Token): boolean {
    if (SUBJECT_PRONOUNS[t.lower]) return true;
    // a surname exactly as the article gives it in the nominative (`Урин`, which az reads as a genitive noun)
    // (or as the name rules derived it from a case form: `с Олегом Сомовым` … `Сомов`, which az reads as a genitive plural)
    if (t.capitalized && this.nominativeSurnameWords().has(t.text)) return true;
    const rs = this.morph.analyze(t.capitalized ? t.text : t.lower);
    if (!rs.length) return true;
    if (t.acronym || LATIN_RE.test(t.text)) return true;
    // a name az misreads as a non-noun (`Карасин`): its case cannot be told, so it may be the subject
    if (t.capitalized && !rs.some((r) => ['NOUN', 'NPRO', 'ADJF', 'PRTF', 'NUMR'].includes(r.pos))) return true;
    // a guessed reading of a capitalised word may be anything, but not where its ending is an
    // instrumental or dative one (`с Лавровым и Климкиным`)
    return rs.some((r) => r.grammemes.has('nomn') || r.grammemes.has('Fixd') || (!r.known && t.capitalized && !OBLIQUE_SURNAME_END.test(t.lower)));
  }
}
