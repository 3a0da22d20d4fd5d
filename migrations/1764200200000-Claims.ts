import { MigrationInterface, QueryRunner } from 'typeorm';

/** Claims: one statement as it appears across articles, with the wording differences between its direct quotes. */
export class Claims1764200200000 implements MigrationInterface {
  name = 'Claims1764200200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        speaker_id uuid REFERENCES speakers(id) ON DELETE SET NULL,
        wording_differs boolean NOT NULL DEFAULT false,
        differences jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      ALTER TABLE statements
        ADD COLUMN claim_id uuid REFERENCES claims(id) ON DELETE SET NULL,
        ADD COLUMN claim_checked_at timestamptz`);
    await q.query(`CREATE INDEX statements_claim_idx ON statements (claim_id) WHERE claim_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statements DROP COLUMN claim_checked_at, DROP COLUMN claim_id`);
    await q.query(`DROP TABLE claims`);
  }
}
