import request from 'supertest';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** The HTTP contract: validation, errors, keys and roles, health and docs. No worker runs here. */
describe('API contract (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = app.api.get(DataSource);
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  it('reports PostgreSQL, Redis and queue depths at /health without a key', async () => {
    const res = await request(app.http).get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.postgres.status).toBe('up');
    expect(res.body.details.redis.status).toBe('up');
    expect(res.body.details.queues).toMatchObject({ ingest: { waiting: expect.any(Number) }, extract: expect.any(Object), link: expect.any(Object) });
  });

  it('serves the OpenAPI document at /docs', async () => {
    const res = await request(app.http).get('/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/articles', '/articles/batch', '/articles/{id}', '/statements', '/statements/{id}', '/speakers', '/health']));
  });

  it('needs a key: none is a 401, a revoked one a 401, the wrong role a 403', async () => {
    expect((await request(app.http).get('/statements')).status).toBe(401);
    expect((await request(app.http).get('/statements').set(bearer('qt_not-a-key'))).status).toBe(401);
    const viewerPost = await request(app.http).post('/articles').set(bearer(app.keys.viewer)).send({ text: 'Текст.' });
    expect(viewerPost.status).toBe(403);
    expect(viewerPost.body.message).toMatch(/editor/);
  });

  it('lets an admin create, list and revoke keys; a new key is shown once and works until revoked', async () => {
    expect((await request(app.http).post('/api-keys').set(bearer(app.keys.editor)).send({ role: 'viewer' })).status).toBe(403);
    const created = await request(app.http).post('/api-keys').set(bearer(app.keys.admin)).send({ role: 'viewer', name: 'desk' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'viewer', name: 'desk', key: expect.stringMatching(/^qt_/) });
    const listed = await request(app.http).get('/api-keys').set(bearer(app.keys.admin));
    const row = listed.body.items.find((k: any) => k.id === created.body.id);
    expect(row).toMatchObject({ role: 'viewer', name: 'desk', revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    expect((await request(app.http).get('/statements').set(bearer(created.body.key))).status).toBe(200);
    expect((await request(app.http).delete(`/api-keys/${created.body.id}`).set(bearer(app.keys.admin))).status).toBe(200);
    expect((await request(app.http).get('/statements').set(bearer(created.body.key))).status).toBe(401);
    expect((await request(app.http).post('/api-keys').set(bearer(app.keys.admin)).send({ role: 'owner' })).status).toBe(400);
  });

  it('opens the queue dashboard to admins only', async () => {
    expect((await request(app.http).get('/admin/queues')).status).toBe(401);
    expect((await request(app.http).get('/admin/queues').set(bearer(app.keys.editor))).status).toBe(403);
    const page = await request(app.http).get('/admin/queues').set(bearer(app.keys.admin));
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
  });

  it('answers invalid input with a 400 naming the field', async () => {
    const noText = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send({ title: 'x' });
    expect(noText.status).toBe(400);
    expect(JSON.stringify(noText.body.message)).toMatch(/text/);
    const badDate = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send({ text: 'Текст.', publishedAt: '14.10.2025' });
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body.message)).toMatch(/publishedAt/);
    const badUrl = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send({ text: 'Текст.', url: 'ftp://x' });
    expect(JSON.stringify(badUrl.body.message)).toMatch(/url/);
    const badFilter = await request(app.http).get('/statements').query({ type: 'rumour' }).set(bearer(app.keys.viewer));
    expect(badFilter.status).toBe(400);
    expect(JSON.stringify(badFilter.body.message)).toMatch(/type/);
    const badCursor = await request(app.http).get('/statements').query({ cursor: 'nonsense' }).set(bearer(app.keys.viewer));
    expect(badCursor.status).toBe(400);
  });

  it('answers an unknown id with a 404 and an oversized body with a 413', async () => {
    const missing = await request(app.http).get('/articles/8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f').set(bearer(app.keys.viewer));
    expect(missing.status).toBe(404);
    const missingStatement = await request(app.http).get('/statements/8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f').set(bearer(app.keys.viewer));
    expect(missingStatement.status).toBe(404);
    const huge = await request(app.http)
      .post('/articles')
      .set(bearer(app.keys.editor))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'а'.repeat(11 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
  });

  it('accepts a batch, stores nothing of an invalid one, and refuses more than 1,000 articles', async () => {
    const suffix = uniqueSuffix();
    const ok = await request(app.http)
      .post('/articles/batch')
      .set(bearer(app.keys.editor))
      .send({ articles: [{ text: `Первая заметка ${suffix}.` }, { text: `Вторая заметка ${suffix}.` }, { text: `Первая заметка ${suffix}.` }] });
    expect(ok.status).toBe(202);
    expect(ok.body.results).toHaveLength(3);
    data.articles.push(...ok.body.results.map((r: any) => r.id));
    expect(ok.body.results[2]).toMatchObject({ id: ok.body.results[0].id, duplicate: true });

    const before = (await db.query('SELECT count(*)::int AS n FROM articles'))[0].n;
    const invalid = await request(app.http)
      .post('/articles/batch')
      .set(bearer(app.keys.editor))
      .send({ articles: [{ text: `Третья ${suffix}.` }, { url: 'nope' }] });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body.message)).toMatch(/articles\.1/);
    expect((await db.query('SELECT count(*)::int AS n FROM articles'))[0].n).toBe(before);

    const tooMany = await request(app.http)
      .post('/articles/batch')
      .set(bearer(app.keys.editor))
      .send({ articles: Array.from({ length: 1001 }, (_, i) => ({ text: `Заметка ${i}` })) });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body.message)).toMatch(/1000/);
  });

  it('pages through statements with a cursor', async () => {
    const suffix = uniqueSuffix();
    const [article] = await db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, status) VALUES ('text', $1, $1, 'done') RETURNING id`,
      [`cursor-test ${suffix}`],
    );
    data.articles.push(article.id);
    for (let i = 0; i < 5; i++) {
      await db.query(
        `INSERT INTO statements (article_id, fingerprint, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence)
         VALUES ($1, $2, 'Тестовый Спикер', 'person', 'он', 'сказал', 'indirect', $3, 0, 10, 0.9)`,
        [article.id, `f${i}`, `цитата ${i}`],
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await request(app.http).get('/statements').query({ articleId: article.id, limit: 2, ...(cursor ? { cursor } : {}) }).set(bearer(app.keys.viewer));
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((s: any) => s.quote));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['цитата 4', 'цитата 3', 'цитата 2', 'цитата 1', 'цитата 0']);
  });
});
