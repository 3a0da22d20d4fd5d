import request from 'supertest';
import { uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

/** The web app's sign-in (API key → httpOnly session cookie) and the read endpoints its screens use. */
describe('web sessions and web app reads (e2e)', () => {
  let app: TestApp;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  async function signIn(key: string): Promise<string> {
    const res = await request(app.http).post('/auth/session').send({ key });
    expect(res.status).toBe(200);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const session = setCookie.find((c) => c.startsWith('qt_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    return session!.split(';')[0];
  }

  async function seedStatements(confidences: number[]): Promise<{ articleId: string; ids: string[] }> {
    const body = `Пресс-служба сообщила, что отчёт готов ${uniqueSuffix()}.`;
    const [article] = await data.db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, cleaned_body, status) VALUES ('text', $1, $1, $1, 'done') RETURNING id`,
      [body],
    );
    data.articles.push(article.id);
    const ids: string[] = [];
    for (const [i, confidence] of confidences.entries()) {
      const [row] = await data.db.query(
        `INSERT INTO statements (article_id, fingerprint, speaker_name, speaker_type, mention, mention_start, mention_end, cue, type, quote, start_offset, end_offset, confidence)
         VALUES ($1, $2, 'Пресс-служба', 'organization', 'Пресс-служба', 0, 12, 'сообщила', 'indirect', 'отчёт готов', 27, 38, $3) RETURNING id`,
        [article.id, `f${i}`, confidence],
      );
      ids.push(row.id);
    }
    return { articleId: article.id, ids };
  }

  it('exchanges a key for a session cookie that authenticates with the key\'s role, and refuses a wrong key', async () => {
    expect((await request(app.http).post('/auth/session').send({ key: 'qt_not-a-key' })).status).toBe(401);
    expect((await request(app.http).post('/auth/session').send({})).status).toBe(400);

    const editor = await data.createApiKey('editor');
    const cookie = await signIn(editor.key);
    const me = await request(app.http).get('/auth/session').set('Cookie', cookie);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ keyId: editor.id, role: 'editor' });
    expect(JSON.stringify(me.body)).not.toContain(editor.key);
    expect((await request(app.http).get('/statements?limit=1').set('Cookie', cookie)).status).toBe(200);
    expect((await request(app.http).get('/auth/session')).status).toBe(401);
  });

  it('requires the X-Requested-With header for changes made with a session cookie, and the role still applies', async () => {
    const { ids } = await seedStatements([0.5]);
    const editorCookie = await signIn((await data.createApiKey('editor')).key);
    const withoutHeader = await request(app.http).post(`/statements/${ids[0]}/notes`).set('Cookie', editorCookie).send({ body: 'Проверить цифры.' });
    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.body.message).toMatch(/x-requested-with/);
    const withHeader = await request(app.http).post(`/statements/${ids[0]}/notes`).set('Cookie', editorCookie).set('X-Requested-With', 'quote-tracker').send({ body: 'Проверить цифры.' });
    expect(withHeader.status).toBe(201);

    const viewerCookie = await signIn((await data.createApiKey('viewer')).key);
    const viewerPatch = await request(app.http)
      .patch(`/statements/${ids[0]}`)
      .set('Cookie', viewerCookie)
      .set('X-Requested-With', 'quote-tracker')
      .send({ version: 1, reviewStatus: 'confirmed' });
    expect(viewerPatch.status).toBe(403);
    expect((await request(app.http).get(`/statements/${ids[0]}`).set('Cookie', viewerCookie)).body.reviewStatus).toBe('new');
  });

  it('ends the session on sign-out and when its key is revoked', async () => {
    const first = await signIn((await data.createApiKey('viewer')).key);
    expect((await request(app.http).delete('/auth/session').set('Cookie', first)).status).toBe(204);
    expect((await request(app.http).get('/auth/session').set('Cookie', first)).status).toBe(401);

    const key = await data.createApiKey('viewer');
    const second = await signIn(key.key);
    expect((await request(app.http).delete(`/api-keys/${key.id}`).set(bearer(app.keys.admin))).status).toBe(200);
    expect((await request(app.http).get('/statements?limit=1').set('Cookie', second)).status).toBe(401);
  });

  it('opens the queue dashboard to an admin session, never to a key in the URL', async () => {
    const admin = await data.createApiKey('admin');
    expect((await request(app.http).get(`/admin/queues?key=${admin.key}`)).status).toBe(401);
    const browser = await request(app.http).get('/admin/queues').set('Accept', 'text/html');
    expect(browser.status).toBe(302);
    expect(browser.headers.location).toMatch(/^\/admin\//);
    const editorCookie = await signIn((await data.createApiKey('editor')).key);
    expect((await request(app.http).get('/admin/queues').set('Cookie', editorCookie)).status).toBe(403);
    const page = await request(app.http).get('/admin/queues').set('Cookie', await signIn(admin.key));
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
  });

  it('lists statements least confident first page by page, filters by assignee me and by confidence, and counts per status', async () => {
    const { articleId, ids } = await seedStatements([0.9, 0.2, 0.6, 0.2, 0.4]);
    const seen: Array<{ id: string; confidence: number }> = [];
    let cursor: string | undefined;
    do {
      const page = await request(app.http).get('/statements').query({ articleId, sort: 'confidence', limit: 2, ...(cursor ? { cursor } : {}) }).set(bearer(app.keys.viewer));
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.map((s) => s.id).sort()).toEqual([...ids].sort());
    const confidences = seen.map((s) => s.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));

    const low = await request(app.http).get('/statements').query({ articleId, maxConfidence: 0.4 }).set(bearer(app.keys.viewer));
    expect(low.body.items.map((s: any) => s.confidence).sort()).toEqual([0.2, 0.2, 0.4]);

    const editor = await data.createApiKey('editor');
    const assign = await request(app.http).put(`/statements/${ids[2]}/assignment`).set(bearer(editor.key)).send({ version: 1, assignee: editor.id });
    expect(assign.status).toBe(200);
    const mine = await request(app.http).get('/statements').query({ articleId, assignee: 'me' }).set(bearer(editor.key));
    expect(mine.body.items.map((s: any) => s.id)).toEqual([ids[2]]);
    expect((await request(app.http).get('/statements').query({ assignee: 'someone' }).set(bearer(editor.key))).status).toBe(400);
    expect((await request(app.http).get('/statements').query({ sort: 'confidence', cursor: 'bad' }).set(bearer(editor.key))).status).toBe(400);

    const counts = await request(app.http).get('/statements/status-counts').set(bearer(app.keys.viewer));
    expect(counts.status).toBe(200);
    const byStatus = Object.fromEntries(counts.body.items.map((c: any) => [c.status, c]));
    expect(Object.keys(byStatus).sort()).toEqual(['confirmed', 'corrected', 'new', 'rejected']);
    expect(byStatus.new.count).toBeGreaterThanOrEqual(5);
    expect(byStatus.new.exact).toBe(true);
  });

  it('lists articles newest first with a cursor, and shows one article with its cleaned body and mention offsets', async () => {
    const first = await seedStatements([0.7]);
    const second = await seedStatements([0.7]);
    const page = await request(app.http).get('/articles').query({ limit: 1 }).set(bearer(app.keys.viewer));
    expect(page.body.items[0].id).toBe(second.articleId);
    expect(page.body.items[0]).not.toHaveProperty('body');
    const next = await request(app.http).get('/articles').query({ limit: 1, cursor: page.body.nextCursor }).set(bearer(app.keys.viewer));
    expect(next.body.items[0].id).toBe(first.articleId);

    const article = await request(app.http).get(`/articles/${first.articleId}`).set(bearer(app.keys.viewer));
    expect(article.body.body).toMatch(/^Пресс-служба сообщила/);
    const statement = article.body.statements[0];
    expect(article.body.body.slice(statement.start, statement.end)).toBe(statement.quote);
    expect(article.body.body.slice(statement.mentionStart, statement.mentionEnd)).toBe('Пресс-служба');
  });
});
