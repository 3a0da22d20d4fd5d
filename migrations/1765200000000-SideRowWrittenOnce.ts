import { MigrationInterface, QueryRunner } from 'typeorm';

/** The side table's columns the statements trigger copies (keys aside), as SearchKeysInSideTable set them. */
const COPIED = ['statement_id', 'seq', 'article_id', 'outlet_id', 'speaker_id', 'speaker_name', 'statement_date', 'type', 'review_status', 'verdict', 'assignee_key_id', 'deleted_at'];
const COPIED_VALUES = ['NEW.id', 'NEW.seq', 'NEW.article_id', '(SELECT a.outlet_id FROM articles a WHERE a.id = NEW.article_id)', ...COPIED.slice(4).map((c) => `NEW.${c}`)];
const UPDATED = COPIED.slice(2);

/**
 * The extract stage now writes a statement's side row itself, keys included, in the statement that
 * inserts the statement (StatementRepository.insertExtracted): the keys are known before the row is
 * stored, and a side row written again for them took a new version under two GIN indexes and six
 * btrees. The statements trigger still makes the side row of a statement stored any other way, and
 * still copies a change of what search filters on; it leaves a side row alone when the row already
 * holds what it would copy, so the row the extract stage wrote is not written a second time when
 * the trigger fires after it.
 */
export class SideRowWrittenOnce1765200000000 implements MigrationInterface {
  name = 'SideRowWrittenOnce1765200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(syncFunction(`WHERE (${UPDATED.map((c) => `statement_search_keys.${c}`).join(', ')}) IS DISTINCT FROM (${UPDATED.map((c) => `EXCLUDED.${c}`).join(', ')})`));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(syncFunction(''));
  }
}

function syncFunction(onlyWhenChanged: string): string {
  return `
    CREATE OR REPLACE FUNCTION statement_search_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO statement_search_keys (${COPIED.join(', ')})
      VALUES (${COPIED_VALUES.join(', ')})
      ON CONFLICT (statement_id) DO UPDATE SET ${UPDATED.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
      ${onlyWhenChanged};
      RETURN NULL;
    END $$`;
}
