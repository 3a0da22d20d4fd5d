import { MigrationInterface, QueryRunner } from 'typeorm';

/** Editorial review: soft deletion, assignment, the current verdict, and the audit trail, notes and verdict history. */
export class EditorialReview1764200000000 implements MigrationInterface {
  name = 'EditorialReview1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE statements
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN assignee_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL,
        ADD COLUMN verdict text CHECK (verdict IN ('true', 'mostly-true', 'half-true', 'misleading', 'false', 'unverifiable'))`);
    await q.query(`CREATE INDEX statements_live_seq_idx ON statements (seq) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX statements_verdict_idx ON statements (verdict) WHERE verdict IS NOT NULL`);
    await q.query(`CREATE INDEX statements_assignee_idx ON statements (assignee_key_id) WHERE assignee_key_id IS NOT NULL`);

    // Actors are recorded by key id and by name as it was then: keys are revoked, never removed,
    // but the trail must stay readable whatever happens to them.
    await q.query(`
      CREATE TABLE statement_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        statement_id uuid NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        actor_key_id uuid,
        actor_name text NOT NULL,
        action text NOT NULL,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX statement_events_statement_idx ON statement_events (statement_id, seq)`);

    await q.query(`
      CREATE TABLE statement_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        statement_id uuid NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        author_key_id uuid,
        author_name text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX statement_notes_statement_idx ON statement_notes (statement_id, seq)`);

    await q.query(`
      CREATE TABLE statement_verdicts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        statement_id uuid NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        verdict text NOT NULL CHECK (verdict IN ('true', 'mostly-true', 'half-true', 'misleading', 'false', 'unverifiable')),
        rationale text NOT NULL,
        sources text[] NOT NULL DEFAULT '{}',
        reviewer_key_id uuid,
        reviewer_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX statement_verdicts_statement_idx ON statement_verdicts (statement_id, seq)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE statement_verdicts`);
    await q.query(`DROP TABLE statement_notes`);
    await q.query(`DROP TABLE statement_events`);
    await q.query(`ALTER TABLE statements DROP COLUMN verdict, DROP COLUMN assignee_key_id, DROP COLUMN deleted_at`);
  }
}
