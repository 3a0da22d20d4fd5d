import { rm } from 'fs/promises';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ApiRole } from '../../../src/auth/api-key.entity';
import { uniqueSuffix } from './fixtures';
import { bearer, TestApp, waitFor } from './test-app';

/**
 * What a test stored, deleted together when it ends: every e2e suite creates its own rows and
 * removes them through this one cleanup, in the order the foreign keys need.
 */
export class TestData {
  readonly articles: string[] = [];
  readonly speakers: string[] = [];
  /** Speakers linking created for names the test wrote, known only by their canonical names. */
  readonly speakerNames: string[] = [];
  /** Speakers a registry import brought in, known only by their registry ids. */
  readonly speakerRegistryIds: string[] = [];
  readonly outlets: string[] = [];
  readonly apiKeyNames: string[] = [];
  readonly exports: string[] = [];

  constructor(private readonly app: TestApp) {}

  get db(): DataSource {
    return this.app.api.get(DataSource);
  }

  /** POST /articles as an editor; the article is cleaned up with the test. */
  async postArticle(body: object): Promise<request.Response> {
    const res = await request(this.app.http).post('/articles').set(bearer(this.app.keys.editor)).send(body);
    if (res.body?.id) this.articles.push(res.body.id);
    return res;
  }

  /** A fresh API key (POST /api-keys as the admin), revoked with the test's data. */
  async createApiKey(role: ApiRole): Promise<{ id: string; key: string }> {
    const name = `e2e ${role} ${uniqueSuffix()}`;
    const res = await request(this.app.http).post('/api-keys').set(bearer(this.app.keys.admin)).send({ role, name });
    if (res.status !== 201) throw new Error(`POST /api-keys answered ${res.status}: ${JSON.stringify(res.body)}`);
    this.apiKeyNames.push(name);
    return { id: res.body.id, key: res.body.key };
  }

  /** POST /exports as `key` (a viewer's by default); the export and its file are cleaned up with the test. */
  async postExport(body: object, key = this.app.keys.viewer): Promise<request.Response> {
    const res = await request(this.app.http).post('/exports').set(bearer(key)).send(body);
    if (res.body?.id) this.exports.push(res.body.id);
    return res;
  }

  /** GET /articles/:id until its status is one of `statuses`. */
  waitForArticle(id: string, statuses: string[] = ['done', 'failed', 'duplicate'], timeoutMs = 60000): Promise<any> {
    return waitFor(
      async () => {
        const res = await request(this.app.http).get(`/articles/${id}`).set(bearer(this.app.keys.viewer));
        return statuses.includes(res.body.status) ? res.body : undefined;
      },
      timeoutMs,
      `article ${id} to reach ${statuses.join('|')}`,
    );
  }

  async cleanup(): Promise<void> {
    const db = this.db;
    if (this.exports.length) {
      const files: { file_path: string | null }[] = await db.query('SELECT file_path FROM exports WHERE id = ANY($1)', [this.exports]);
      await Promise.all(files.map((f) => (f.file_path ? rm(f.file_path, { force: true }) : undefined)));
      await db.query('DELETE FROM exports WHERE id = ANY($1)', [this.exports]);
    }
    if (this.articles.length) await db.query('DELETE FROM articles WHERE id = ANY($1)', [this.articles]);
    if (this.speakerNames.length) {
      const rows: { id: string }[] = await db.query('SELECT id FROM speakers WHERE canonical_name = ANY($1)', [this.speakerNames]);
      this.speakers.push(...rows.map((r) => r.id).filter((id) => !this.speakers.includes(id)));
    }
    if (this.speakerRegistryIds.length) {
      const rows: { id: string }[] = await db.query('SELECT id FROM speakers WHERE registry_id = ANY($1)', [this.speakerRegistryIds]);
      this.speakers.push(...rows.map((r) => r.id).filter((id) => !this.speakers.includes(id)));
    }
    if (this.speakers.length) {
      await db.query('DELETE FROM claims WHERE speaker_id = ANY($1)', [this.speakers]);
      await db.query('DELETE FROM speaker_merges WHERE target_id = ANY($1) OR source_id = ANY($1)', [this.speakers]);
      await db.query('DELETE FROM speakers WHERE id = ANY($1)', [this.speakers]);
    }
    if (this.outlets.length) await db.query('DELETE FROM outlets WHERE id = ANY($1)', [this.outlets]);
    if (this.apiKeyNames.length) await db.query('DELETE FROM api_keys WHERE name = ANY($1)', [this.apiKeyNames]);
  }
}
