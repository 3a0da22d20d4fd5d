import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim candidates (a speaker's earlier statements sharing one of a quote's rarest lemmas) are found
 * through a GIN of "speaker:lemma" keys instead of the GIN over (speaker_id, quote_lemmas). The
 * multicolumn GIN answered `speaker_id = $1 AND quote_lemmas && $2` by walking the speaker's posting
 * tree beside the lemmas' (a busy speaker has thousands of statements): 36 index pages and 0.5 ms a
 * statement at a million. A key that holds both is one short posting list: on a clone of the
 * 1M-statement bench database, a batch's candidate query took 380 ms instead of 900 ms for the same
 * requests and the same answers (no pending list); in bench:pipeline at 1M, run in turns with the
 * old query on one clone holding both indexes, the candidate queries of 1,000 articles took 2.3 and
 * 3.6 s against 4.0 and 5.0 s.
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
    // With a pending list, as the other key GIN: without one (fastupdate off) a lookup would not read
    // the 256 kB list, but `quotes reindex --all` rewriting every key at 1M took 178 s instead of 147 s
    // (140 s with the index this one replaces), its entries inserted one by one rather than merged
    // from its 64 MB list.
    await q.query(`
      CREATE INDEX statement_search_keys_claim_scope_idx ON statement_search_keys
        USING gin (claim_scope_keys(speaker_id, speaker_name, quote_lemmas)) WHERE deleted_at IS NULL`);
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
