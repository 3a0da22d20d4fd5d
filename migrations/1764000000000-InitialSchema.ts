import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outlets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        domain text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX outlets_domain_key ON outlets (domain) WHERE domain IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX outlets_name_key ON outlets (lower(name)) WHERE domain IS NULL`);

    await q.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        url text,
        canonical_url text,
        outlet_id uuid REFERENCES outlets(id) ON DELETE SET NULL,
        title text,
        published_at date,
        language text,
        input_format text NOT NULL CHECK (input_format IN ('text', 'html')),
        raw_input text NOT NULL,
        input_hash text NOT NULL,
        cleaned_body text,
        content_hash text,
        duplicate_of uuid REFERENCES articles(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'ingested', 'extracted', 'done', 'duplicate', 'failed')),
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX articles_input_hash_key ON articles (input_hash)`);
    await q.query(`CREATE UNIQUE INDEX articles_content_hash_key ON articles (content_hash)`);
    await q.query(`CREATE UNIQUE INDEX articles_canonical_url_key ON articles (canonical_url)`);
    await q.query(`CREATE INDEX articles_outlet_idx ON articles (outlet_id)`);
    await q.query(`CREATE INDEX articles_status_idx ON articles (status)`);
    await q.query(`CREATE INDEX articles_published_idx ON articles (published_at)`);

    await q.query(`
      CREATE TABLE speakers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        canonical_name text NOT NULL,
        type text NOT NULL CHECK (type IN ('person', 'organization', 'anonymous')),
        aliases text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX speakers_name_type_key ON speakers (lower(canonical_name), type)`);
    await q.query(`CREATE INDEX speakers_aliases_idx ON speakers USING gin (aliases)`);

    await q.query(`
      CREATE TABLE statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        fingerprint text NOT NULL,
        speaker_id uuid REFERENCES speakers(id) ON DELETE SET NULL,
        speaker_name text NOT NULL,
        speaker_type text NOT NULL CHECK (speaker_type IN ('person', 'organization', 'anonymous')),
        mention text NOT NULL,
        mention_start int,
        mention_end int,
        cue text NOT NULL,
        type text NOT NULL CHECK (type IN ('direct', 'indirect', 'mixed', 'according_to')),
        quote text NOT NULL,
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        via text,
        statement_date date,
        date_precision text CHECK (date_precision IN ('day', 'month', 'year')),
        date_source text,
        confidence real NOT NULL,
        link_rule text,
        link_confidence real,
        review_status text NOT NULL DEFAULT 'new' CHECK (review_status IN ('new', 'confirmed', 'corrected', 'rejected')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX statements_article_fingerprint_key ON statements (article_id, fingerprint)`);
    await q.query(`CREATE INDEX statements_speaker_date_idx ON statements (speaker_id, statement_date)`);
    await q.query(`CREATE INDEX statements_date_idx ON statements (statement_date)`);
    await q.query(`CREATE INDEX statements_type_idx ON statements (type)`);
    await q.query(`CREATE INDEX statements_review_status_idx ON statements (review_status)`);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
        key_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE statements`);
    await q.query(`DROP TABLE speakers`);
    await q.query(`DROP TABLE articles`);
    await q.query(`DROP TABLE outlets`);
  }
}
