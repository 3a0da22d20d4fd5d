// The speaker registry in memory: names in every script and case → one entry, roles → the holder
// on a date. Plain TypeScript so that the CLI, the extractor and the Nest service share one
// matching logic; the service builds it from its tables, the CLI from the bundled seed file.
import type { Morphology } from '../extraction/morphology';
import type { DirectoryMatch, SpeakerDirectory } from '../extraction/types';
import { allowedEdits, levenshtein } from '../extraction/speakers/fuzzy';
import { MATCH_CONFIDENCE, type MatchRule, SURNAME_FACTOR } from './link-rules';
import { allForms, type Gender } from '../extraction/speakers/name-declension';
import type { Lexicon, RegistryEntry } from './registry-types';
import { todayIso } from './date-interval';
import { holderOn } from './role-holders';
import { type ParsedRole, RoleParser } from './role-parser';
import { combinations, dropPatronymic, initialsFit as initialFits, lemmaKey, type SearchKey, speakerSearchKeys, surnamesOf } from './search-keys';
import { foldName, isCyrillic, nameTokens, transliterationKey } from './text-normalization';


export interface NameMatch {
  entry: RegistryEntry;
  rule: MatchRule;
  confidence: number;
}

export interface RoleMatch {
  entry: RegistryEntry;
  role: string;
  of: string;
  from: string | null;
  to: string | null;
  confidence: number;
}

/** Names (and role mentions) whose match a registry keeps; past this many it starts over. */
const MAX_MATCHED_NAMES = 50_000;

/** The answer kept for `key`, or `compute`'s, kept from now on (null answers too). */
function remembered<T>(answers: Map<string, T | null>, key: string, compute: () => T | null): T | null {
  const known = answers.get(key);
  if (known !== undefined) return known;
  const answer = compute();
  if (answers.size >= MAX_MATCHED_NAMES) answers.clear();
  answers.set(key, answer);
  return answer;
}

type KeyKind = 'name' | 'surname';
interface KeyTarget {
  entry: number;
  kind: KeyKind;
}


export class SpeakerRegistry implements SpeakerDirectory {
  private readonly keys = new Map<string, KeyTarget[]>();
  private readonly lemmaKeys = new Map<string, KeyTarget[]>();
  private readonly translitKeys = new Map<string, KeyTarget[]>();
  /** Inflected word form → nominative words of registry names it may stand for. */
  private readonly forms = new Map<string, Set<string>>();
  private readonly roles = new Map<string, { entry: number; from: string | null; to: string | null }[]>();
  private readonly parser: RoleParser;
  /** Folded name → its match (null: none), for the names seen so far. */
  private readonly matched = new Map<string, NameMatch | null>();
  /** Date and role mention → who held it (null: nobody, or not one person), for the mentions seen so far. */
  private readonly matchedRoles = new Map<string, RoleMatch | null>();

  constructor(
    readonly entries: readonly RegistryEntry[],
    lexicon: Lexicon,
    private readonly morphology: Morphology,
  ) {
    entries.forEach((entry, i) => this.index(entry, i));
    this.parser = new RoleParser(lexicon, entries.filter((e) => e.type === 'organization'), morphology);
  }

  get size(): number {
    return this.entries.length;
  }

  findByName(name: string): DirectoryMatch | null {
    const match = this.matchName(name);
    return match ? this.toDirectoryMatch(match.entry, match.confidence) : null;
  }

  resolveRole(role: string, date: string | null): DirectoryMatch | null {
    const match = this.matchRole(role, date);
    return match ? this.toDirectoryMatch(match.entry, match.confidence) : null;
  }

  /** A registry entry for a name as written in any script and case, with the rule that found it. */
  matchName(name: string): NameMatch | null {
    const folded = foldName(name ?? '');
    if (!folded || folded.length > 120) return null;
    // The registry never changes once built (a changed one is a new instance), so a name's match is
    // kept: news repeats its names, and the fuzzy step scans every transliteration key.
    return remembered(this.matched, folded, () => this.matchFolded(folded));
  }

  private matchFolded(folded: string): NameMatch | null {
    const all = nameTokens(folded);
    const { tokens, initials } = stripInitials(all);
    if (!tokens.length) return null;
    // The name as written first: a one-letter word may be part of it (Ван И) rather than an initial.
    const variants = unique([all.join(' '), tokens.join(' '), dropPatronymic(tokens).join(' ')]);
    const initialsOf = (variant: string) => (variant === all.join(' ') ? [] : initials);
    const accept = (targets: KeyTarget[] | undefined, rule: MatchRule, variant: string): NameMatch | null | 'ambiguous' => {
      if (!targets?.length) return null;
      const chosen = this.choose(targets, initialsOf(variant));
      if (!chosen) return 'ambiguous';
      const factor = chosen.kind === 'surname' ? SURNAME_FACTOR : 1;
      return { entry: this.entries[chosen.entry], rule, confidence: round(MATCH_CONFIDENCE[rule] * factor) };
    };
    const steps: Array<() => NameMatch | null | 'ambiguous'> = [
      () => firstOf(variants.map((v) => () => accept(this.keys.get(v), 'exact-alias', v))),
      () => firstOf(variants.map((v) => () => this.byMorphology(v, (t, rule) => accept(t, rule, v)))),
      () => firstOf(variants.map((v) => () => accept(this.translitKeys.get(transliterationKey(v)), 'transliteration', v))),
      () => this.byFuzzy(variants, initials),
    ];
    for (const step of steps) {
      const result = step();
      if (result === 'ambiguous') return null;
      if (result) return result;
    }
    return null;
  }

  /** Who held a role mention ("президент США", "глава МИД России") on a date (YYYY[-MM[-DD]], null for today). */
  matchRole(role: string, date: string | null): RoleMatch | null {
    // Kept like names' matches; «today» is the date it stands for, so a term ending tonight ends here too.
    return remembered(this.matchedRoles, `${date ?? todayIso()}|${role ?? ''}`, () => this.matchRoleOn(role ?? '', date));
  }

  private matchRoleOn(role: string, date: string | null): RoleMatch | null {
    for (const parsed of this.parser.parse(role)) {
      const terms = this.roles.get(roleKey(parsed.role, parsed.of));
      if (!terms) continue;
      const held = holderOn(terms.map((t) => ({ holder: t.entry, from: t.from, to: t.to })), date);
      if (held === 'ambiguous') return null;
      if (!held) continue;
      return {
        entry: this.entries[held.holder],
        role: parsed.role,
        of: parsed.of,
        from: held.from,
        to: held.to,
        confidence: round(0.9 * held.share * parsed.certainty),
      };
    }
    return null;
  }

  /** The (role, of) pairs a role mention may mean, most likely first. */
  parseRole(role: string): ParsedRole[] {
    return this.parser.parse(role ?? '');
  }


  /** Every key this entry is known under, as the database stores them (speaker_search_keys). */
  searchKeys(entry: RegistryEntry): SearchKey[] {
    return speakerSearchKeys(entry, this.morphology);
  }

  private index(entry: RegistryEntry, i: number): void {
    const gender: Gender = entry.gender ?? 'unknown';
    for (const name of namesOf(entry)) {
      const tokens = nameTokens(foldName(name));
      if (!tokens.length) continue;
      const full = tokens.join(' ');
      add(this.keys, full, { entry: i, kind: 'name' });
      add(this.translitKeys, transliterationKey(full), { entry: i, kind: 'name' });
      if (entry.type === 'organization') {
        add(this.lemmaKeys, lemmaKey(tokens, this.morphology), { entry: i, kind: 'name' });
        continue;
      }
      if (entry.type !== 'person') continue;
      const withoutPatronymic = dropPatronymic(tokens);
      if (withoutPatronymic.length !== tokens.length) add(this.keys, withoutPatronymic.join(' '), { entry: i, kind: 'name' });
      for (const surname of surnamesOf(tokens)) {
        add(this.keys, surname, { entry: i, kind: 'surname' });
        add(this.translitKeys, transliterationKey(surname), { entry: i, kind: 'surname' });
      }
      if (isCyrillic(full)) {
        tokens.forEach((token, t) => {
          for (const form of allForms(token, gender, t === tokens.length - 1 ? 'last' : 'first', this.morphology)) {
            let set = this.forms.get(form);
            if (!set) this.forms.set(form, (set = new Set()));
            set.add(token);
          }
        });
      }
    }
    for (const role of entry.roles ?? []) add(this.roles, roleKey(role.role, role.of), { entry: i, from: role.from, to: role.to });
  }

  /** Each word replaced by the nominative words it may be a form of, then looked up again. */
  private byMorphology(
    variant: string,
    accept: (t: KeyTarget[] | undefined, rule: MatchRule) => NameMatch | null | 'ambiguous',
  ): NameMatch | null | 'ambiguous' {
    if (!isCyrillic(variant)) return null;
    const tokens = nameTokens(variant);
    const candidates = tokens.map((token) => {
      const set = new Set<string>(this.forms.get(token) ?? []);
      for (const lemma of this.morphology.lemmas(token)) {
        const l = lemma.replace(/ё/g, 'е');
        if (this.forms.has(l)) set.add(l);
        // az gives a feminine surname's masculine lemma (Набиуллиной → набиуллин).
        if (this.forms.has(`${l}а`)) set.add(`${l}а`);
      }
      if (!set.size) set.add(token);
      return [...set];
    });
    for (const combo of combinations(candidates)) {
      const found = accept(this.keys.get(combo.join(' ')), 'morphology');
      if (found) return found;
    }
    return accept(this.lemmaKeys.get(lemmaKey(tokens, this.morphology)), 'morphology');
  }

  /** The closest transliteration key within a few edits, when one entry is clearly closest. */
  private byFuzzy(variants: string[], initials: string[]): NameMatch | null {
    let best: { target: KeyTarget; distance: number; length: number } | null = null;
    let tie = false;
    for (const variant of variants) {
      const key = transliterationKey(variant);
      const max = allowedEdits(key.length);
      if (!max) continue;
      for (const [candidate, targets] of this.translitKeys) {
        const distance = levenshtein(key, candidate, max);
        if (distance > max || distance === 0) continue;
        const target = this.choose(targets, initials);
        if (!target) continue;
        if (!best || distance < best.distance) {
          best = { target, distance, length: key.length };
          tie = false;
        } else if (distance === best.distance && target.entry !== best.target.entry) tie = true;
      }
    }
    if (!best || tie) return null;
    const factor = best.target.kind === 'surname' ? SURNAME_FACTOR : 1;
    const confidence = MATCH_CONFIDENCE.fuzzy * factor * (1 - best.distance / Math.max(best.length, 1));
    return { entry: this.entries[best.target.entry], rule: 'fuzzy', confidence: round(confidence) };
  }

  /** One entry among a key's targets: full names win over bare surnames; two people left is ambiguity. */
  private choose(targets: KeyTarget[], initials: string[]): KeyTarget | null {
    const fitting = targets.filter((t) => initialsFit(this.entries[t.entry], initials));
    const names = fitting.filter((t) => t.kind === 'name');
    const pool = names.length ? names : fitting;
    const distinct = new Set(pool.map((t) => t.entry));
    return distinct.size === 1 ? pool[0] : null;
  }

  private toDirectoryMatch(entry: RegistryEntry, confidence: number): DirectoryMatch {
    const aliases = unique([...Object.values(entry.names ?? {}), ...(entry.aliases ?? [])]).filter((a) => a !== entry.name);
    return { name: entry.name, type: entry.type, aliases, id: entry.id, confidence };
  }
}

export function roleKey(role: string, of: string): string {
  return `${foldName(role)}|${foldName(of)}`;
}

function namesOf(entry: RegistryEntry): string[] {
  return unique([entry.name, ...Object.values(entry.names ?? {}), ...(entry.aliases ?? [])]);
}

/** Single letters are initials ("В. В. Путин"); they are checked against the first name rather than looked up. */
function stripInitials(tokens: string[]): { tokens: string[]; initials: string[] } {
  const initials = tokens.filter((t) => t.length === 1);
  return { tokens: tokens.filter((t) => t.length > 1), initials };
}

function initialsFit(entry: RegistryEntry, initials: string[]): boolean {
  return entry.type !== 'person' || initialFits(entry.name, entry.names?.en, initials);
}

function firstOf<T>(steps: Array<() => T | null>): T | null {
  for (const step of steps) {
    const r = step();
    if (r) return r;
  }
  return null;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
