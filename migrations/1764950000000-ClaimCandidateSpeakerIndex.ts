import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim candidates are one speaker's statements sharing one of a few rare lemmas with a new quote.
 * A GIN over speaker and quote lemmas together (btree_gin, as in SearchSpeakerLemmasIndex) gives
 * exactly those. Before it a busy speaker whose quote held only common words was walked statement by
 * statement with the overlap tested on each row: ~6,400 heap pages of the statements and 50–100 ms
 * for one quote at a million statements, ~1,000 pages with it; bench:grouping's articles, the candidate query went
 * from 46–57 to 16–17 ms a batch and grouping from 22–24 to 9 ms a statement (load 6, interleaved).
 * It replaces the GIN over quote_lemmas alone, which served only that query (a statement without a
 * linked speaker still uses its second column), so a statement write still maintains one such index.
 */
export class ClaimCandidateSpeakerIndex1764950000000 implements MigrationInterface {
  name = 'ClaimCandidateSpeakerIndex1764950000000';

  public async up(q: QueryRunner): Promise<void> {
    // A database whose statements no longer hold the quote lemmas keeps its candidate index where they are.
    const [{ held }] = await q.query(
      `SELECT count(*)::int AS held FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'statements' AND column_name = 'quote_lemmas'`,
    );
    if (!held) return;
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // A small pending list, for the reason given in the SearchAtScale migration (autovacuum may be off).
    await q.query(
      `CREATE INDEX IF NOT EXISTS statements_speaker_quote_lemmas_idx ON statements USING gin (speaker_id, quote_lemmas) WITH (gin_pending_list_limit = 256) WHERE deleted_at IS NULL`,
    );
    await q.query(`DROP INDEX IF EXISTS statements_quote_lemmas_idx`);
    await q.query(`ANALYZE statements`);
  }

  public async down(q: QueryRunner): Promise<void> {
    const [{ held }] = await q.query(
      `SELECT count(*)::int AS held FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'statements' AND column_name = 'quote_lemmas'`,
    );
    if (!held) return;
    await q.query(`CREATE INDEX IF NOT EXISTS statements_quote_lemmas_idx ON statements USING gin (quote_lemmas) WITH (gin_pending_list_limit = 256)`);
    await q.query(`DROP INDEX IF EXISTS statements_speaker_quote_lemmas_idx`);
  }
}
