// Idempotent import of registry entries (the seed file format): speakers are upserted by their slug,
// their seed aliases and roles brought in line with the file, and their search keys recomputed.
// Aliases and roles added by editors or by linking are left alone.
import type { DataSource, EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import type { RegistryEntry } from './registry/registry-types';
import { roleKey } from './registry/speaker-registry';
import { foldName } from './registry/text-normalization';
import { SpeakerKeyIndex } from './speaker-key-index';

export interface ImportSummary {
  entries: number;
  created: number;
  updated: number;
}

export class RegistryImporter {
  private readonly keys: SpeakerKeyIndex;

  constructor(morphology: Morphology) {
    this.keys = new SpeakerKeyIndex(morphology);
  }

  /**
   * Imports the entries in one transaction and records the import; running it twice changes nothing.
   * With onlyIfNew, a file whose hash was imported before is skipped (null).
   */
  async import(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string): Promise<ImportSummary>;
  async import(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string, options: { onlyIfNew: true }): Promise<ImportSummary | null>;
  async import(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string, options?: { onlyIfNew: true }): Promise<ImportSummary | null> {
    const summary = await this.importInTransaction(dataSource, entries, source, contentHash, options);
    // Fresh statistics: without them the planner reads a just-filled key table through the trigram
    // index once per speaker, which takes seconds instead of milliseconds.
    if (summary) await dataSource.query(`ANALYZE speakers, speaker_search_keys, speaker_aliases, speaker_roles`);
    return summary;
  }

  private importInTransaction(dataSource: DataSource, entries: RegistryEntry[], source: string, contentHash: string, options?: { onlyIfNew: true }): Promise<ImportSummary | null> {
    return dataSource.transaction(async (em) => {
      // Two importers at once (API and worker starting together) take turns.
      await em.query(`SELECT pg_advisory_xact_lock(727275)`);
      if (options?.onlyIfNew) {
        const done = await em.query(`SELECT 1 FROM speaker_registry_imports WHERE content_hash = $1 LIMIT 1`, [contentHash]);
        if (done.length) return null;
      }
      const summary: ImportSummary = { entries: entries.length, created: 0, updated: 0 };
      const ids: string[] = [];
      for (const entry of entries) {
        const { id, created } = await this.upsertSpeaker(em, entry);
        ids.push(id);
        if (created) summary.created++;
        else summary.updated++;
        await this.syncAliases(em, id, entry);
        await this.syncRoles(em, id, entry);
      }
      await this.keys.reindex(em, ids);
      await em.query(`INSERT INTO speaker_registry_imports (source, content_hash, entries) VALUES ($1, $2, $3)`, [source, contentHash, entries.length]);
      return summary;
    });
  }

  private async upsertSpeaker(em: EntityManager, e: RegistryEntry): Promise<{ id: string; created: boolean }> {
    const rows: { id: string; created: boolean }[] = await em.query(
      `INSERT INTO speakers (registry_id, canonical_name, type, gender, qid, description, names)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (registry_id) WHERE registry_id IS NOT NULL DO UPDATE
         SET canonical_name = EXCLUDED.canonical_name, type = EXCLUDED.type, gender = EXCLUDED.gender,
             qid = EXCLUDED.qid, description = EXCLUDED.description, names = EXCLUDED.names,
             updated_at = CASE WHEN (speakers.canonical_name, speakers.type, speakers.gender, speakers.qid, speakers.description, speakers.names)
                                  IS DISTINCT FROM (EXCLUDED.canonical_name, EXCLUDED.type, EXCLUDED.gender, EXCLUDED.qid, EXCLUDED.description, EXCLUDED.names)
                               THEN now() ELSE speakers.updated_at END
       RETURNING id, (xmax = 0) AS created`,
      [e.id, e.name, e.type, e.gender ?? null, e.qid ?? null, e.description ?? null, JSON.stringify(e.names ?? {})],
    );
    return rows[0];
  }

  private async syncAliases(em: EntityManager, speakerId: string, e: RegistryEntry): Promise<void> {
    const aliases = [...new Map((e.aliases ?? []).map((a) => [foldName(a), a])).entries()].filter(([n]) => n && n !== foldName(e.name));
    await em.query(`DELETE FROM speaker_aliases WHERE speaker_id = $1 AND source = 'seed' AND NOT (normalized = ANY($2))`, [
      speakerId,
      aliases.map(([n]) => n),
    ]);
    if (!aliases.length) return;
    await em.query(
      `INSERT INTO speaker_aliases (speaker_id, alias, normalized, source)
       SELECT $1, a, n, 'seed' FROM unnest($2::text[], $3::text[]) AS t(a, n)
       ON CONFLICT (speaker_id, normalized) DO NOTHING`,
      [speakerId, aliases.map(([, a]) => a), aliases.map(([n]) => n)],
    );
  }

  private async syncRoles(em: EntityManager, speakerId: string, e: RegistryEntry): Promise<void> {
    const roles = e.roles ?? [];
    const keys = roles.map((r) => `${roleKey(r.role, r.of)}#${r.from ?? ''}`);
    await em.query(
      `DELETE FROM speaker_roles WHERE speaker_id = $1 AND source = 'seed' AND NOT ((role_key || '#' || coalesce(valid_from, '')) = ANY($2))`,
      [speakerId, keys],
    );
    for (const r of roles) {
      await em.query(
        `INSERT INTO speaker_roles (speaker_id, role, of, role_key, valid_from, valid_to, source)
         VALUES ($1, $2, $3, $4, $5, $6, 'seed')
         ON CONFLICT (speaker_id, role_key, coalesce(valid_from, '')) DO UPDATE
           SET role = EXCLUDED.role, of = EXCLUDED.of, valid_to = EXCLUDED.valid_to`,
        [speakerId, r.role, r.of, roleKey(r.role, r.of), r.from, r.to],
      );
    }
  }
}
