import { MigrationInterface, QueryRunner } from 'typeorm';

export class Exports1764300000000 implements MigrationInterface {
  name = 'Exports1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        format text NOT NULL CHECK (format IN ('csv', 'jsonl', 'claimreview')),
        filters jsonb NOT NULL DEFAULT '{}',
        bom boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed', 'expired')),
        percent int NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        row_count bigint NOT NULL DEFAULT 0,
        total_rows bigint,
        file_path text,
        file_size bigint,
        error text,
        requested_by uuid REFERENCES api_keys(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The cleanup looks for finished exports past their expiry.
    await q.query(`CREATE INDEX exports_expiry_idx ON exports (expires_at) WHERE status = 'done'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE exports`);
  }
}
