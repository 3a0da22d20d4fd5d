import { MigrationInterface, QueryRunner } from 'typeorm';

/** The side table's columns the statements trigger copies (keys aside), in the table's order. */
const COPIED = ['statement_id', 'seq', 'article_id', 'outlet_id', 'speaker_id', 'speaker_name', 'statement_date', 'type', 'review_status', 'verdict', 'assignee_key_id', 'deleted_at'];
const COPIED_VALUES = ['NEW.id', 'NEW.seq', 'NEW.article_id', '(SELECT a.outlet_id FROM articles a WHERE a.id = NEW.article_id)', ...COPIED.slice(4).map((c) => `NEW.${c}`)];
const WATCHED = ['article_id', ...COPIED.slice(4)];
/** The side table's GIN indexes over the keys (the search's, the speaker filter's and the claim candidates'). */
const KEY_GIN_INDEXES = ['statement_search_keys_lemmas_idx', 'statement_search_keys_speaker_lemmas_idx', 'statement_search_keys_speaker_quote_lemmas_idx'];
const SAMPLE_COPIED = ['statement_id', 'seq', 'article_id', 'outlet_id', 'speaker_id', 'speaker_name', 'statement_date', 'type', 'review_status', 'verdict', 'assignee_key_id', 'deleted_at'];

/**
 * A statement's search keys (search_lemmas) and its quote's lemmas (quote_lemmas) live only in
 * statement_search_keys. On the statements they sat in a wide row under 18 indexes: writing new keys
 * made a new version of that row (the lemma columns are indexed, so never a HOT update), which every
 * index took an entry for, and the trigger then wrote the side row too. `quotes reindex --all` over a
 * million statements whose keys all changed took 600–900 s that way; the keys written where search
 * and claims read them cost one narrow row each.
 *
 * The statements trigger keeps copying what a search filters on; the keys are written to the side
 * table directly, and a trigger there passes a sampled statement's keys to statement_search_sample.
 * The speaker page's topic, /statements' and the exports' `q` and claim grouping read the keys
 * through the side table, whose GIN over speaker and lemmas serves the speaker page as the
 * statements' one did.
 */
export class SearchKeysInSideTable1765000000000 implements MigrationInterface {
  name = 'SearchKeysInSideTable1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement_search_keys ADD COLUMN quote_lemmas text[]`);
    // Entry by entry, the copy took 7.7 minutes at a million statements; built afterwards, the indexes cost a fraction.
    await withIndexesRebuilt(q, 'statement_search_keys', () =>
      q.query(`UPDATE statement_search_keys k SET quote_lemmas = s.quote_lemmas FROM statements s WHERE s.id = k.statement_id AND s.quote_lemmas IS NOT NULL`),
    );
    // Claim candidates: one speaker's statements sharing a rare lemma (ClaimCandidateSpeakerIndex), as it was on the statements.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await q.query(`CREATE INDEX statement_search_keys_speaker_quote_lemmas_idx ON statement_search_keys USING gin (speaker_id, quote_lemmas) WHERE deleted_at IS NULL`);
    // What `quotes reindex` without --all and the link stage look for: statements not yet indexed.
    await q.query(`CREATE INDEX statement_search_keys_unindexed_idx ON statement_search_keys (seq) WHERE search_lemmas IS NULL`);
    // The key indexes' pending list size comes from the session rather than the index: the service's
    // connections keep the small list (every search reads it whole, see SearchAtScale; set in
    // dataSourceOptions), while a reindex raises it for its own writes, which then merge into the
    // index in large sorted runs.
    for (const index of KEY_GIN_INDEXES) await q.query(`ALTER INDEX IF EXISTS ${index} RESET (gin_pending_list_limit)`);

    await q.query(`
      CREATE OR REPLACE FUNCTION statement_search_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_search_keys (${COPIED.join(', ')})
        VALUES (${COPIED_VALUES.join(', ')})
        ON CONFLICT (statement_id) DO UPDATE SET ${COPIED.slice(2).map((c) => `${c} = EXCLUDED.${c}`).join(', ')};
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER statements_search_keys_update ON statements`);
    await q.query(`
      CREATE TRIGGER statements_search_keys_update AFTER UPDATE ON statements FOR EACH ROW
        WHEN ((${WATCHED.map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${WATCHED.map((c) => `NEW.${c}`).join(', ')}))
        EXECUTE FUNCTION statement_search_keys_sync()`);

    await q.query(`
      CREATE OR REPLACE FUNCTION statement_search_sample_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_search_sample (${SAMPLE_COPIED.join(', ')}, search_lemmas, quote_lemmas)
        SELECT NEW.id, NEW.seq, NEW.article_id, (SELECT a.outlet_id FROM articles a WHERE a.id = NEW.article_id),
               NEW.speaker_id, NEW.speaker_name, NEW.statement_date, NEW.type,
               NEW.review_status, NEW.verdict, NEW.assignee_key_id, NEW.deleted_at, k.search_lemmas, k.quote_lemmas
          FROM (SELECT 1) one LEFT JOIN statement_search_keys k ON k.statement_id = NEW.id
        ON CONFLICT (statement_id) DO UPDATE SET ${SAMPLE_COPIED.slice(2).map((c) => `${c} = EXCLUDED.${c}`).join(', ')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION statement_search_sample_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statement_search_sample SET search_lemmas = NEW.search_lemmas, quote_lemmas = NEW.quote_lemmas WHERE statement_id = NEW.statement_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER statement_search_keys_sample AFTER UPDATE OF search_lemmas, quote_lemmas ON statement_search_keys
        FOR EACH ROW WHEN (NEW.seq % 64 = 0 AND (OLD.search_lemmas, OLD.quote_lemmas) IS DISTINCT FROM (NEW.search_lemmas, NEW.quote_lemmas))
        EXECUTE FUNCTION statement_search_sample_keys_sync()`);

    await q.query(`ALTER TABLE statements DROP COLUMN search_lemmas, DROP COLUMN quote_lemmas`);
    await q.query(`ANALYZE statement_search_keys`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const index of KEY_GIN_INDEXES) await q.query(`ALTER INDEX IF EXISTS ${index} SET (gin_pending_list_limit = 256)`);
    await q.query(`ALTER TABLE statements ADD COLUMN search_lemmas tsvector, ADD COLUMN quote_lemmas text[]`);
    await withIndexesRebuilt(q, 'statements', () =>
      q.query(`
        UPDATE statements s SET search_lemmas = k.search_lemmas, quote_lemmas = k.quote_lemmas
          FROM statement_search_keys k
         WHERE k.statement_id = s.id AND (k.search_lemmas IS NOT NULL OR k.quote_lemmas IS NOT NULL)`),
    );
    await q.query(`CREATE INDEX statements_search_lemmas_idx ON statements USING gin (search_lemmas) WITH (gin_pending_list_limit = 256)`);
    await q.query(`CREATE INDEX statements_speaker_quote_lemmas_idx ON statements USING gin (speaker_id, quote_lemmas) WITH (gin_pending_list_limit = 256) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX statements_speaker_lemmas_idx ON statements USING gin (speaker_id, search_lemmas) WITH (gin_pending_list_limit = 256) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX statements_unindexed_idx ON statements (article_id) WHERE search_lemmas IS NULL`);

    await q.query(`DROP TRIGGER statement_search_keys_sample ON statement_search_keys`);
    await q.query(`DROP FUNCTION statement_search_sample_keys_sync()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION statement_search_sample_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_search_sample (${SAMPLE_COPIED.join(', ')}, search_lemmas, quote_lemmas)
        VALUES (NEW.id, NEW.seq, NEW.article_id, (SELECT a.outlet_id FROM articles a WHERE a.id = NEW.article_id),
                NEW.speaker_id, NEW.speaker_name, NEW.statement_date, NEW.type,
                NEW.review_status, NEW.verdict, NEW.assignee_key_id, NEW.deleted_at, NEW.search_lemmas, NEW.quote_lemmas)
        ON CONFLICT (statement_id) DO UPDATE SET ${[...SAMPLE_COPIED.slice(2), 'search_lemmas', 'quote_lemmas'].map((c) => `${c} = EXCLUDED.${c}`).join(', ')};
        RETURN NULL;
      END $$`);

    const withKeys = [...COPIED, 'search_lemmas'];
    await q.query(`
      CREATE OR REPLACE FUNCTION statement_search_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_search_keys (${withKeys.join(', ')})
        VALUES (${[...COPIED_VALUES, 'NEW.search_lemmas'].join(', ')})
        ON CONFLICT (statement_id) DO UPDATE SET ${withKeys.slice(2).map((c) => `${c} = EXCLUDED.${c}`).join(', ')};
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER statements_search_keys_update ON statements`);
    await q.query(`
      CREATE TRIGGER statements_search_keys_update AFTER UPDATE ON statements FOR EACH ROW
        WHEN ((${[...WATCHED, 'search_lemmas'].map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${[...WATCHED, 'search_lemmas'].map((c) => `NEW.${c}`).join(', ')}))
        EXECUTE FUNCTION statement_search_keys_sync()`);

    await q.query(`DROP INDEX statement_search_keys_unindexed_idx`);
    await q.query(`DROP INDEX statement_search_keys_speaker_quote_lemmas_idx`);
    await q.query(`ALTER TABLE statement_search_keys DROP COLUMN quote_lemmas`);
    await q.query(`ANALYZE statements`);
  }
}

/**
 * Runs `write` (an UPDATE of every row) with the table's indexes dropped, then builds them again from
 * their definitions as they were, whatever other migrations added: a bulk build sorts once where
 * the UPDATE would have inserted entry by entry. Indexes that back a constraint stay.
 */
async function withIndexesRebuilt(q: QueryRunner, table: string, write: () => Promise<unknown>): Promise<void> {
  const indexes: Array<{ name: string; definition: string }> = await q.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [table],
  );
  for (const index of indexes) await q.query(`DROP INDEX ${index.name}`);
  await write();
  await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const index of indexes) await q.query(index.definition);
}
