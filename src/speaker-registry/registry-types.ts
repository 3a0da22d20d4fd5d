// Shapes of the seed file and the lexicon. The seed file is also the import format of
// `quotes speakers import`, so the validator below is shared by the bundled directory and the CLI.
import type { SpeakerType } from '../extraction/types';

export type SeedGender = 'male' | 'female';

export interface SeedRole {
  /** Nominative Russian: "президент", "министр иностранных дел", "пресс-секретарь". */
  role: string;
  /** Canonical name of the country or organisation: "США", "Россия", "Кремль", "НАТО", "МИД России". */
  of: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when long before the registry's horizon. */
  from: string | null;
  /** Exclusive end, same format; null while the role is held. */
  to: string | null;
}

export interface SeedSpeaker {
  /** Stable slug; derived from the English name when absent. */
  id?: string;
  /** Canonical Russian name, `Имя Фамилия` for people. */
  name: string;
  type: Exclude<SpeakerType, 'anonymous'> | 'anonymous';
  /** The name in other languages and scripts, by ISO 639-1 code: en, uk, kk, be… */
  names?: Record<string, string>;
  /** Other nominative forms (short forms of organisations, usual nicknames); never inflected forms. */
  aliases?: string[];
  gender?: SeedGender;
  qid?: string;
  description?: string;
  roles?: SeedRole[];
}

export interface SeedFile {
  speakers: SeedSpeaker[];
}

/** A seed entry with its slug settled. */
export interface RegistryEntry extends SeedSpeaker {
  id: string;
}

export interface LexiconCountry {
  name: string;
  /** Nominative forms: "Россия", "РФ", "Российская Федерация". */
  forms: string[];
  /** Genitive of the short form, used to name the country's ministries: "МИД России". */
  genitive: string;
  /** Nominative masculine adjectives: "российский". */
  adjectives?: string[];
  headOfState?: string;
  headOfGovernment?: string;
  /** The role meant by "лидер X" / "глава X"; the head of state when absent. */
  leader?: string;
  /** The organisation whose spokesperson is "пресс-секретарь президента X": Кремль, Белый дом. */
  presidentialOffice?: string;
}

export interface LexiconMinistry {
  /** Short name used before a country's genitive: "МИД" → "МИД России". */
  short: string;
  forms: string[];
  /** The role of the ministry's head, held "of" the country: "министр иностранных дел". */
  head: string;
  /** Role words that mean something particular here: "спикер" → "официальный представитель". */
  roles?: Record<string, string>;
}

export interface LexiconOrganization {
  /** The role and holder meant by "глава X"; (headRole, X) when only headRole is given. */
  head?: { role: string; of: string };
  headRole?: string;
  roles?: Record<string, string>;
}

export interface Lexicon {
  countries: LexiconCountry[];
  /** Cities and regions: "мэр Москвы", "губернатор Курской области". */
  places: { name: string; forms: string[]; adjectives?: string[] }[];
  ministries: LexiconMinistry[];
  /**
   * Role words → canonical role, or an abstract one resolved through the country or organisation:
   * @headOfState, @headOfGovernment, @leader, @head.
   */
  roleSynonyms: Record<string, string>;
  /** Whole role phrases with a fixed meaning: "пресс-секретарь президента России" → пресс-секретарь of Кремль. */
  phrases: { phrase: string; role: string; of: string }[];
  /** Keyed by the organisation's canonical name in the seed. */
  organizations: Record<string, LexiconOrganization>;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const QID = /^Q[1-9]\d*$/;
const TYPES = new Set(['person', 'organization', 'anonymous']);

/** A slug from the English name (or the Russian one): "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev". */
export function slugFor(speaker: SeedSpeaker): string {
  const source = speaker.names?.en ?? speaker.name;
  return source
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Checks a parsed seed file and settles each entry's slug. Returns the entries, or the list of
 * problems with their entry index, so a bad file is refused as a whole with a clear message.
 */
export function validateSeed(data: unknown): { entries: RegistryEntry[]; errors: string[] } {
  const errors: string[] = [];
  const list = Array.isArray(data) ? data : (data as SeedFile | null)?.speakers;
  if (!Array.isArray(list)) return { entries: [], errors: ['expected {"speakers": [...]} or an array of speakers'] };
  const entries: RegistryEntry[] = [];
  const ids = new Set<string>();
  list.forEach((raw: unknown, i: number) => {
    const where = `speakers[${i}]`;
    const s = raw as SeedSpeaker;
    if (!s || typeof s !== 'object') return void errors.push(`${where}: not an object`);
    if (typeof s.name !== 'string' || !s.name.trim()) errors.push(`${where}: name is required`);
    if (!TYPES.has(s.type)) errors.push(`${where}: type must be person, organization or anonymous`);
    if (s.gender !== undefined && s.gender !== 'male' && s.gender !== 'female') errors.push(`${where}: gender must be male or female`);
    if (s.qid !== undefined && (typeof s.qid !== 'string' || !QID.test(s.qid))) errors.push(`${where}: qid must look like Q123`);
    if (s.names !== undefined && (typeof s.names !== 'object' || Object.values(s.names).some((v) => typeof v !== 'string')))
      errors.push(`${where}: names must map language codes to strings`);
    if (s.aliases !== undefined && (!Array.isArray(s.aliases) || s.aliases.some((a) => typeof a !== 'string')))
      errors.push(`${where}: aliases must be a list of strings`);
    if (s.roles !== undefined && !Array.isArray(s.roles)) errors.push(`${where}: roles must be a list`);
    (s.roles ?? []).forEach((r, j) => {
      if (!r || typeof r.role !== 'string' || !r.role.trim() || typeof r.of !== 'string' || !r.of.trim())
        errors.push(`${where}.roles[${j}]: role and of are required`);
      else {
        for (const key of ['from', 'to'] as const) {
          const v = r[key];
          if (v !== null && v !== undefined && (typeof v !== 'string' || !DATE.test(v)))
            errors.push(`${where}.roles[${j}].${key}: expected YYYY[-MM[-DD]] or null`);
        }
        if (r.from && r.to && r.to < r.from) errors.push(`${where}.roles[${j}]: ends before it starts`);
      }
    });
    if (typeof s.name !== 'string') return;
    const id = s.id ?? slugFor(s);
    if (!id) errors.push(`${where}: cannot derive an id`);
    else if (ids.has(id)) errors.push(`${where}: duplicate id "${id}" (give the entry an explicit id)`);
    ids.add(id);
    entries.push({ ...s, id, roles: (s.roles ?? []).map((r) => ({ ...r, from: r.from ?? null, to: r.to ?? null })) });
  });
  return { entries: errors.length ? [] : entries, errors };
}
