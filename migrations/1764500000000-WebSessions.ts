import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions of the web app: an API key is exchanged once for a session whose token lives in an
 * httpOnly cookie, so the key never sits in a URL, in history or in script-readable storage. Only the
 * token's hash is stored; revoking the key ends its sessions (the lookup joins on a live key).
 */
export class WebSessions1764500000000 implements MigrationInterface {
  name = 'WebSessions1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE web_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        api_key_id uuid NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX web_sessions_expires_at_idx ON web_sessions (expires_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE web_sessions`);
  }
}
