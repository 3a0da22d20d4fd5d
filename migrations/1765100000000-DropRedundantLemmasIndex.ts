import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * statement_search_keys had two GIN indexes over the search keys: one of the lemmas alone and one of
 * speaker and lemmas (btree_gin). A multicolumn GIN answers a condition on any of its columns as well
 * as a single-column one, so the lemmas-alone index only cost writes: every key write put each lemma
 * into both. Without it, `quotes reindex --all` over a million statements whose keys all changed took
 * 122.9 s instead of 169.8 s, and bench:search's word classes kept their p95 (16–27 ms, quiet).
 */
export class DropRedundantLemmasIndex1765100000000 implements MigrationInterface {
  name = 'DropRedundantLemmasIndex1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS statement_search_keys_lemmas_idx`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS statement_search_keys_lemmas_idx ON statement_search_keys USING gin (search_lemmas)`);
  }
}
