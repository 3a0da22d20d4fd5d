// Keeps speaker_search_keys (and the speakers.aliases list) in step with a speaker's names. Plain
// code over an EntityManager, so the CLI import and the Nest services share it.
import type { EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { speakerSearchKeys } from './registry/search-keys';

interface SpeakerNamesRow {
  id: string;
  canonical_name: string;
  type: 'person' | 'organization' | 'anonymous';
  gender: 'male' | 'female' | null;
  names: Record<string, string> | null;
  merged_into: string | null;
  aliases: string[] | null;
}

const CHUNK = 500;

export class SpeakerKeyIndex {
  constructor(private readonly morphology: Morphology) {}

  /** Recomputes the keys of these speakers; a speaker merged into another keeps none, so lookups skip it. */
  async reindex(em: EntityManager, speakerIds: readonly string[]): Promise<void> {
    for (let i = 0; i < speakerIds.length; i += CHUNK) await this.reindexChunk(em, speakerIds.slice(i, i + CHUNK));
  }

  private async reindexChunk(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const rows: SpeakerNamesRow[] = await em.query(
      `SELECT s.id, s.canonical_name, s.type, s.gender, s.names, s.merged_into,
              array_remove(array_agg(a.alias ORDER BY a.created_at, a.alias), NULL) AS aliases
         FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id
        WHERE s.id = ANY($1)
        GROUP BY s.id`,
      [ids],
    );
    await em.query(`DELETE FROM speaker_search_keys WHERE speaker_id = ANY($1)`, [ids]);
    const speakerCol: string[] = [];
    const keyCol: string[] = [];
    const kindCol: string[] = [];
    for (const row of rows) {
      await em.query(`UPDATE speakers SET aliases = $2 WHERE id = $1 AND aliases IS DISTINCT FROM $2`, [row.id, row.aliases ?? []]);
      if (row.merged_into) continue;
      const keys = speakerSearchKeys(
        { name: row.canonical_name, type: row.type, gender: row.gender, names: row.names, aliases: row.aliases },
        this.morphology,
      );
      for (const k of keys) {
        speakerCol.push(row.id);
        keyCol.push(k.key);
        kindCol.push(k.kind);
      }
    }
    if (speakerCol.length) {
      await em.query(
        `INSERT INTO speaker_search_keys (speaker_id, key, kind)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
        [speakerCol, keyCol, kindCol],
      );
    }
  }
}
