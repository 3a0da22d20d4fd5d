import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The speaker registry: names in several scripts, aliases, roles over time, merges that a split can
 * undo, and the search keys (case forms, transliterations) that linking and type-ahead look up, with
 * a trigram index for fuzzy matches.
 */
export class SpeakerRegistry1764400000000 implements MigrationInterface {
  name = 'SpeakerRegistry1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      ALTER TABLE speakers
        ADD COLUMN registry_id text,
        ADD COLUMN gender text CHECK (gender IN ('male', 'female')),
        ADD COLUMN qid text CHECK (qid ~ '^Q[1-9][0-9]*$'),
        ADD COLUMN description text,
        ADD COLUMN names jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN merged_into uuid REFERENCES speakers(id) ON DELETE SET NULL`);
    await q.query(`CREATE UNIQUE INDEX speakers_registry_id_key ON speakers (registry_id) WHERE registry_id IS NOT NULL`);
    await q.query(`CREATE INDEX speakers_merged_into_idx ON speakers (merged_into) WHERE merged_into IS NOT NULL`);
    // Namesakes are real (two ministers called Александр Козлов): names no longer identify a speaker.
    await q.query(`DROP INDEX speakers_name_type_key`);
    await q.query(`CREATE INDEX speakers_name_idx ON speakers (lower(canonical_name))`);

    await q.query(`
      CREATE TABLE speaker_aliases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        speaker_id uuid NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        alias text NOT NULL,
        normalized text NOT NULL,
        lang text,
        source text NOT NULL CHECK (source IN ('seed', 'admin', 'linking')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX speaker_aliases_speaker_normalized_key ON speaker_aliases (speaker_id, normalized)`);
    await q.query(`CREATE INDEX speaker_aliases_normalized_idx ON speaker_aliases (normalized)`);

    const DATE = `'^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'`;
    await q.query(`
      CREATE TABLE speaker_roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        speaker_id uuid NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        role text NOT NULL,
        of text NOT NULL,
        role_key text NOT NULL,
        valid_from text CHECK (valid_from ~ ${DATE}),
        valid_to text CHECK (valid_to ~ ${DATE}),
        source text NOT NULL CHECK (source IN ('seed', 'admin', 'linking')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX speaker_roles_identity_key ON speaker_roles (speaker_id, role_key, coalesce(valid_from, ''))`);
    await q.query(`CREATE INDEX speaker_roles_role_key_idx ON speaker_roles (role_key)`);

    await q.query(`
      CREATE TABLE speaker_search_keys (
        speaker_id uuid NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('name', 'surname', 'form', 'translit')),
        PRIMARY KEY (speaker_id, kind, key)
      )`);
    await q.query(`CREATE INDEX speaker_search_keys_key_idx ON speaker_search_keys (key text_pattern_ops)`);
    await q.query(`CREATE INDEX speaker_search_keys_trgm_idx ON speaker_search_keys USING gin (key gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE speaker_merges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        target_id uuid NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        statement_ids uuid[] NOT NULL DEFAULT '{}',
        alias_ids uuid[] NOT NULL DEFAULT '{}',
        added_alias_ids uuid[] NOT NULL DEFAULT '{}',
        role_ids uuid[] NOT NULL DEFAULT '{}',
        merged_by text,
        merged_at timestamptz NOT NULL DEFAULT now(),
        split_by text,
        split_at timestamptz,
        CHECK (target_id <> source_id)
      )`);
    await q.query(`CREATE INDEX speaker_merges_target_idx ON speaker_merges (target_id)`);
    await q.query(`CREATE INDEX speaker_merges_source_idx ON speaker_merges (source_id)`);
    // One open merge per source: a speaker merged away cannot be merged again until it is split.
    await q.query(`CREATE UNIQUE INDEX speaker_merges_open_source_key ON speaker_merges (source_id) WHERE split_at IS NULL`);

    await q.query(`
      CREATE TABLE speaker_registry_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        content_hash text NOT NULL,
        entries int NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX speaker_registry_imports_hash_idx ON speaker_registry_imports (content_hash)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE speaker_registry_imports`);
    await q.query(`DROP TABLE speaker_merges`);
    await q.query(`DROP TABLE speaker_search_keys`);
    await q.query(`DROP TABLE speaker_roles`);
    await q.query(`DROP TABLE speaker_aliases`);
    await q.query(`DROP INDEX speakers_name_idx`);
    await q.query(`CREATE UNIQUE INDEX speakers_name_type_key ON speakers (lower(canonical_name), type)`);
    await q.query(`
      ALTER TABLE speakers
        DROP COLUMN merged_into, DROP COLUMN names, DROP COLUMN description,
        DROP COLUMN qid, DROP COLUMN gender, DROP COLUMN registry_id`);
  }
}
