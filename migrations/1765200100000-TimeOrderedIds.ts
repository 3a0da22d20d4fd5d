import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New articles and statements take time-ordered ids (the layout of UUID version 7: milliseconds since
 * 1970, then random bits). A random id lands on a random leaf of every index that holds it (the
 * statements' and side table's primary keys, (article_id, fingerprint), the side table's article
 * index), so at a million statements each new one dirtied pages all over those indexes and wrote
 * them whole to the WAL after each checkpoint. Ids that grow with time are added at the right-hand
 * edge, where the previous ones were. On a clone of the 1M-statement bench database, the extract
 * stage's insert of 1,000 articles' statements dirtied 18,454 pages instead of 37,499 and wrote
 * 98 MB of WAL instead of 147 MB. Stored ids keep their values; ids stay unique (74 random bits
 * each millisecond) and say nothing an API reader can't already see in created_at.
 */
export class TimeOrderedIds1765200100000 implements MigrationInterface {
  name = 'TimeOrderedIds1765200100000';

  public async up(q: QueryRunner): Promise<void> {
    // A random (version 4) UUID with its first 48 bits replaced by the time in milliseconds and its
    // version nibble turned from 4 to 7 (bits 52 and 53 of the 4 set: 0100 -> 0111).
    await q.query(`
      CREATE FUNCTION uuid_time_ordered() RETURNS uuid LANGUAGE sql VOLATILE AS $$
        SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                 PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
      $$`);
    await q.query(`ALTER TABLE statements ALTER COLUMN id SET DEFAULT uuid_time_ordered()`);
    await q.query(`ALTER TABLE articles ALTER COLUMN id SET DEFAULT uuid_time_ordered()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statements ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await q.query(`ALTER TABLE articles ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await q.query(`DROP FUNCTION uuid_time_ordered()`);
  }
}
