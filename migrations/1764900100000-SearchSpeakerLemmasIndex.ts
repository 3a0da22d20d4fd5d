import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search filtered by speaker: a GIN index over speaker and lemmas together (btree_gin, as on the
 * statements for the speaker page) finds the speaker's matches directly. Without it PostgreSQL read
 * the word's whole posting list and intersected it with the speaker's rows: 103,000 entries and 27 ms
 * for a common word and a speaker of 990 statements, 1.6 ms with it; a very common word and the
 * busiest speaker went from 142 to 11 ms. One more GIN entry set a statement write pays for.
 */
export class SearchSpeakerLemmasIndex1764900100000 implements MigrationInterface {
  name = 'SearchSpeakerLemmasIndex1764900100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // A small pending list, for the reason given in the SearchAtScale migration (autovacuum may be off).
    await q.query(`CREATE INDEX IF NOT EXISTS statement_search_keys_speaker_lemmas_idx ON statement_search_keys USING gin (speaker_id, search_lemmas) WITH (gin_pending_list_limit = 256)`);
    await q.query(`ANALYZE statement_search_keys`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX statement_search_keys_speaker_lemmas_idx`);
  }
}
