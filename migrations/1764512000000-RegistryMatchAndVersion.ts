import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The speaker the extractor's registry matched travels with the statement into linking
 * (registry_speaker_id), and workers rebuild their registry snapshot when an editor changes speakers
 * (speaker_registry_version, bumped in the transaction that makes the change).
 */
export class RegistryMatchAndVersion1764512000000 implements MigrationInterface {
  name = 'RegistryMatchAndVersion1764512000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statements ADD COLUMN registry_speaker_id uuid REFERENCES speakers(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE speaker_registry_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL DEFAULT 0,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO speaker_registry_version DEFAULT VALUES`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE speaker_registry_version`);
    await q.query(`ALTER TABLE statements DROP COLUMN registry_speaker_id`);
  }
}
