import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim candidates (a speaker's earlier statements sharing one of a quote's rarest lemmas) are found
 * through a GIN of "speaker:lemma" keys instead of the GIN over (speaker_id, quote_lemmas). The
 * multicolumn GIN answered `speaker_id = $1 AND quote_lemmas && $2` by walking the speaker's posting
 * tree beside the lemmas' (a busy speaker has thousands of statements): 36 index pages and 0.5 ms a
 * statement at a million. A key that holds both is one short posting list: on a clone of the
 * 1M-statement bench database, a batch's candidate query took 380 ms instead of 900 ms for the same
 * requests and the same answers; in bench:pipeline at 1M, run in turns with the old query, 5.3 and
 * 6.2 s for 1,000 articles' statements against 8.9 and 8.3 s.
 *
 * The scope is the first 8 hex digits of the md5 of the speaker's id (or, for a statement without a
 * linked speaker, of its name in lower case, as claims compare such names): short keys keep the
 * index near the size of the one it replaces (170 MB against 111 MB at 1M, where whole ids made
 * 268 MB). Two speakers whose scopes collide share keys; the query still compares the speakers
 * themselves.
 */
export class ClaimScopedLemmaKeys1765200200000 implements MigrationInterface {
  name = 'ClaimScopedLemmaKeys1765200200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION claim_scope_keys(speaker uuid, speaker_name text, lemmas text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array(SELECT left(md5(coalesce(speaker::text, 'name:' || lower(speaker_name))), 8) || ':' || l FROM unnest(lemmas) l)
      $$`);
    // Built in one sort rather than the default 64 MB runs: a minute at a million statements.
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    // Without a pending list (fastupdate off): a lookup reads the whole list, 32 pages of 256 kB, for
    // a handful of keys, and this index's keys are too scattered for a list to save work at insert
    // (the extract stage's insert took the same time either way, with less WAL without).
    await q.query(`
      CREATE INDEX statement_search_keys_claim_scope_idx ON statement_search_keys
        USING gin (claim_scope_keys(speaker_id, speaker_name, quote_lemmas)) WITH (fastupdate = off) WHERE deleted_at IS NULL`);
    await q.query(`DROP INDEX statement_search_keys_speaker_quote_lemmas_idx`);
    // The planner's figures for the new expression.
    await q.query(`ANALYZE statement_search_keys`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`CREATE INDEX statement_search_keys_speaker_quote_lemmas_idx ON statement_search_keys USING gin (speaker_id, quote_lemmas) WHERE deleted_at IS NULL`);
    await q.query(`DROP INDEX statement_search_keys_claim_scope_idx`);
    await q.query(`DROP FUNCTION claim_scope_keys(uuid, text, text[])`);
  }
}
