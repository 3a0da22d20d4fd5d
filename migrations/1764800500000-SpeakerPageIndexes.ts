import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The speaker page at a million statements. Its monthly timeline counts every live statement of the
 * speaker: on (speaker_id, statement_date) of live rows that is an index-only scan, where the
 * expression index of the page order (statements_speaker_chronology_idx) made PostgreSQL read a heap
 * page per statement (10,000 for the busiest speaker). With a topic, a GIN index over speaker and
 * lemmas together (btree_gin) finds the speaker's matches directly instead of intersecting the
 * speaker's rows with every statement holding the word (100,000 for a common one).
 */
export class SpeakerPageIndexes1764800500000 implements MigrationInterface {
  name = 'SpeakerPageIndexes1764800500000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS statements_speaker_live_date_idx ON statements (speaker_id, statement_date) WHERE deleted_at IS NULL`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await q.query(`CREATE INDEX IF NOT EXISTS statements_speaker_lemmas_idx ON statements USING gin (speaker_id, search_lemmas) WHERE deleted_at IS NULL`);
    // Same reason as the other lemma indexes (SearchAtScale): every scan reads the pending list whole.
    await q.query(`ALTER INDEX statements_speaker_lemmas_idx SET (gin_pending_list_limit = 256)`);
    await q.query(`ANALYZE statements`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX statements_speaker_lemmas_idx`);
    await q.query(`DROP INDEX statements_speaker_live_date_idx`);
  }
}
