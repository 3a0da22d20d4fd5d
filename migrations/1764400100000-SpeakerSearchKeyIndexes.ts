import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Equality lookups of speaker search keys must use a btree: with a trigram index over every key the
 * planner served `key = ANY(…)` from it, and short words ("ир набиулин") made that take hundreds of
 * milliseconds per lookup. Trigrams are only needed for fuzzy matching of transliteration keys.
 */
export class SpeakerSearchKeyIndexes1764400100000 implements MigrationInterface {
  name = 'SpeakerSearchKeyIndexes1764400100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX speaker_search_keys_trgm_idx`);
    await q.query(`CREATE INDEX speaker_search_keys_translit_trgm_idx ON speaker_search_keys USING gin (key gin_trgm_ops) WHERE kind = 'translit'`);
    await q.query(`CREATE INDEX speaker_search_keys_key_kind_idx ON speaker_search_keys (key, kind)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX speaker_search_keys_key_kind_idx`);
    await q.query(`DROP INDEX speaker_search_keys_translit_trgm_idx`);
    await q.query(`CREATE INDEX speaker_search_keys_trgm_idx ON speaker_search_keys USING gin (key gin_trgm_ops)`);
  }
}
