import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search and lists at a million statements.
 *
 * statement_search_sample holds every 64th statement (by seq) with its search keys and the columns
 * the filters read, kept by a trigger whatever writes the statement. It is small enough to stay in
 * memory, so a search learns from it, in a millisecond or two, roughly how many statements match
 * and what the facets look like: few matches are then counted exactly, many are walked newest first
 * and their facets estimated from the sample. No plan depends on the planner's statistics. Claim
 * grouping reads the sample's quote lemmas for their document frequencies.
 *
 * (speaker_id, seq) serves a speaker's statements newest first, the speaker's chronological page
 * has its own index, claims are counted and opened through (claim_id, seq), and a speaker's claims
 * are listed through (speaker_id, seq).
 */
export class SearchAtScale1764600000000 implements MigrationInterface {
  name = 'SearchAtScale1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE statement_search_sample (
        statement_id uuid PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        article_id uuid NOT NULL,
        speaker_id uuid,
        speaker_name text NOT NULL,
        statement_date date,
        type text NOT NULL,
        review_status text NOT NULL,
        verdict text,
        assignee_key_id uuid,
        deleted_at timestamptz,
        search_lemmas tsvector,
        quote_lemmas text[]
      )`);
    await q.query(`CREATE INDEX statement_search_sample_lemmas_idx ON statement_search_sample USING gin (search_lemmas)`);
    await q.query(`CREATE INDEX statement_search_sample_speaker_idx ON statement_search_sample (speaker_id)`);
    await q.query(`
      CREATE FUNCTION statement_search_sample_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_search_sample (statement_id, seq, article_id, speaker_id, speaker_name, statement_date, type,
                                             review_status, verdict, assignee_key_id, deleted_at, search_lemmas, quote_lemmas)
        VALUES (NEW.id, NEW.seq, NEW.article_id, NEW.speaker_id, NEW.speaker_name, NEW.statement_date, NEW.type,
                NEW.review_status, NEW.verdict, NEW.assignee_key_id, NEW.deleted_at, NEW.search_lemmas, NEW.quote_lemmas)
        ON CONFLICT (statement_id) DO UPDATE SET
          article_id = EXCLUDED.article_id, speaker_id = EXCLUDED.speaker_id, speaker_name = EXCLUDED.speaker_name,
          statement_date = EXCLUDED.statement_date, type = EXCLUDED.type, review_status = EXCLUDED.review_status,
          verdict = EXCLUDED.verdict, assignee_key_id = EXCLUDED.assignee_key_id, deleted_at = EXCLUDED.deleted_at,
          search_lemmas = EXCLUDED.search_lemmas, quote_lemmas = EXCLUDED.quote_lemmas;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER statements_search_sample AFTER INSERT OR UPDATE ON statements
        FOR EACH ROW WHEN (NEW.seq % 64 = 0) EXECUTE FUNCTION statement_search_sample_sync()`);
    await q.query(`
      INSERT INTO statement_search_sample (statement_id, seq, article_id, speaker_id, speaker_name, statement_date, type,
                                           review_status, verdict, assignee_key_id, deleted_at, search_lemmas, quote_lemmas)
      SELECT id, seq, article_id, speaker_id, speaker_name, statement_date, type, review_status, verdict, assignee_key_id, deleted_at, search_lemmas, quote_lemmas
        FROM statements WHERE seq % 64 = 0`);
    await q.query(`ANALYZE statement_search_sample`);

    // GIN's pending list (fastupdate) is merged only by VACUUM or when it outgrows its limit, and every
    // search scans it whole: with autovacuum off a 4 MB list cost each query 20 ms. A small list keeps
    // writes batched and the scan short.
    for (const index of ['statements_search_lemmas_idx', 'statements_quote_lemmas_idx', 'statement_search_sample_lemmas_idx']) {
      await q.query(`ALTER INDEX ${index} SET (gin_pending_list_limit = 256)`);
      await q.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
    await q.query(`CREATE INDEX statements_speaker_seq_idx ON statements (speaker_id, seq) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX statements_speaker_chronology_idx ON statements (speaker_id, (coalesce(statement_date, DATE '9999-12-31')), seq) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX statements_claim_seq_idx ON statements (claim_id, seq) WHERE claim_id IS NOT NULL AND deleted_at IS NULL`);
    await q.query(`CREATE INDEX claims_speaker_seq_idx ON claims (speaker_id, seq)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const index of ['statements_search_lemmas_idx', 'statements_quote_lemmas_idx']) await q.query(`ALTER INDEX ${index} RESET (gin_pending_list_limit)`);
    await q.query(`DROP INDEX claims_speaker_seq_idx`);
    await q.query(`DROP INDEX statements_claim_seq_idx`);
    await q.query(`DROP INDEX statements_speaker_chronology_idx`);
    await q.query(`DROP INDEX statements_speaker_seq_idx`);
    await q.query(`DROP TRIGGER statements_search_sample ON statements`);
    await q.query(`DROP FUNCTION statement_search_sample_sync()`);
    await q.query(`DROP TABLE statement_search_sample`);
  }
}
