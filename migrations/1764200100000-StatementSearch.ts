import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lemma keys for full-text search, filled by the pipeline after linking (not by a trigger: the
 * morphology lives in the application), and the normalised quote that claims are grouped by.
 */
export class StatementSearch1764200100000 implements MigrationInterface {
  name = 'StatementSearch1764200100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statements ADD COLUMN search_lemmas tsvector, ADD COLUMN quote_lemmas text[]`);
    await q.query(`CREATE INDEX statements_search_lemmas_idx ON statements USING gin (search_lemmas)`);
    await q.query(`CREATE INDEX statements_quote_lemmas_idx ON statements USING gin (quote_lemmas)`);
    await q.query(`CREATE INDEX statements_unindexed_idx ON statements (article_id) WHERE search_lemmas IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statements DROP COLUMN quote_lemmas, DROP COLUMN search_lemmas`);
  }
}
