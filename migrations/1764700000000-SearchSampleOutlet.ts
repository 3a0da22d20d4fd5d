import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search's outlet facet is estimated from statement_search_sample like the others, so the sample
 * carries each statement's outlet (its article's). The statement trigger copies it when it writes a
 * sampled row; an article whose outlet changes (or whose outlet is deleted: ON DELETE SET NULL is an
 * UPDATE too) passes the change to its sampled statements, found through the new article_id index.
 */
export class SearchSampleOutlet1764700000000 implements MigrationInterface {
  name = 'SearchSampleOutlet1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement_search_sample ADD COLUMN outlet_id uuid`);
    await q.query(`UPDATE statement_search_sample s SET outlet_id = a.outlet_id FROM articles a WHERE a.id = s.article_id`);
    await q.query(`CREATE INDEX statement_search_sample_article_idx ON statement_search_sample (article_id)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION statement_search_sample_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_search_sample (statement_id, seq, article_id, outlet_id, speaker_id, speaker_name, statement_date, type,
                                             review_status, verdict, assignee_key_id, deleted_at, search_lemmas, quote_lemmas)
        VALUES (NEW.id, NEW.seq, NEW.article_id, (SELECT a.outlet_id FROM articles a WHERE a.id = NEW.article_id),
                NEW.speaker_id, NEW.speaker_name, NEW.statement_date, NEW.type,
                NEW.review_status, NEW.verdict, NEW.assignee_key_id, NEW.deleted_at, NEW.search_lemmas, NEW.quote_lemmas)
        ON CONFLICT (statement_id) DO UPDATE SET
          article_id = EXCLUDED.article_id, outlet_id = EXCLUDED.outlet_id, speaker_id = EXCLUDED.speaker_id, speaker_name = EXCLUDED.speaker_name,
          statement_date = EXCLUDED.statement_date, type = EXCLUDED.type, review_status = EXCLUDED.review_status,
          verdict = EXCLUDED.verdict, assignee_key_id = EXCLUDED.assignee_key_id, deleted_at = EXCLUDED.deleted_at,
          search_lemmas = EXCLUDED.search_lemmas, quote_lemmas = EXCLUDED.quote_lemmas;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION statement_search_sample_outlet_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statement_search_sample SET outlet_id = NEW.outlet_id WHERE article_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER articles_search_sample_outlet AFTER UPDATE OF outlet_id ON articles
        FOR EACH ROW WHEN (OLD.outlet_id IS DISTINCT FROM NEW.outlet_id) EXECUTE FUNCTION statement_search_sample_outlet_sync()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER articles_search_sample_outlet ON articles`);
    await q.query(`DROP FUNCTION statement_search_sample_outlet_sync()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION statement_search_sample_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q.query(`DROP INDEX statement_search_sample_article_idx`);
    await q.query(`ALTER TABLE statement_search_sample DROP COLUMN outlet_id`);
  }
}
