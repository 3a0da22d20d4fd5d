import { Injectable } from '@nestjs/common';
import { updatedIds } from '../common/updated-ids';
import { EntityManager, In } from 'typeorm';
import type { RegistryEntry } from '../speaker-registry/registry-types';
import type { SearchKey, SearchKeyKind } from '../speaker-registry/search-keys';
import { SpeakerAlias } from '../entities/speaker-alias.entity';
import { SpeakerMerge } from '../entities/speaker-merge.entity';
import { SpeakerRole } from '../entities/speaker-role.entity';
import { Speaker, SpeakerKind } from '../entities/speaker.entity';

export type NewSpeaker = Pick<Speaker, 'canonicalName' | 'type'> & Partial<Pick<Speaker, 'gender' | 'qid' | 'description' | 'names'>>;

/** What the search keys of a speaker are computed from. */
export interface SpeakerNames {
  id: string;
  canonicalName: string;
  type: SpeakerKind;
  gender: 'male' | 'female' | null;
  names: Record<string, string> | null;
  mergedInto: string | null;
  aliases: string[] | null;
}

/** A search key found for a written name, with what choosing between speakers needs. */
export interface SpeakerKeyHit {
  speakerId: string;
  kind: SearchKeyKind;
  key: string;
  canonicalName: string;
  en: string | null;
  type: string;
}

export interface RoleTerm {
  speakerId: string;
  validFrom: string | null;
  validTo: string | null;
}

const KEY_HIT_COLUMNS = `k.speaker_id AS "speakerId", k.kind, k.key, s.canonical_name AS "canonicalName", s.names->>'en' AS en, s.type`;

/**
 * The only code that writes `speakers` and the tables of a speaker's names (aliases, roles, search
 * keys, merges). Methods take the EntityManager of the caller's transaction, so the CLI import and
 * the Nest services share them.
 */
@Injectable()
export class SpeakerRepository {
  // --- speakers ------------------------------------------------------------------------------------

  findById(em: EntityManager, id: string, lock = false): Promise<Speaker | null> {
    return em.getRepository(Speaker).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  findByIds(em: EntityManager, ids: string[]): Promise<Speaker[]> {
    return ids.length ? em.getRepository(Speaker).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** Live (not merged) speakers, newest first, after the `beforeSeq` cursor. */
  listLive(em: EntityManager, options: { type?: string; beforeSeq: string | null; limit: number }): Promise<Speaker[]> {
    const qb = em.getRepository(Speaker).createQueryBuilder('s').where('s.merged_into IS NULL').orderBy('s.seq', 'DESC').take(options.limit);
    if (options.type) qb.andWhere('s.type = :type', { type: options.type });
    if (options.beforeSeq) qb.andWhere('s.seq < :after', { after: options.beforeSeq });
    return qb.getMany();
  }

  /** Live organisations: what the role parser knows organisation names from. */
  liveOrganizations(em: EntityManager): Promise<Speaker[]> {
    return em.getRepository(Speaker).createQueryBuilder('s').where(`s.type = 'organization' AND s.merged_into IS NULL`).getMany();
  }

  async insert(em: EntityManager, speaker: NewSpeaker): Promise<string> {
    const [row] = await em.query(
      `INSERT INTO speakers (canonical_name, type, gender, qid, description, names) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [speaker.canonicalName, speaker.type, speaker.gender ?? null, speaker.qid ?? null, speaker.description ?? null, JSON.stringify(speaker.names ?? {})],
    );
    return row.id;
  }

  /** Inserts or updates the speaker of a registry entry by its slug; `created` tells which. */
  async upsertFromRegistry(em: EntityManager, e: RegistryEntry): Promise<{ id: string; created: boolean }> {
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

  async save(em: EntityManager, speaker: Speaker): Promise<void> {
    await em.getRepository(Speaker).save(speaker);
  }

  async setMergedInto(em: EntityManager, id: string, targetId: string | null): Promise<void> {
    await em.query(`UPDATE speakers SET merged_into = $2, updated_at = now() WHERE id = $1`, [id, targetId]);
  }

  /** Keeps speakers.aliases, the list readers use, in step with speaker_aliases. */
  async setAliasList(em: EntityManager, id: string, aliases: string[]): Promise<void> {
    await em.query(`UPDATE speakers SET aliases = $2 WHERE id = $1 AND aliases IS DISTINCT FROM $2`, [id, aliases]);
  }

  // --- aliases -------------------------------------------------------------------------------------

  aliasesOf(em: EntityManager, speakerId: string): Promise<SpeakerAlias[]> {
    return em.getRepository(SpeakerAlias).find({ where: { speakerId }, order: { createdAt: 'ASC', alias: 'ASC' } });
  }

  /** Adds an alias unless the speaker has one of the same folded spelling; its id, or null. */
  async insertAlias(em: EntityManager, speakerId: string, alias: string, normalized: string, lang: string | null, source: string): Promise<string | null> {
    const rows = await em.query(
      `INSERT INTO speaker_aliases (speaker_id, alias, normalized, lang, source) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (speaker_id, normalized) DO NOTHING RETURNING id`,
      [speakerId, alias, normalized, lang, source],
    );
    return rows[0]?.id ?? null;
  }

  /** Brings the seed aliases of a speaker in line with its registry entry; other aliases are left alone. */
  async syncSeedAliases(em: EntityManager, speakerId: string, aliases: Array<{ alias: string; normalized: string }>): Promise<void> {
    await em.query(`DELETE FROM speaker_aliases WHERE speaker_id = $1 AND source = 'seed' AND NOT (normalized = ANY($2))`, [speakerId, aliases.map((a) => a.normalized)]);
    if (!aliases.length) return;
    await em.query(
      `INSERT INTO speaker_aliases (speaker_id, alias, normalized, source)
       SELECT $1, a, n, 'seed' FROM unnest($2::text[], $3::text[]) AS t(a, n)
       ON CONFLICT (speaker_id, normalized) DO NOTHING`,
      [speakerId, aliases.map((a) => a.alias), aliases.map((a) => a.normalized)],
    );
  }

  /** Deletes one alias of the speaker; false when it has no such alias. */
  async deleteAlias(em: EntityManager, speakerId: string, aliasId: string): Promise<boolean> {
    const [, count] = await em.query(`DELETE FROM speaker_aliases WHERE id = $1 AND speaker_id = $2`, [aliasId, speakerId]);
    return count > 0;
  }

  async deleteAliases(em: EntityManager, speakerId: string, aliasIds: string[]): Promise<void> {
    await em.query(`DELETE FROM speaker_aliases WHERE id = ANY($1) AND speaker_id = $2`, [aliasIds, speakerId]);
  }

  /** Moves the source's aliases to the target, except spellings the target already has; returns the ids moved. */
  moveAliases(em: EntityManager, fromSpeaker: string, toSpeaker: string): Promise<string[]> {
    return updatedIds(
      em,
      `UPDATE speaker_aliases a SET speaker_id = $1
        WHERE a.speaker_id = $2 AND NOT EXISTS (SELECT 1 FROM speaker_aliases t WHERE t.speaker_id = $1 AND t.normalized = a.normalized)
        RETURNING a.id`,
      [toSpeaker, fromSpeaker],
    );
  }

  async moveAliasesBack(em: EntityManager, aliasIds: string[], fromSpeaker: string, toSpeaker: string): Promise<void> {
    await em.query(`UPDATE speaker_aliases SET speaker_id = $1 WHERE id = ANY($2) AND speaker_id = $3`, [toSpeaker, aliasIds, fromSpeaker]);
  }

  // --- roles ---------------------------------------------------------------------------------------

  rolesOf(em: EntityManager, speakerId: string): Promise<SpeakerRole[]> {
    return em.getRepository(SpeakerRole).find({ where: { speakerId }, order: { validFrom: 'ASC', createdAt: 'ASC' } });
  }

  findRole(em: EntityManager, speakerId: string, roleId: string): Promise<SpeakerRole | null> {
    return em.getRepository(SpeakerRole).findOne({ where: { id: roleId, speakerId } });
  }

  async saveRole(em: EntityManager, role: SpeakerRole): Promise<void> {
    await em.getRepository(SpeakerRole).save(role);
  }

  /** An editor's role: added, or its end date updated when the speaker has it from that date already. */
  async upsertAdminRole(em: EntityManager, speakerId: string, role: { role: string; of: string; roleKey: string; from: string | null; to: string | null }): Promise<string> {
    const rows = await em.query(
      `INSERT INTO speaker_roles (speaker_id, role, of, role_key, valid_from, valid_to, source) VALUES ($1, $2, $3, $4, $5, $6, 'admin')
       ON CONFLICT (speaker_id, role_key, coalesce(valid_from, '')) DO UPDATE SET valid_to = EXCLUDED.valid_to
       RETURNING id`,
      [speakerId, role.role, role.of, role.roleKey, role.from, role.to],
    );
    return rows[0].id;
  }

  /** Brings the seed roles of a speaker in line with its registry entry; other roles are left alone. */
  async syncSeedRoles(em: EntityManager, speakerId: string, roles: Array<{ role: string; of: string; roleKey: string; from: string | null; to: string | null }>): Promise<void> {
    await em.query(`DELETE FROM speaker_roles WHERE speaker_id = $1 AND source = 'seed' AND NOT ((role_key || '#' || coalesce(valid_from, '')) = ANY($2))`, [
      speakerId,
      roles.map((r) => `${r.roleKey}#${r.from ?? ''}`),
    ]);
    for (const r of roles) {
      await em.query(
        `INSERT INTO speaker_roles (speaker_id, role, of, role_key, valid_from, valid_to, source)
         VALUES ($1, $2, $3, $4, $5, $6, 'seed')
         ON CONFLICT (speaker_id, role_key, coalesce(valid_from, '')) DO UPDATE
           SET role = EXCLUDED.role, of = EXCLUDED.of, valid_to = EXCLUDED.valid_to`,
        [speakerId, r.role, r.of, r.roleKey, r.from, r.to],
      );
    }
  }

  async deleteRole(em: EntityManager, speakerId: string, roleId: string): Promise<boolean> {
    const [, count] = await em.query(`DELETE FROM speaker_roles WHERE id = $1 AND speaker_id = $2`, [roleId, speakerId]);
    return count > 0;
  }

  /** Moves the source's roles to the target, except those the target holds from the same date; returns the ids moved. */
  moveRoles(em: EntityManager, fromSpeaker: string, toSpeaker: string): Promise<string[]> {
    return updatedIds(
      em,
      `UPDATE speaker_roles r SET speaker_id = $1
        WHERE r.speaker_id = $2
          AND NOT EXISTS (SELECT 1 FROM speaker_roles t WHERE t.speaker_id = $1 AND t.role_key = r.role_key AND coalesce(t.valid_from, '') = coalesce(r.valid_from, ''))
        RETURNING r.id`,
      [toSpeaker, fromSpeaker],
    );
  }

  async moveRolesBack(em: EntityManager, roleIds: string[], fromSpeaker: string, toSpeaker: string): Promise<void> {
    await em.query(`UPDATE speaker_roles SET speaker_id = $1 WHERE id = ANY($2) AND speaker_id = $3`, [toSpeaker, roleIds, fromSpeaker]);
  }

  /** Who held a role (by its key), over which periods; merged-away speakers left out. */
  roleTerms(em: EntityManager, roleKey: string): Promise<RoleTerm[]> {
    return em.query(
      `SELECT r.speaker_id AS "speakerId", r.valid_from AS "validFrom", r.valid_to AS "validTo" FROM speaker_roles r JOIN speakers s ON s.id = r.speaker_id
        WHERE r.role_key = $1 AND s.merged_into IS NULL`,
      [roleKey],
    );
  }

  // --- merges --------------------------------------------------------------------------------------

  saveMerge(em: EntityManager, merge: SpeakerMerge): Promise<SpeakerMerge> {
    return em.getRepository(SpeakerMerge).save(merge);
  }

  createMerge(em: EntityManager, fields: Partial<SpeakerMerge>): SpeakerMerge {
    return em.getRepository(SpeakerMerge).create(fields);
  }

  findMerge(em: EntityManager, id: string, lock = false): Promise<SpeakerMerge | null> {
    return em.getRepository(SpeakerMerge).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** Merges a speaker took part in (as target or source), newest first. */
  mergesOf(em: EntityManager, speakerId: string, options: { beforeSeq: string | null; limit: number }): Promise<SpeakerMerge[]> {
    const qb = em.getRepository(SpeakerMerge).createQueryBuilder('m').where('(m.target_id = :id OR m.source_id = :id)', { id: speakerId }).orderBy('m.seq', 'DESC').take(options.limit);
    if (options.beforeSeq) qb.andWhere('m.seq < :after', { after: options.beforeSeq });
    return qb.getMany();
  }

  // --- search keys ---------------------------------------------------------------------------------

  namesForKeys(em: EntityManager, ids: readonly string[]): Promise<SpeakerNames[]> {
    return em.query(
      `SELECT s.id, s.canonical_name AS "canonicalName", s.type, s.gender, s.names, s.merged_into AS "mergedInto",
              array_remove(array_agg(a.alias ORDER BY a.created_at, a.alias), NULL) AS aliases
         FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id
        WHERE s.id = ANY($1)
        GROUP BY s.id`,
      [ids],
    );
  }

  /** Replaces the search keys of these speakers with `keys`. */
  async replaceSearchKeys(em: EntityManager, ids: readonly string[], keys: Array<SearchKey & { speakerId: string }>): Promise<void> {
    await em.query(`DELETE FROM speaker_search_keys WHERE speaker_id = ANY($1)`, [ids]);
    if (!keys.length) return;
    await em.query(
      `INSERT INTO speaker_search_keys (speaker_id, key, kind)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      [keys.map((k) => k.speakerId), keys.map((k) => k.key), keys.map((k) => k.kind)],
    );
  }

  /** Live speakers with no search key, other than those already tried. */
  async withoutSearchKeys(em: EntityManager, tried: string[], limit: number): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT s.id FROM speakers s
        WHERE s.merged_into IS NULL AND NOT (s.id = ANY($1))
          AND NOT EXISTS (SELECT 1 FROM speaker_search_keys k WHERE k.speaker_id = s.id)
        LIMIT $2`,
      [tried, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Live speakers of a type holding one of these keys of these kinds. */
  keyHits(em: EntityManager, keys: string[], kinds: SearchKeyKind[], type: string): Promise<SpeakerKeyHit[]> {
    // The keys first (a handful of rows by the btree index), then their speakers.
    return em.query(
      `WITH k AS MATERIALIZED (SELECT speaker_id, kind, key FROM speaker_search_keys WHERE key = ANY($1) AND kind = ANY($2))
       SELECT ${KEY_HIT_COLUMNS} FROM k JOIN speakers s ON s.id = k.speaker_id
        WHERE s.type = $3 AND s.merged_into IS NULL`,
      [keys, kinds, type],
    );
  }

  /** Live speakers of a type with a transliteration key similar to `key` by trigrams, most similar first. */
  similarTranslitHits(em: EntityManager, key: string, type: string, threshold: number, limit: number): Promise<SpeakerKeyHit[]> {
    // The trigram index answers in 1–2 ms, but the planner prices a long key's many trigram lookups
    // above a scan that computes the similarity of every key in the table (40–70 ms at 12k keys) and
    // takes the scan; for this one query the scan is ruled out. Within a caller's transaction the
    // setting is put back afterwards, since SET LOCAL would outlive this query there.
    return em.transaction(async (tx) => {
      const [{ previous }] = await tx.query(`SELECT current_setting('enable_seqscan') AS previous, set_config('enable_seqscan', 'off', true)`);
      const hits: SpeakerKeyHit[] = await tx.query(
        `WITH k AS MATERIALIZED (
           SELECT speaker_id, kind, key, similarity(key, $1) AS sim FROM speaker_search_keys
            WHERE kind = 'translit' AND key % $1 AND similarity(key, $1) >= $4)
         SELECT ${KEY_HIT_COLUMNS} FROM k JOIN speakers s ON s.id = k.speaker_id
          WHERE s.type = $2 AND s.merged_into IS NULL
          ORDER BY k.sim DESC LIMIT $3`,
        [key, type, limit, threshold],
      );
      await tx.query(`SELECT set_config('enable_seqscan', $1, true)`, [previous]);
      return hits;
    });
  }

  /** The one live speaker of a type whose full name folds to `normalized`; null when none or several. */
  async byExactName(em: EntityManager, normalized: string, type: string): Promise<string | null> {
    const rows = await em.query(
      `SELECT DISTINCT k.speaker_id FROM speaker_search_keys k JOIN speakers s ON s.id = k.speaker_id
        WHERE k.key = $1 AND k.kind = 'name' AND s.type = $2 AND s.merged_into IS NULL LIMIT 2`,
      [normalized, type],
    );
    return rows.length === 1 ? rows[0].speaker_id : null;
  }

  /** Type-ahead: live speakers by whole key, key prefix or trigram similarity, best first. */
  async typeAhead(
    em: EntityManager,
    q: { whole: string[]; prefixes: string[]; translit: string; type: string | null; offset: number; limit: number; exactRank: number; prefixRank: number },
  ): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT s.id, max(CASE WHEN k.key = ANY($1) THEN ${Number(q.exactRank)} WHEN k.key LIKE ANY($2) THEN ${Number(q.prefixRank)} ELSE similarity(k.key, $3) END) AS score, s.seq
         FROM speaker_search_keys k JOIN speakers s ON s.id = k.speaker_id
        WHERE s.merged_into IS NULL AND ($4::text IS NULL OR s.type = $4)
          AND (k.key = ANY($1) OR k.key LIKE ANY($2) OR (k.kind = 'translit' AND length($3) >= 4 AND k.key % $3))
        GROUP BY s.id, s.seq
        ORDER BY score DESC, s.seq DESC
        OFFSET $5 LIMIT $6`,
      [q.whole, q.prefixes, q.translit, q.type, q.offset, q.limit],
    );
    return rows.map((r) => r.id);
  }

  // --- registry imports and snapshot version -------------------------------------------------------

  async importRecorded(em: EntityManager, contentHash: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM speaker_registry_imports WHERE content_hash = $1 LIMIT 1`, [contentHash])).length > 0;
  }

  async recordImport(em: EntityManager, source: string, contentHash: string, entries: number): Promise<void> {
    await em.query(`INSERT INTO speaker_registry_imports (source, content_hash, entries) VALUES ($1, $2, $3)`, [source, contentHash, entries]);
  }

  /** Serialises the creation of a speaker under one name across workers, for the rest of the transaction. */
  async lockName(em: EntityManager, type: string, normalized: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`speaker:${type}:${normalized}`]);
  }

  /** Two importers at once (API and worker starting together) take turns, for the rest of the transaction. */
  async lockImports(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(727275)`);
  }

  /** Fresh planner statistics after a bulk import. */
  async analyze(em: EntityManager): Promise<void> {
    await em.query(`ANALYZE speakers, speaker_search_keys, speaker_aliases, speaker_roles`);
  }

  /** Tells registry snapshots (the workers' extractors) that editors changed speakers; part of the caller's transaction. */
  async bumpRegistryVersion(em: EntityManager): Promise<void> {
    await em.query(`UPDATE speaker_registry_version SET version = version + 1, changed_at = now()`);
  }

  async registryVersion(em: EntityManager): Promise<string> {
    const [row] = await em.query(`SELECT version::text AS version FROM speaker_registry_version`);
    return row?.version ?? '0';
  }

  /**
   * Live speakers the extractor may name, as registry entries keyed by speaker id: the seeded ones,
   * organisations, role holders and those an editor gave aliases (not every name linking ever created).
   */
  async registryEntries(em: EntityManager): Promise<RegistryEntry[]> {
    const rows: Array<{
      id: string;
      name: string;
      type: RegistryEntry['type'];
      gender: 'male' | 'female' | null;
      qid: string | null;
      names: Record<string, string> | null;
      aliases: string[] | null;
      roles: Array<{ role: string; of: string; from: string | null; to: string | null }> | null;
    }> = await em.query(
      `SELECT s.id, s.canonical_name AS name, s.type, s.gender, s.qid, s.names, s.aliases,
              (SELECT json_agg(json_build_object('role', r.role, 'of', r.of, 'from', r.valid_from, 'to', r.valid_to) ORDER BY r.valid_from NULLS FIRST)
                 FROM speaker_roles r WHERE r.speaker_id = s.id) AS roles
         FROM speakers s
        WHERE s.merged_into IS NULL
          AND (s.registry_id IS NOT NULL OR s.type = 'organization'
               OR EXISTS (SELECT 1 FROM speaker_roles r WHERE r.speaker_id = s.id)
               OR EXISTS (SELECT 1 FROM speaker_aliases a WHERE a.speaker_id = s.id AND a.source = 'admin'))
        ORDER BY s.seq`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      ...(r.gender ? { gender: r.gender } : {}),
      ...(r.qid ? { qid: r.qid } : {}),
      names: r.names ?? {},
      aliases: r.aliases ?? [],
      roles: r.roles ?? [],
    }));
  }
}
