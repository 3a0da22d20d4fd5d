import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search over a date range walks newest first from the range's newest statement; finding that
 * statement takes one descent a day of this index (the highest seq of each date), instead of reading
 * every row of the range. It serves whatever the date-only index served, which it replaces.
 */
export class SearchDateSeqIndex1764900000000 implements MigrationInterface {
  name = 'SearchDateSeqIndex1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS statement_search_keys_date_seq_idx ON statement_search_keys (statement_date, seq)`);
    await q.query(`DROP INDEX IF EXISTS statement_search_keys_date_idx`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS statement_search_keys_date_idx ON statement_search_keys (statement_date)`);
    await q.query(`DROP INDEX statement_search_keys_date_seq_idx`);
  }
}
