// Role mentions as articles write them ("глава МИД России", "генсек НАТО", "американский президент",
// "пресс-секретарь Кремля") turned into the registry's (role, of) pairs. The head word comes in the
// nominative; the country or organisation after it is inflected (России, Банка России), so the
// words are compared through their lemmas.
import type { Morphology } from '../extraction/morphology';
import type { Lexicon, LexiconCountry, LexiconMinistry, RegistryEntry } from './registry-types';
import { foldName, nameTokens } from './text-normalization';

export interface ParsedRole {
  role: string;
  of: string;
  /** Below 1 when the country was assumed rather than written ("глава МИД" → Russia's). */
  certainty: number;
}

type Entity =
  | { kind: 'country'; country: LexiconCountry }
  | { kind: 'place'; name: string }
  | { kind: 'organization'; name: string }
  | { kind: 'ministry'; ministry: LexiconMinistry; country: LexiconCountry | null };

interface EntityForm {
  tokens: string[];
  entity: Entity;
}

/** Words that make a mention refer to a past or temporary holder, whom a date cannot single out. */
const FORMER = new Set(['бывший', 'экс', 'прежний', 'экс-президент', 'экс-премьер', 'экс-глава', 'будущий', 'новый', 'избранный']);

export class RoleParser {
  private readonly forms: EntityForm[] = [];
  private readonly countryForms: EntityForm[] = [];
  private readonly adjectives = new Map<string, LexiconCountry>();
  private readonly synonyms = new Map<string, string>();
  private readonly phrases: { tokens: string[]; role: string; of: string }[] = [];

  constructor(
    private readonly lexicon: Lexicon,
    organizations: RegistryEntry[],
    private readonly morphology: Morphology,
  ) {
    for (const country of lexicon.countries) {
      for (const form of [country.name, ...country.forms]) {
        const f = { tokens: nameTokens(foldName(form)), entity: { kind: 'country', country } as Entity };
        this.forms.push(f);
        this.countryForms.push(f);
      }
      for (const adjective of country.adjectives ?? []) this.adjectives.set(foldName(adjective), country);
    }
    for (const place of lexicon.places) {
      for (const form of [place.name, ...place.forms]) this.forms.push({ tokens: nameTokens(foldName(form)), entity: { kind: 'place', name: place.name } });
    }
    for (const org of organizations) {
      const names = [org.name, ...(org.aliases ?? []), ...Object.values(org.names ?? {})];
      const entity = this.ministryOf(org.name) ?? { kind: 'organization', name: org.name };
      for (const form of names) this.forms.push({ tokens: nameTokens(foldName(form)), entity });
    }
    for (const ministry of lexicon.ministries) {
      for (const form of [ministry.short, ...ministry.forms])
        this.forms.push({ tokens: nameTokens(foldName(form)), entity: { kind: 'ministry', ministry, country: null } });
    }
    // Longer forms first, so that "МИД России" (an organisation) wins over "МИД" + "России".
    this.forms.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const [k, v] of Object.entries(lexicon.roleSynonyms)) this.synonyms.set(foldName(k), v);
    for (const p of lexicon.phrases) this.phrases.push({ tokens: nameTokens(foldName(p.phrase)), role: p.role, of: p.of });
  }

  /** A seed organisation named like a country's ministry ("МИД России") takes the ministry's roles. */
  private ministryOf(name: string): Entity | null {
    for (const ministry of this.lexicon.ministries) {
      for (const country of this.lexicon.countries) {
        if (name === `${ministry.short} ${country.genitive}`) return { kind: 'ministry', ministry, country };
      }
    }
    return null;
  }

  /** The (role, of) pairs a mention may mean, most likely first; empty when it names no known role. */
  parse(mention: string): ParsedRole[] {
    const tokens = nameTokens(foldName(mention)).filter((t) => t !== 'и' && t !== 'о' && t !== 'врио');
    if (tokens.length < 2 || tokens.some((t) => FORMER.has(t) || t.startsWith('экс-'))) return [];
    for (const p of this.phrases) {
      if (p.tokens.length === tokens.length && p.tokens.every((t, i) => this.sameWord(tokens[i], t))) {
        return [{ role: p.role, of: p.of, certainty: 1 }];
      }
    }
    // Every split of head and entity is a reading: "председатель | правительства России" is an
    // organisation's chair, "председатель правительства | России" a country's head of government.
    const readings: ParsedRole[] = [];
    for (let start = 1; start < tokens.length; start++) {
      const entity = this.matchEntity(tokens.slice(start));
      if (!entity) continue;
      const head = tokens.slice(0, start);
      const adjectiveCountry = this.takeAdjective(head);
      readings.push(...this.compose(head, entity, adjectiveCountry));
    }
    // "американский президент", "российский министр обороны": the country is an adjective.
    const head = [...tokens];
    const country = this.takeAdjective(head);
    if (country && head.length) readings.push(...this.compose(head, { kind: 'country', country }, null));
    return readings.sort((a, b) => b.certainty - a.certainty);
  }

  private compose(head: string[], entity: Entity, adjectiveCountry: LexiconCountry | null): ParsedRole[] {
    if (!head.length) return [];
    const headRole = this.canonicalHead(head);
    const out: ParsedRole[] = [];
    switch (entity.kind) {
      case 'country': {
        const role = this.countryRole(headRole, entity.country);
        if (role) out.push({ ...role, certainty: 1 });
        break;
      }
      case 'place':
        if (!headRole.startsWith('@')) out.push({ role: headRole, of: entity.name, certainty: 1 });
        else if (headRole === '@head' || headRole === '@leader') {
          for (const role of ['мэр', 'губернатор', 'глава']) out.push({ role, of: entity.name, certainty: 0.9 });
        }
        break;
      case 'organization': {
        const info = this.lexicon.organizations[entity.name] ?? {};
        const role = info.roles?.[headRole] ?? headRole;
        if (role === '@head' || role === '@leader') {
          if (info.head) out.push({ ...info.head, certainty: 1 });
          else out.push({ role: info.headRole ?? 'глава', of: entity.name, certainty: 1 });
        } else if (!role.startsWith('@')) out.push({ role, of: entity.name, certainty: 1 });
        break;
      }
      case 'ministry': {
        const country = entity.country ?? adjectiveCountry;
        const assumed = country ?? this.lexicon.countries.find((c) => c.name === 'Россия') ?? null;
        if (!assumed) break;
        const certainty = country ? 1 : 0.8;
        const role = entity.ministry.roles?.[headRole] ?? headRole;
        if (role === '@head' || role === '@leader') out.push({ role: entity.ministry.head, of: assumed.name, certainty });
        else if (!role.startsWith('@')) {
          const ministryName = `${entity.ministry.short} ${assumed.genitive}`;
          const info = this.lexicon.organizations[ministryName];
          out.push({ role: info?.roles?.[role] ?? role, of: ministryName, certainty });
        }
        break;
      }
    }
    return out;
  }

  private countryRole(headRole: string, country: LexiconCountry): { role: string; of: string } | null {
    const pick = (role: string | undefined) => (role ? { role, of: country.name } : null);
    switch (headRole) {
      case '@headOfState':
        return pick(country.headOfState);
      case '@headOfGovernment':
        return pick(country.headOfGovernment ?? country.leader ?? country.headOfState);
      case '@leader':
      case '@head':
        return pick(country.leader ?? country.headOfState);
      case '@presidentsSpokesperson':
        return country.presidentialOffice ? { role: 'пресс-секретарь', of: country.presidentialOffice } : null;
      default:
        return headRole.startsWith('@') ? null : pick(headRole);
    }
  }

  /** The canonical role of the head words, or an abstract one (@head, @leader…). */
  private canonicalHead(head: string[]): string {
    const folded = head.join(' ');
    const direct = this.synonyms.get(folded);
    if (direct) return direct;
    const lemmas = head.map((t) => this.morphology.lemma(t).replace(/ё/g, 'е')).join(' ');
    return this.synonyms.get(lemmas) ?? folded;
  }

  /** Removes a country adjective from the head words and returns its country. */
  private takeAdjective(head: string[]): LexiconCountry | null {
    for (let i = 0; i < head.length; i++) {
      const direct = this.adjectives.get(head[i]);
      const country = direct ?? this.morphology.lemmas(head[i]).map((l) => this.adjectives.get(l.replace(/ё/g, 'е'))).find(Boolean);
      if (country) {
        head.splice(i, 1);
        return country;
      }
    }
    return null;
  }

  /** An entity covering exactly these words: an organisation, a country, a place, or a ministry with or without its country. */
  private matchEntity(words: string[]): Entity | null {
    for (const form of this.forms) {
      if (form.tokens.length === words.length && this.sameWords(words, form.tokens)) return form.entity;
    }
    // A ministry followed by its country: "МИД Казахстана", "министерства обороны Франции".
    for (const form of this.forms) {
      if (form.entity.kind !== 'ministry' || form.tokens.length >= words.length) continue;
      if (!this.sameWords(words.slice(0, form.tokens.length), form.tokens)) continue;
      const rest = words.slice(form.tokens.length);
      const country = this.countryForms.find((c) => c.tokens.length === rest.length && this.sameWords(rest, c.tokens));
      if (country && country.entity.kind === 'country') return { kind: 'ministry', ministry: form.entity.ministry, country: country.entity.country };
    }
    // A ministry or organisation after a country adjective: "российского МИД", "американского Минфина".
    if (words.length >= 2) {
      const country = this.adjectives.get(words[0]) ?? this.morphology.lemmas(words[0]).map((l) => this.adjectives.get(l)).find(Boolean);
      if (country) {
        const rest = words.slice(1);
        const ministry = this.forms.find((f) => f.entity.kind === 'ministry' && f.tokens.length === rest.length && this.sameWords(rest, f.tokens));
        if (ministry && ministry.entity.kind === 'ministry') return { kind: 'ministry', ministry: ministry.entity.ministry, country };
      }
    }
    return null;
  }

  private sameWords(words: string[], form: string[]): boolean {
    return words.every((w, i) => this.sameWord(w, form[i]));
  }

  /** Same word up to inflection: equal, or sharing a lemma (России ~ Россия, Банка ~ Банк). */
  private sameWord(word: string, formWord: string): boolean {
    if (word === formWord) return true;
    if (word.includes('-') !== formWord.includes('-')) return false;
    // The lexicon's words are nominative, so a lemma equal to one is a match even when az reads
    // the bare lower-case form otherwise ("киев" as a plural of "кий").
    const a = this.morphology.lemmas(word).map((l) => l.replace(/ё/g, 'е'));
    if (a.includes(formWord)) return true;
    const b = this.morphology.lemmas(formWord).map((l) => l.replace(/ё/g, 'е'));
    return a.some((l) => b.includes(l));
  }
}
