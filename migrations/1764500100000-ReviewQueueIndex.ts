import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review queue lists statements of one status, least confident first (GET /statements?sort=confidence),
 * and counts per status are capped counts over the same index, so neither reads the whole table.
 */
export class ReviewQueueIndex1764500100000 implements MigrationInterface {
  name = 'ReviewQueueIndex1764500100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX statements_review_queue_idx ON statements (review_status, confidence, seq) WHERE deleted_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX statements_review_queue_idx`);
  }
}
