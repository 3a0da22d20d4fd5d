// A written name → a registry speaker in the database, by the same rules as the in-memory registry:
// exact alias, then morphology, then transliteration, then a fuzzy match found through pg_trgm and
// confirmed by edit distance. Merged-away speakers have no search keys, so they are never found.
import type { EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { allowedEdits, levenshtein } from './registry/fuzzy';
import { initialsFit, lookupKeys, type SearchKeyKind } from './registry/search-keys';

/** The rule that linked a statement to its speaker, as stored in statements.link_rule. */
export type LinkRule = 'exact-alias' | 'morphology' | 'transliteration' | 'fuzzy' | 'new-speaker';

export interface SpeakerMatch {
  speakerId: string;
  rule: LinkRule;
  confidence: number;
}

interface KeyHit {
  speaker_id: string;
  kind: SearchKeyKind;
  key: string;
  canonical_name: string;
  en: string | null;
  type: string;
}

const CONFIDENCE: Record<Exclude<LinkRule, 'new-speaker'>, number> = { 'exact-alias': 1, morphology: 0.95, transliteration: 0.85, fuzzy: 0.75 };
const SURNAME_FACTOR = 0.85;
/** Loose enough for pg_trgm to propose "tokaev" for "tokayev"; edit distance then decides. */
const TRIGRAM_THRESHOLD = 0.3;

export class SpeakerLookup {
  constructor(private readonly morphology: Morphology) {}

  /** The speaker of this type a written name stands for; null when none fits or two fit equally. */
  async match(em: EntityManager, name: string, type: string): Promise<SpeakerMatch | null> {
    const keys = lookupKeys(name, this.morphology);
    if (!keys.names.length) return null;
    const steps: Array<[Exclude<LinkRule, 'new-speaker'>, string[], SearchKeyKind[]]> = [
      ['exact-alias', keys.names, ['name', 'surname']],
      ['morphology', keys.names, ['form']],
      ['morphology', keys.lemmas, ['name', 'surname', 'form']],
      ['transliteration', keys.translit, ['translit']],
    ];
    for (const [rule, values, kinds] of steps) {
      if (!values.length) continue;
      // The keys first (a handful of rows by the btree index), then their speakers.
      const hits: KeyHit[] = await em.query(
        `WITH k AS MATERIALIZED (SELECT speaker_id, kind, key FROM speaker_search_keys WHERE key = ANY($1) AND kind = ANY($2))
         SELECT k.speaker_id, k.kind, k.key, s.canonical_name, s.names->>'en' AS en, s.type
           FROM k JOIN speakers s ON s.id = k.speaker_id
          WHERE s.type = $3 AND s.merged_into IS NULL`,
        [values, kinds, type],
      );
      const result = this.choose(hits, keys.initials, rule);
      if (result === 'ambiguous') return null;
      if (result) return result;
    }
    return this.fuzzy(em, keys.translit, keys.initials, type);
  }

  private async fuzzy(em: EntityManager, translit: string[], initials: string[], type: string): Promise<SpeakerMatch | null> {
    let best: { hit: KeyHit; distance: number; length: number } | null = null;
    let tie = false;
    for (const key of translit) {
      const max = allowedEdits(key.length);
      if (!max) continue;
      const hits: KeyHit[] = await em.query(
        `WITH k AS MATERIALIZED (
           SELECT speaker_id, kind, key, similarity(key, $1) AS sim FROM speaker_search_keys
            WHERE kind = 'translit' AND key % $1 AND similarity(key, $1) >= $4)
         SELECT k.speaker_id, k.kind, k.key, s.canonical_name, s.names->>'en' AS en, s.type
           FROM k JOIN speakers s ON s.id = k.speaker_id
          WHERE s.type = $2 AND s.merged_into IS NULL
          ORDER BY k.sim DESC LIMIT $3`,
        [key, type, 20, TRIGRAM_THRESHOLD],
      );
      for (const hit of hits) {
        if (!initialsFit(hit.canonical_name, hit.en ?? undefined, initials)) continue;
        const distance = levenshtein(key, hit.key, max);
        if (distance > max) continue;
        if (!best || distance < best.distance) {
          best = { hit, distance, length: key.length };
          tie = false;
        } else if (distance === best.distance && hit.speaker_id !== best.hit.speaker_id) tie = true;
      }
    }
    if (!best || tie) return null;
    const factor = isSurnameKey(best.hit) ? SURNAME_FACTOR : 1;
    return { speakerId: best.hit.speaker_id, rule: 'fuzzy', confidence: round(CONFIDENCE.fuzzy * factor * (1 - best.distance / best.length)) };
  }

  /** Full names win over bare surnames; two speakers left is ambiguity, which the caller must not guess at. */
  private choose(hits: KeyHit[], initials: string[], rule: Exclude<LinkRule, 'new-speaker'>): SpeakerMatch | 'ambiguous' | null {
    const fitting = hits.filter((h) => initialsFit(h.canonical_name, h.en ?? undefined, initials));
    if (!fitting.length) return hits.length ? 'ambiguous' : null;
    const full = fitting.filter((h) => h.kind !== 'surname' && !isSurnameKey(h));
    const pool = full.length ? full : fitting;
    const ids = new Set(pool.map((h) => h.speaker_id));
    if (ids.size > 1) return 'ambiguous';
    const factor = full.length ? 1 : SURNAME_FACTOR;
    return { speakerId: pool[0].speaker_id, rule, confidence: round(CONFIDENCE[rule] * factor) };
  }
}

/** A form or transliteration key of one word stands for a surname alone. */
function isSurnameKey(hit: KeyHit): boolean {
  return hit.kind === 'surname' || (hit.kind !== 'name' && !hit.key.includes(' ') && hit.canonical_name.trim().includes(' '));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
