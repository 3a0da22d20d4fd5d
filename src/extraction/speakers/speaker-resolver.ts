// Turns the phrase at a cue into a speaker: a named person (fullest nominative form in the article),
// a pronoun or role resolved to the person the text means, an organisation, or an anonymous source.
import type { Morphology } from '../morphology';
import type { Token } from '../text/tokens';
import { fold } from '../text/tokens';
import { allowedEdits, levenshtein } from './fuzzy';
import type { DirectoryMatch, ExtractedSpeaker, SpeakerDirectory, SpeakerType } from '../types';
import { ANONYMOUS_LEMMAS, NOT_NAMES, ORGANIZATION_LEMMAS, POSSESSIVE_PRONOUNS, ROLE_LEMMAS, SUBJECT_PRONOUNS } from './lexicons';
import type { PhraseFinder } from './noun-phrase';
import type { NounPhrase } from './phrase-expansion';
import { type Person, type PeopleIndex, personAliases, personName } from './people';
import { nameAfterDescriptor } from './organization-names';
import { nominativePhrase, quotedName } from './phrase-nominative';
import { canonicalRoleTerms, personIntroducedWithRole, placeKeys } from './role-terms';
import { sameSurname } from './surnames';

export interface Resolved {
  name: string;
  type: SpeakerType;
  aliases: string[];
  resolvedBy: ExtractedSpeaker['resolvedBy'];
  gender: 'masc' | 'femn' | null;
  plural: boolean;
  person: Person | null;
  /** The directory's id, when the directory named the speaker. */
  registryId?: string;
}

interface Recent {
  speaker: Resolved;
  unit: number;
  at: number;
}

/** A phrase found in an oblique case (`цитирует слова Сомова`): any case but the nominative. */
const OBLIQUE_CASES: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

/** Nouns for what someone said, heading `Слова Сагдеева: «…»`. */
const WORDS_NOUNS: ReadonlySet<string> = new Set(['слово', 'цитата', 'высказывание', 'заявление', 'признание']);

/** Organisation nouns that, alone, refer back to the organisation already in focus. */
const ANAPHORIC_ORGS = new Set(['ведомство', 'министерство', 'компания', 'регулятор', 'агентство', 'издание', 'банк', 'служба', 'суд', 'палата', 'организация', 'правительство', 'администрация', 'холдинг', 'корпорация']);

/** How far after a lead's role mention the person it stands for may first be named. */
const LEAD_REACH_CHARS = 1500;

/** A role holder named this close before a bare role is the one it means, however salient another person is. */
const RECENT_HOLDER_CHARS = 400;

export class SpeakerResolver {
  private recent: Recent[] = [];

  constructor(
    private readonly morph: Morphology,
    private readonly people: PeopleIndex,
    private readonly finder: PhraseFinder,
    private readonly directory: SpeakerDirectory | undefined,
    private readonly publishedAt: string | null,
  ) {}

  /** Records a statement's speaker so later pronouns and roles can point back to it. */
  remember(speaker: Resolved, unit: number, at: number): void {
    this.recent.push({ speaker, unit, at });
    if (this.recent.length > 50) this.recent.shift();
    if (speaker.person) speaker.person.mentions.push(at);
  }

  lastSpeaker(): Resolved | null {
    return this.recent.length ? this.recent[this.recent.length - 1].speaker : null;
  }

  /** `cueGender`: the gender of the cue verb (`Бут рассказала`), which tells namesakes apart. */
  resolve(np: NounPhrase, unit: number, cueGender: 'masc' | 'femn' | null = null): Resolved | null {
    switch (np.kind) {
      case 'name':
        return this.resolveName(np, cueGender);
      case 'pronoun':
        return this.resolvePronoun(np.head.lower, np.head.start, unit, SUBJECT_PRONOUNS[np.head.lower]);
      case 'role':
        return this.resolveRole(np, unit);
      case 'organization':
        return this.resolveOrganization(np);
      case 'anonymous':
        return this.resolveAnonymous(np, unit);
    }
  }

  /** `по его словам`: a possessive pronoun before the noun. */
  resolvePossessive(word: string, at: number, unit: number): Resolved | null {
    const p = POSSESSIVE_PRONOUNS[fold(word)];
    return p ? this.resolvePronoun(word, at, unit, p) : null;
  }

  /** `Там указали`, `В ведомстве опровергли`: the organisation last in focus. */
  lastOrganization(unit: number): Resolved | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i];
      if (unit - r.unit > 4) break;
      if (r.speaker.type === 'organization') return r.speaker;
    }
    return null;
  }

  private resolveName(np: NounPhrase, cueGender: 'masc' | 'femn' | null): Resolved | null {
    const idx = np.tokens.indexOf(np.head);
    // the run of capitalised name words ending at the head (`Алексей Заботкин`, not `ЦБ Алексей Заботкин`)
    let a = idx;
    while (a - 1 >= 0 && np.tokens[a - 1].isWord && np.tokens[a - 1].capitalized && !np.tokens[a - 1].acronym && (this.finder.classify(np.tokens[a - 1], false) === 'name' || this.people.isForeignFirstName(np.tokens[a - 1], np.tokens[a]))) a--;
    let b = idx;
    while (b + 1 < np.tokens.length && np.tokens[b + 1].isWord && np.tokens[b + 1].capitalized && !np.tokens[b + 1].acronym && this.finder.classify(np.tokens[b + 1], false) === 'name') b++;
    const nameTokens = np.tokens.slice(a, b + 1).filter((t) => !NOT_NAMES.has(t.lower));
    if (!nameTokens.length) return null;
    const person = this.people.findOrAdd(nameTokens, np.head.start, cueGender, np.oblique ? OBLIQUE_CASES : null);
    if (!person) return null;
    for (const t of np.tokens.slice(0, a)) if (t.isWord) { person.titles.add(this.morph.lemma(t.lower)); person.titles.add(t.lower); }
    return personResolved(person, 'name');
  }

  private resolvePronoun(word: string, at: number, unit: number, p: { gender: 'masc' | 'femn' | null; plural: boolean }): Resolved | null {
    // a person introduced as a subject after the last statement is the new topic (`Губернатор X провел
    // совещание. Он написал …`)
    const subject = p.plural ? null : this.people.lastSubject(at, p.gender);
    const last = this.recent[this.recent.length - 1];
    if (subject && (!last || subject.at > last.at) && subject.person !== last?.speaker.person) return personResolved(subject.person, 'pronoun');
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - 3; i--) {
      const r = this.recent[i];
      if (unit - r.unit > 3) break;
      if (p.plural ? r.speaker.plural || r.speaker.type === 'organization' : !r.speaker.plural && (!p.gender || !r.speaker.gender || r.speaker.gender === p.gender)) {
        return { ...r.speaker, resolvedBy: 'pronoun' };
      }
    }
    if (p.plural) return null;
    const person = this.people.lastMentioned(at, p.gender);
    return person ? personResolved(person, 'pronoun') : null;
  }

  private resolveRole(np: NounPhrase, unit: number): Resolved | null {
    const lemmas = np.tokens.filter((t) => t.isWord).map((t) => this.morph.lemma(t.lower));
    const head = this.morph.lemma(np.head.lower);
    // `эксперты считают`: a plural role is a group of unnamed sources, not one person
    const headReadings = this.morph.analyze(np.head.lower);
    if (headReadings.length && headReadings.every((r) => r.grammemes.has('plur'))) return this.anonymous(np);
    const dependents = lemmas.filter((l) => l !== head);
    const terms = canonicalRoleTerms(lemmas);
    // `глава МИД`, `глава Минфина`, `руководитель ведомства` name a minister as well
    const ministry = dependents.some((d) => /^мин|^мид$|ведомство|министерство/.test(d)) || terms.has('мид');
    const heads = new Set([head]);
    if ((head === 'глава' || head === 'руководитель') && ministry) heads.add('министр');
    for (const t of canonicalRoleTerms([head])) if (ROLE_LEMMAS.has(t)) heads.add(t);
    // 1. a person the article introduced with this role (`министр финансов Иван Петров` … `министр`)
    const { person: best, score: bestScore } = personIntroducedWithRole(this.morph, this.people.people, { heads, head, terms, dependents, start: np.start });
    if (best && (bestScore >= 2 || dependents.length)) {
      // a bare `президент` in an article about someone else than the foreign president it named once
      const main = dependents.length ? null : this.mainFigure(np.start, heads, best);
      return personResolved(main ?? best, 'role');
    }
    // A role qualified by its country or organisation (`глава МИД России`, `пресс-секретарь Кремля`)
    // that no one in the article was introduced with names its holder, not the speaker in focus; only
    // with a known date, since "today's holder" says nothing about an undated archive article.
    const role = this.nominativePhrase(np);
    if (dependents.length && this.publishedAt) {
      const holder = this.registryHolder(role);
      if (holder) return holder;
    }
    // 2. the speaker in focus (`…, — сказал спикер.` right after a statement of the same person)
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i];
      if (unit - r.unit > 2) break;
      // (an unnamed office of another description is not this one: `госсекретарь США` … `генсек ООН`)
      if (r.speaker.type === 'anonymous' && dependents.length && fold(r.speaker.name) !== fold(role)) continue;
      if (r.speaker.type !== 'organization' && !r.speaker.plural) return { ...r.speaker, resolvedBy: 'role' };
    }
    // 2b. the person last named before the mention, for roles that must mean a named person here;
    // not one the article gave another office (`руководитель РЖД Якунин` is not `президент`)
    if (!ANONYMOUS_LEMMAS.has(head)) {
      const near = (p: Person) => np.start - Math.max(...p.mentions.filter((m) => m < np.start)) < 1500;
      const last = this.people.lastMentioned(np.start, null);
      const free = this.people.lastMentioned(np.start, null, 0, (p) => !this.holdsOtherOffice(p, heads));
      if (free && near(free)) return personResolved(free, 'role');
      if (last && near(last)) return personResolved(last, 'role');
    }
    // 2c. a lead above the introduction: the person introduced just after with this role
    for (const p of this.people.people) {
      const first = Math.min(...p.mentions);
      if (first > np.start && first - np.start < 400 && p.titles.has(head) && head !== 'глава') return personResolved(p, 'role');
    }
    // 2d. a lead before anyone is named (`Оппозиционер предложил …` above `Алексей Навальный …`):
    // the first person the article then names, of the role's gender and with no other office
    const lead = this.leadPerson(np, heads);
    if (lead) return personResolved(lead, 'role');
        // 3. the registry: who held the role on the date
    const holder = this.registryHolder(role);
    if (holder) return holder;
    if (best) return personResolved(best, 'role');
    if (ANONYMOUS_LEMMAS.has(head)) return this.anonymous(np);
    return this.anonymous(np);
  }

  /** For a role mentioned before any person is named: the first person named after it, within a lead's reach. */
  private leadPerson(np: NounPhrase, heads: ReadonlySet<string>): Person | null {
    if (ANONYMOUS_LEMMAS.has(this.morph.lemma(np.head.lower)) || this.people.lastMentioned(np.start, null)) return null;
    const feminine = this.morph.analyze(np.head.lower)[0]?.grammemes.has('femn') ?? false;
    let first: Person | null = null;
    let firstAt = Infinity;
    for (const p of this.people.people) {
      const at = Math.min(...p.mentions);
      if (at <= np.start || at - np.start > LEAD_REACH_CHARS || at >= firstAt) continue;
      if ((feminine ? p.gender === 'masc' : p.gender === 'femn') || this.holdsOtherOffice(p, heads)) continue;
      first = p;
      firstAt = at;
    }
    return first;
  }

  /** `Слова Сагдеева`: a phrase headed by a noun for someone's words, with the person's name after it. */
  private authorOfWords(np: NounPhrase): Resolved | null {
    const [first, ...rest] = np.tokens.filter((t) => t.isWord);
    if (!first || !rest.length || !WORDS_NOUNS.has(this.morph.lemma(first.lower))) return null;
    if (!rest.every((t) => t.capitalized && !t.acronym && this.finder.classify(t, false) === 'name')) return null;
    const person = this.people.findOrAdd(rest, rest[rest.length - 1].start, null, OBLIQUE_CASES);
    return person ? personResolved(person, 'name') : null;
  }

  /** The person has a role title none of `heads` names (`руководитель`, when `президент` is sought). */
  private holdsOtherOffice(p: Person, heads: ReadonlySet<string>): boolean {
    const titles = canonicalRoleTerms(p.titles);
    return [...titles].some((t) => ROLE_LEMMAS.has(t) && !ANONYMOUS_LEMMAS.has(t)) && ![...heads].some((h) => titles.has(h));
  }

  /**
   * The article's main figure for a bare role (`президент`, no country): the person named far more
   * often than the holder the article introduced with that role, when that holder was introduced for
   * a place, is not just named, and the main figure holds no other office. `Президент рассказал, как спасал президента
   * Украины …` is about the main figure.
   */
  private mainFigure(at: number, heads: ReadonlySet<string>, holder: Person): Person | null {
    if (!placeKeys(this.morph, holder.titles).size) return null;
    const before = (p: Person) => p.mentions.filter((m) => m < at).length;
    // the holder just named (`… президента США Буша. Президент призвал …`) is the one meant
    if (at - Math.max(...holder.mentions.filter((m) => m < at)) < RECENT_HOLDER_CHARS) return null;
    let main: Person | null = null;
    for (const p of this.people.people) {
      if (p === holder || this.holdsOtherOffice(p, heads)) continue;
      if (!main || before(p) > before(main)) main = p;
    }
    return main && before(main) >= 2 * Math.max(1, before(holder)) ? main : null;
  }

  /**
   * Who held the role on the publication date, by the speaker directory; never for an article of
   * unknown date, where today's holder says nothing about who spoke. When the article names that
   * person itself, in its own spelling (`Гутерреш` for the registry's `Гутерриш`), the article's
   * person is the speaker and the registry's name an alias.
   */
  private registryHolder(role: string): Resolved | null {
    if (!this.directory || !role || !this.publishedAt) return null;
    let m: DirectoryMatch | null = null;
    try {
      m = this.directory.resolveRole(role, this.publishedAt);
    } catch {
      // a faulty directory must not break extraction
      return null;
    }
    if (!m) return null;
    const own = m.type === 'person' ? this.articlePersonFor(m.name) : null;
    if (own) {
      const r = personResolved(own, 'registry');
      return { ...r, aliases: [...new Set([...r.aliases, m.name, ...m.aliases])].filter((a) => a !== r.name), registryId: m.id };
    }
    return { name: m.name, type: m.type, aliases: m.aliases, resolvedBy: 'registry', gender: null, plural: false, person: null, registryId: m.id };
  }

  /** The person of the article whose surname is the registry name's, allowing a variant spelling. */
  private articlePersonFor(registryName: string): Person | null {
    const words = registryName.split(/\s+/);
    const surname = words[words.length - 1];
    const first = words.length > 1 ? words[0] : null;
    for (const p of this.people.people) {
      const own = p.surname.split(' ').pop()!;
      const close = sameSurname(own, surname) || (fold(own[0]) === fold(surname[0]) && levenshtein(fold(own), fold(surname), 2) <= allowedEdits(surname.length));
      if (!close) continue;
      if (first && p.first && fold(p.first[0]) !== fold(first[0])) continue;
      return p;
    }
    return null;
  }

  private resolveOrganization(np: NounPhrase): Resolved | null {
    // `Слова Сагдеева: «…»`, `Заявление Сомова: «…»`: the words are the named person's
    const author = this.authorOfWords(np);
    if (author) return author;
    // `цитирует заявление объединения болельщиков «Заря»`: in an oblique phrase the quoted name is the
    // organisation's own name, in the nominative whatever the case of the words describing it
    const quoted = np.oblique ? quotedName(np.tokens) : null;
    if (quoted) return { name: quoted, type: 'organization', aliases: [], resolvedBy: 'organization', gender: 'masc', plural: false, person: null };
    const described = nameAfterDescriptor(this.morph, np.tokens);
    if (described) return { name: described, type: 'organization', aliases: [], resolvedBy: 'organization', gender: 'masc', plural: false, person: null };
    // a proper name heads the phrase (`торговая SharesPost`): the words before it only describe it
    if (np.head.capitalized && /[A-Za-z]/.test(np.head.text) && np.tokens[0] !== np.head) {
      const at = np.tokens.indexOf(np.head);
      const rest = np.tokens.slice(at);
      np = { ...np, tokens: rest, start: rest[0].start };
    }
    const words = np.tokens.filter((t) => t.isWord);
    const head = this.morph.lemma(np.head.lower);
    if (words.length === 1 && ANAPHORIC_ORGS.has(head) && !np.head.capitalized) {
      const prev = this.lastOrganization(Number.MAX_SAFE_INTEGER) ?? this.recentOrganization();
      if (prev) return { ...prev, resolvedBy: 'organization' };
    }
    const name = this.nominativePhrase(np);
    if (!name) return null;
    if (this.directory) {
      try {
        const m = this.directory.findByName(name);
        // the name as written must be one the directory lists (canonical or alias), not a near match
        // the article's own form is the name (`Госдеп США`), the registry's canonical one an alias
        if (m && m.type === 'organization' && [m.name, ...m.aliases].some((n) => fold(n) === fold(name))) {
          const aliases = [...new Set([m.name, ...m.aliases])].filter((a) => fold(a) !== fold(name));
          return { name, type: 'organization', aliases, resolvedBy: 'organization', gender: null, plural: false, person: null, registryId: m.id };
        }
      } catch {
        /* ignore */
      }
    }
    const plural = this.morph.analyze(np.head.lower).some((r) => r.grammemes.has('plur') && r.grammemes.has('nomn')) && !this.morph.analyze(np.head.lower).some((r) => r.grammemes.has('sing') && r.grammemes.has('nomn'));
    return { name, type: 'organization', aliases: [], resolvedBy: 'organization', gender: 'masc', plural, person: null };
  }

  private recentOrganization(): Resolved | null {
    for (let i = this.recent.length - 1; i >= 0; i--) if (this.recent[i].speaker.type === 'organization') return this.recent[i].speaker;
    return null;
  }

  private resolveAnonymous(np: NounPhrase, unit: number): Resolved | null {
    const words = np.tokens.filter((t) => t.isWord);
    // `собеседник агентства`, `источник издания`: the outlet word is anaphoric, the source the same
    const generic = words.every((w) => w === np.head || ['агентство', 'издание', 'газета', 'журнал', 'редакция', 'телеканал'].includes(this.morph.lemma(w.lower)));
    if (words.length === 1 || generic) {
      // a bare `собеседник`, `источник` continues the source in focus
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const r = this.recent[i];
        if (unit - r.unit > 2) break;
        if (r.speaker.type === 'anonymous') return r.speaker;
      }
    }
    return this.anonymous(np);
  }

  private anonymous(np: NounPhrase): Resolved {
    const name = this.nominativePhrase(np);
    const plural = this.morph.analyze(np.head.lower).every((r) => r.grammemes.has('plur'));
    const lower = name ? name[0].toLowerCase() + name.slice(1) : name;
    const g = this.morph.analyze(np.head.lower)[0]?.grammemes;
    return { name: lower, type: 'anonymous', aliases: [], resolvedBy: 'anonymous', gender: g?.has('femn') ? 'femn' : 'masc', plural, person: null };
  }

  /** The phrase with its head (and the words agreeing with it before it) in the nominative. */
  nominativePhrase(np: NounPhrase): string {
    return nominativePhrase(this.morph, np);
  }
}

function personResolved(p: Person, by: ExtractedSpeaker['resolvedBy']): Resolved {
  return { name: personName(p), type: 'person', aliases: personAliases(p), resolvedBy: by, gender: p.gender, plural: false, person: p };
}


export { ORGANIZATION_LEMMAS, ROLE_LEMMAS };
export type { Token };
