import { MigrationInterface, QueryRunner } from 'typeorm';

/** What a search filters, counts and matches on, in the order the side table keeps them. */
const COLUMNS = [
  'statement_id',
  'seq',
  'article_id',
  'outlet_id',
  'speaker_id',
  'speaker_name',
  'statement_date',
  'type',
  'review_status',
  'verdict',
  'assignee_key_id',
  'deleted_at',
  'search_lemmas',
];
const STATEMENT_VALUES = ['NEW.id', 'NEW.seq', 'NEW.article_id', '(SELECT a.outlet_id FROM articles a WHERE a.id = NEW.article_id)', ...COLUMNS.slice(4).map((c) => `NEW.${c}`)];
const WATCHED = ['article_id', ...COLUMNS.slice(4)];

/**
 * statement_search_keys: one narrow row per statement with what a search reads — its lemma keys, the
 * columns its filters and facets read, and its article's outlet — so a search touches this table
 * (about a third of the statements' bytes a row) instead of the statements with their quotes, and
 * counts outlets without joining the articles (that join cost a search of ~1,000 matches 15–90 ms).
 * A trigger keeps it whatever writes a statement, like statement_search_sample; an article whose
 * outlet changes passes the change on. The rows are copied from the statements as they are (their
 * keys were computed by the service); no key is computed here.
 */
export class StatementSearchKeys1764760000000 implements MigrationInterface {
  name = 'StatementSearchKeys1764760000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE statement_search_keys (
        statement_id uuid PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        article_id uuid NOT NULL,
        outlet_id uuid,
        speaker_id uuid,
        speaker_name text NOT NULL,
        statement_date date,
        type text NOT NULL,
        review_status text NOT NULL,
        verdict text,
        assignee_key_id uuid,
        deleted_at timestamptz,
        search_lemmas tsvector
      )`);
    // In seq order, so that the newest-first walk and a date range (dates follow seq closely) read neighbouring pages.
    await q.query(`
      INSERT INTO statement_search_keys (${COLUMNS.join(', ')})
      SELECT s.id, s.seq, s.article_id, a.outlet_id, ${COLUMNS.slice(4).map((c) => `s.${c}`).join(', ')}
        FROM statements s JOIN articles a ON a.id = s.article_id
       ORDER BY s.seq`);
    await q.query(`CREATE UNIQUE INDEX statement_search_keys_seq_idx ON statement_search_keys (seq)`);
    await q.query(`CREATE INDEX statement_search_keys_speaker_seq_idx ON statement_search_keys (speaker_id, seq)`);
    await q.query(`CREATE INDEX statement_search_keys_date_idx ON statement_search_keys (statement_date)`);
    await q.query(`CREATE INDEX statement_search_keys_article_idx ON statement_search_keys (article_id)`);
    // A small pending list, for the reason given in the SearchAtScale migration (autovacuum may be off).
    await q.query(`CREATE INDEX statement_search_keys_lemmas_idx ON statement_search_keys USING gin (search_lemmas) WITH (gin_pending_list_limit = 256)`);
    await q.query(`
      CREATE FUNCTION statement_search_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_search_keys (${COLUMNS.join(', ')})
        VALUES (${STATEMENT_VALUES.join(', ')})
        ON CONFLICT (statement_id) DO UPDATE SET ${COLUMNS.slice(2).map((c) => `${c} = EXCLUDED.${c}`).join(', ')};
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER statements_search_keys_insert AFTER INSERT ON statements FOR EACH ROW EXECUTE FUNCTION statement_search_keys_sync()`);
    // Claim and review bookkeeping updates (claim_id, version, …) leave the side row alone.
    await q.query(`
      CREATE TRIGGER statements_search_keys_update AFTER UPDATE ON statements FOR EACH ROW
        WHEN ((${WATCHED.map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${WATCHED.map((c) => `NEW.${c}`).join(', ')}))
        EXECUTE FUNCTION statement_search_keys_sync()`);
    await q.query(`
      CREATE FUNCTION statement_search_keys_outlet_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statement_search_keys SET outlet_id = NEW.outlet_id WHERE article_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER articles_search_keys_outlet AFTER UPDATE OF outlet_id ON articles
        FOR EACH ROW WHEN (OLD.outlet_id IS DISTINCT FROM NEW.outlet_id) EXECUTE FUNCTION statement_search_keys_outlet_sync()`);
    await q.query(`ANALYZE statement_search_keys`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER articles_search_keys_outlet ON articles`);
    await q.query(`DROP FUNCTION statement_search_keys_outlet_sync()`);
    await q.query(`DROP TRIGGER statements_search_keys_update ON statements`);
    await q.query(`DROP TRIGGER statements_search_keys_insert ON statements`);
    await q.query(`DROP FUNCTION statement_search_keys_sync()`);
    await q.query(`DROP TABLE statement_search_keys`);
  }
}
