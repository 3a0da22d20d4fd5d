import { MigrationInterface, QueryRunner } from 'typeorm';

/** An article may be sent as its address alone: the ingest stage downloads the page (input_format 'url'). */
export class UrlInput1764700100000 implements MigrationInterface {
  name = 'UrlInput1764700100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles DROP CONSTRAINT IF EXISTS articles_input_format_check`);
    await q.query(`ALTER TABLE articles ADD CONSTRAINT articles_input_format_check CHECK (input_format IN ('text', 'html', 'url'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    // Fails while articles sent as a URL are stored: they would have no input the old schema allows.
    await q.query(`ALTER TABLE articles DROP CONSTRAINT IF EXISTS articles_input_format_check`);
    await q.query(`ALTER TABLE articles ADD CONSTRAINT articles_input_format_check CHECK (input_format IN ('text', 'html'))`);
  }
}
