// A written name → a registry speaker in the database, by the same rules as the in-memory registry:
// exact alias, then morphology, then transliteration, then a fuzzy match found through pg_trgm and
// confirmed by edit distance. Merged-away speakers have no search keys, so they are never found.
import type { EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { allowedEdits, levenshtein } from '../extraction/speakers/fuzzy';
import { type LinkRule, MATCH_CONFIDENCE, type MatchRule, SURNAME_FACTOR } from '../speaker-registry/link-rules';
import { initialsFit, lookupKeys, type SearchKeyKind } from '../speaker-registry/search-keys';
import { SpeakerKeyHit, SpeakerRepository } from './speaker.repository';


export interface SpeakerMatch {
  speakerId: string;
  rule: LinkRule;
  confidence: number;
}

/** Loose enough for pg_trgm to propose "tokaev" for "tokayev"; edit distance then decides. */
const TRIGRAM_THRESHOLD = 0.3;

export class SpeakerLookup {
  constructor(
    private readonly morphology: Morphology,
    private readonly speakers: SpeakerRepository,
  ) {}

  /** The speaker of this type a written name stands for; null when none fits or two fit equally. */
  async match(em: EntityManager, name: string, type: string): Promise<SpeakerMatch | null> {
    const keys = lookupKeys(name, this.morphology);
    if (!keys.names.length) return null;
    const steps: Array<[MatchRule, string[], SearchKeyKind[]]> = [
      ['exact-alias', keys.names, ['name', 'surname']],
      ['morphology', keys.names, ['form']],
      ['morphology', keys.lemmas, ['name', 'surname', 'form']],
      ['transliteration', keys.translit, ['translit']],
    ];
    for (const [rule, values, kinds] of steps) {
      if (!values.length) continue;
      const hits = await this.speakers.keyHits(em, values, kinds, type);
      const result = this.choose(hits, keys.initials, rule);
      if (result === 'ambiguous') return null;
      if (result) return result;
    }
    return this.fuzzy(em, keys.translit, keys.initials, type);
  }

  private async fuzzy(em: EntityManager, translit: string[], initials: string[], type: string): Promise<SpeakerMatch | null> {
    let best: { hit: SpeakerKeyHit; distance: number; length: number } | null = null;
    let tie = false;
    for (const key of translit) {
      const max = allowedEdits(key.length);
      if (!max) continue;
      const hits = await this.speakers.similarTranslitHits(em, key, type, TRIGRAM_THRESHOLD, 20);
      for (const hit of hits) {
        if (!initialsFit(hit.canonicalName, hit.en ?? undefined, initials)) continue;
        const distance = levenshtein(key, hit.key, max);
        if (distance > max) continue;
        if (!best || distance < best.distance) {
          best = { hit, distance, length: key.length };
          tie = false;
        } else if (distance === best.distance && hit.speakerId !== best.hit.speakerId) tie = true;
      }
    }
    if (!best || tie) return null;
    const factor = isSurnameKey(best.hit) ? SURNAME_FACTOR : 1;
    return { speakerId: best.hit.speakerId, rule: 'fuzzy', confidence: round(MATCH_CONFIDENCE.fuzzy * factor * (1 - best.distance / best.length)) };
  }

  /** Full names win over bare surnames; two speakers left is ambiguity, which the caller must not guess at. */
  private choose(hits: SpeakerKeyHit[], initials: string[], rule: MatchRule): SpeakerMatch | 'ambiguous' | null {
    const fitting = hits.filter((h) => initialsFit(h.canonicalName, h.en ?? undefined, initials));
    if (!fitting.length) return hits.length ? 'ambiguous' : null;
    const full = fitting.filter((h) => h.kind !== 'surname' && !isSurnameKey(h));
    const pool = full.length ? full : fitting;
    const ids = new Set(pool.map((h) => h.speakerId));
    if (ids.size > 1) return 'ambiguous';
    const factor = full.length ? 1 : SURNAME_FACTOR;
    return { speakerId: pool[0].speakerId, rule, confidence: round(MATCH_CONFIDENCE[rule] * factor) };
  }
}

/** A form or transliteration key of one word stands for a surname alone. */
function isSurnameKey(hit: SpeakerKeyHit): boolean {
  return hit.kind === 'surname' || (hit.kind !== 'name' && !hit.key.includes(' ') && hit.canonicalName.trim().includes(' '));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
