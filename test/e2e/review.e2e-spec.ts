import request from 'supertest';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** Editorial review over real PostgreSQL: roles, versions, corrections, verdicts, notes, assignment, audit trail, soft deletion. */
describe('editorial review (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let data: TestData;

  const BODY =
    'Совещание по бюджету прошло во вторник. Министр финансов Зиновий Карпенко заявил, что дефицит бюджета сократится вдвое. Он добавил, что резервный фонд не тронут. Решение вступит в силу в мае.';

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = app.api.get(DataSource);
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  /** An article with one statement whose quote is a span of the body, inserted directly for exact offsets. */
  async function seedStatement(): Promise<{ id: string; articleId: string }> {
    const suffix = uniqueSuffix();
    const [article] = await db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, cleaned_body, status, published_at) VALUES ('text', $1, $1, $2, 'done', '2025-04-08') RETURNING id`,
      [`review ${suffix}`, BODY],
    );
    data.articles.push(article.id);
    const quote = 'дефицит бюджета сократится вдвое';
    const start = BODY.indexOf(quote);
    const [statement] = await db.query(
      `INSERT INTO statements (article_id, fingerprint, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence, statement_date, date_precision)
       VALUES ($1, 'f1', 'Зиновий Карпенко', 'person', 'Министр финансов Зиновий Карпенко', 'заявил', 'indirect', $2, $3, $4, 0.9, '2025-04-08', 'day') RETURNING id`,
      [article.id, quote, start, start + quote.length],
    );
    return { id: statement.id, articleId: article.id };
  }

  const patch = (id: string, key: string, body: object) => request(app.http).patch(`/statements/${id}`).set(bearer(key)).send(body);

  it('lets a viewer read but not review, an editor review but not delete, and needs a key', async () => {
    const { id } = await seedStatement();
    expect((await request(app.http).get(`/statements/${id}/history`)).status).toBe(401);
    expect((await request(app.http).get(`/statements/${id}/history`).set(bearer(app.keys.viewer))).status).toBe(200);
    expect((await request(app.http).get(`/statements/${id}/notes`).set(bearer(app.keys.viewer))).status).toBe(200);
    expect((await request(app.http).get(`/statements/${id}/verdicts`).set(bearer(app.keys.viewer))).status).toBe(200);

    const viewerPatch = await patch(id, app.keys.viewer, { version: 1, reviewStatus: 'confirmed' });
    expect(viewerPatch.status).toBe(403);
    expect(viewerPatch.body.message).toMatch(/editor/);
    expect((await request(app.http).post(`/statements/${id}/notes`).set(bearer(app.keys.viewer)).send({ body: 'x' })).status).toBe(403);
    expect((await request(app.http).post(`/statements/${id}/verdicts`).set(bearer(app.keys.viewer)).send({ version: 1, verdict: 'true', rationale: 'да, так' })).status).toBe(403);
    expect((await request(app.http).put(`/statements/${id}/assignment`).set(bearer(app.keys.viewer)).send({ version: 1, assignee: null })).status).toBe(403);

    const editorDelete = await request(app.http).delete(`/statements/${id}`).set(bearer(app.keys.editor)).set('If-Match', '"1"');
    expect(editorDelete.status).toBe(403);
    expect(editorDelete.body.message).toMatch(/admin/);

    const confirmed = await patch(id, app.keys.editor, { version: 1, reviewStatus: 'confirmed' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ id, reviewStatus: 'confirmed', version: 2 });
    const adminDelete = await request(app.http).delete(`/statements/${id}`).set(bearer(app.keys.admin)).set('If-Match', '"2"');
    expect(adminDelete.status).toBe(200);
    expect(adminDelete.body).toMatchObject({ id, version: 3 });
  });

  it('refuses a stale update with 409 and the current version, and needs a version at all', async () => {
    const { id } = await seedStatement();
    const first = await patch(id, app.keys.editor, { version: 1, reviewStatus: 'confirmed' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);

    const stale = await patch(id, app.keys.editor, { version: 1, reviewStatus: 'rejected' });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect(stale.body.message).toMatch(/version 1.*version 2/);
    const staleByHeader = await request(app.http).patch(`/statements/${id}`).set(bearer(app.keys.editor)).set('If-Match', '"1"').send({ reviewStatus: 'rejected' });
    expect(staleByHeader.status).toBe(409);

    const noVersion = await patch(id, app.keys.editor, { reviewStatus: 'rejected' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.message).toMatch(/version/);

    const byHeader = await request(app.http).patch(`/statements/${id}`).set(bearer(app.keys.editor)).set('If-Match', 'W/"2"').send({ reviewStatus: 'rejected' });
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toMatchObject({ reviewStatus: 'rejected', version: 3 });
    const current = await request(app.http).get(`/statements/${id}`).set(bearer(app.keys.viewer));
    expect(current.body).toMatchObject({ reviewStatus: 'rejected', version: 3 });
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const { id } = await seedStatement();
    const results = await Promise.all([
      patch(id, app.keys.editor, { version: 1, reviewStatus: 'confirmed' }),
      patch(id, app.keys.admin, { version: 1, reviewStatus: 'rejected' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const history = await request(app.http).get(`/statements/${id}/history`).set(bearer(app.keys.viewer));
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0].after).toMatchObject({ reviewStatus: winner.body.reviewStatus, version: 2 });
  });

  it('answers invalid corrections with a 400 naming the field and an unknown statement with a 404', async () => {
    const { id } = await seedStatement();
    const badStatus = await patch(id, app.keys.editor, { version: 1, reviewStatus: 'maybe' });
    expect(badStatus.status).toBe(400);
    expect(JSON.stringify(badStatus.body.message)).toMatch(/reviewStatus/);
    const badDate = await patch(id, app.keys.editor, { version: 1, date: '08.04.2025' });
    expect(JSON.stringify(badDate.body.message)).toMatch(/date/);
    const pastEnd = await patch(id, app.keys.editor, { version: 1, start: 0, end: BODY.length + 10 });
    expect(pastEnd.status).toBe(400);
    expect(pastEnd.body.message).toMatch(/end/);
    const noSpeaker = await patch(id, app.keys.editor, { version: 1, speakerId: '8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f' });
    expect(noSpeaker.status).toBe(400);
    expect(noSpeaker.body.message).toMatch(/speakerId/);
    const badSource = await request(app.http)
      .post(`/statements/${id}/verdicts`)
      .set(bearer(app.keys.editor))
      .send({ version: 1, verdict: 'false', rationale: 'Данные Минфина иные', sources: ['javascript:alert(1)'] });
    expect(badSource.status).toBe(400);
    expect(JSON.stringify(badSource.body.message)).toMatch(/sources/);
    const badVerdict = await request(app.http).post(`/statements/${id}/verdicts`).set(bearer(app.keys.editor)).send({ version: 1, verdict: 'pants-on-fire', rationale: 'нет' });
    expect(JSON.stringify(badVerdict.body.message)).toMatch(/verdict/);
    const missing = await patch('8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f', app.keys.editor, { version: 1, reviewStatus: 'confirmed' });
    expect(missing.status).toBe(404);
    expect((await request(app.http).get('/statements/8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f/history').set(bearer(app.keys.viewer))).status).toBe(404);
    // Nothing was changed by the refused calls.
    const unchanged = await request(app.http).get(`/statements/${id}`).set(bearer(app.keys.viewer));
    expect(unchanged.body).toMatchObject({ version: 1, reviewStatus: 'new', verdict: null });
  });

  it('corrects span, speaker, date and type, gives a verdict, assigns and notes, all in the audit trail', async () => {
    const { id } = await seedStatement();
    const [speaker] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [`Зиновий Карпенко ${uniqueSuffix()}`]);
    data.speakers.push(speaker.id);
    const suffix = uniqueSuffix();
    const deskName = `desk editor ${suffix}`;
    data.apiKeyNames.push(deskName, `desk viewer ${suffix}`);
    const { ApiKeysService } = await import('../../src/auth/api-keys.service');
    const desk = await app.api.get(ApiKeysService).create('editor', deskName);
    await app.api.get(ApiKeysService).create('viewer', `desk viewer ${suffix}`);

    const wider = 'дефицит бюджета сократится вдвое. Он добавил, что резервный фонд не тронут';
    const start = BODY.indexOf(wider);
    const corrected = await patch(id, app.keys.editor, { version: 1, start, end: start + wider.length, speakerId: speaker.id, date: '2025-04', type: 'mixed' });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      quote: wider,
      start,
      end: start + wider.length,
      type: 'mixed',
      date: '2025-04',
      datePrecision: 'month',
      reviewStatus: 'corrected',
      version: 2,
      speaker: { id: speaker.id, linkRule: 'editor' },
    });

    const verdict = await request(app.http)
      .post(`/statements/${id}/verdicts`)
      .set(bearer(app.keys.editor))
      .send({ version: 2, verdict: 'mostly-true', rationale: 'Дефицит сократится на 45%, а не вдвое', sources: ['https://budget.example.org/report-2025'] });
    expect(verdict.status).toBe(201);
    expect(verdict.body).toMatchObject({ verdict: 'mostly-true', reviewer: { name: 'e2e editor' }, sources: ['https://budget.example.org/report-2025'], statementVersion: 3 });

    const toViewer = await request(app.http).put(`/statements/${id}/assignment`).set(bearer(app.keys.editor)).send({ version: 3, assignee: `desk viewer ${suffix}` });
    expect(toViewer.status).toBe(400);
    expect(toViewer.body.message).toMatch(/viewer/);
    const assigned = await request(app.http).put(`/statements/${id}/assignment`).set(bearer(app.keys.editor)).send({ version: 3, assignee: deskName });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assigneeKeyId: desk.id, verdict: 'mostly-true', version: 4 });

    const note = await request(app.http).post(`/statements/${id}/notes`).set(bearer(desk.key)).send({ body: 'Сверить с отчетом за первый квартал' });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ body: 'Сверить с отчетом за первый квартал', author: { keyId: desk.id, name: deskName } });
    const notes = await request(app.http).get(`/statements/${id}/notes`).set(bearer(app.keys.viewer));
    expect(notes.body.items.map((n: any) => n.body)).toEqual(['Сверить с отчетом за первый квартал']);
    const verdicts = await request(app.http).get(`/statements/${id}/verdicts`).set(bearer(app.keys.viewer));
    expect(verdicts.body.items).toHaveLength(1);

    const history = await request(app.http).get(`/statements/${id}/history`).set(bearer(app.keys.viewer));
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: any) => e.action)).toEqual(['note', 'assign', 'verdict', 'correct']);
    const [noteEvent, assignEvent, verdictEvent, correctEvent] = history.body.items;
    expect(noteEvent).toMatchObject({ actor: { keyId: desk.id, name: deskName }, before: null, after: { body: 'Сверить с отчетом за первый квартал' } });
    expect(assignEvent).toMatchObject({ actor: { name: 'e2e editor' }, before: { assignee: null, version: 3 }, after: { assignee: { id: desk.id, name: deskName }, version: 4 } });
    expect(verdictEvent).toMatchObject({ before: { verdict: null, version: 2 }, after: { verdict: 'mostly-true', rationale: 'Дефицит сократится на 45%, а не вдвое', version: 3 } });
    expect(correctEvent.before).toMatchObject({ quote: 'дефицит бюджета сократится вдвое', type: 'indirect', date: '2025-04-08', datePrecision: 'day', reviewStatus: 'new', version: 1 });
    expect(correctEvent.after).toMatchObject({ quote: wider, type: 'mixed', date: '2025-04', datePrecision: 'month', reviewStatus: 'corrected', version: 2 });
    expect(correctEvent.after.speaker).toEqual({ id: speaker.id, name: expect.stringContaining('Зиновий Карпенко') });
    expect(new Date(correctEvent.at).getTime()).toBeLessThanOrEqual(Date.now());

    // The trail pages with a cursor like every list.
    const firstPage = await request(app.http).get(`/statements/${id}/history`).query({ limit: 3 }).set(bearer(app.keys.viewer));
    expect(firstPage.body.items).toHaveLength(3);
    const secondPage = await request(app.http).get(`/statements/${id}/history`).query({ limit: 3, cursor: firstPage.body.nextCursor }).set(bearer(app.keys.viewer));
    expect(secondPage.body.items.map((e: any) => e.action)).toEqual(['correct']);
    expect(secondPage.body.nextCursor).toBeNull();
  });

  it('documents every review, search and claims endpoint with its roles and errors in OpenAPI', async () => {
    const doc = (await request(app.http).get('/docs-json')).body;
    const paths = doc.paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/statements/search',
        '/statements/{id}/history',
        '/statements/{id}/assignment',
        '/statements/{id}/verdicts',
        '/statements/{id}/notes',
        '/claims',
        '/claims/{id}',
        '/speakers/{id}/statements',
        '/speakers/{id}/contradictions',
      ]),
    );
    expect(Object.keys(paths['/statements/{id}'].patch.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    expect(Object.keys(paths['/statements/{id}'].delete.responses)).toEqual(expect.arrayContaining(['200', '403', '404', '409']));
    expect(paths['/statements/{id}'].delete.responses['403'].description).toMatch(/admin/);
    expect(paths['/statements/search'].get.responses['200'].content['application/json'].schema.$ref).toMatch(/SearchPageDto/);
    expect(doc.components.schemas.VersionConflictDto.properties).toHaveProperty('currentVersion');
    for (const path of ['/statements/search', '/claims/{id}', '/speakers/{id}/contradictions']) {
      expect(paths[path].get.responses['403'].description).toMatch(/viewer/);
    }
  });

  it('soft-deletes: the statement leaves lists and look-ups, its row and history stay', async () => {
    const { id, articleId } = await seedStatement();
    const deleted = await request(app.http).delete(`/statements/${id}`).set(bearer(app.keys.admin)).send({ version: 1 });
    expect(deleted.status).toBe(200);
    expect((await request(app.http).get(`/statements/${id}`).set(bearer(app.keys.viewer))).status).toBe(404);
    const listed = await request(app.http).get('/statements').query({ articleId }).set(bearer(app.keys.viewer));
    expect(listed.body.items).toEqual([]);
    const article = await request(app.http).get(`/articles/${articleId}`).set(bearer(app.keys.viewer));
    expect(article.body.statements).toEqual([]);
    expect((await patch(id, app.keys.editor, { version: 2, reviewStatus: 'confirmed' })).status).toBe(404);
    expect((await request(app.http).delete(`/statements/${id}`).set(bearer(app.keys.admin)).send({ version: 2 })).status).toBe(404);

    const [row] = await db.query('SELECT deleted_at, version FROM statements WHERE id = $1', [id]);
    expect(row.deleted_at).toBeInstanceOf(Date);
    expect(row.version).toBe(2);
    const history = await request(app.http).get(`/statements/${id}/history`).set(bearer(app.keys.viewer));
    expect(history.body.items).toEqual([
      expect.objectContaining({ action: 'delete', actor: expect.objectContaining({ name: 'e2e admin' }), before: { deletedAt: null, version: 1 }, after: { deletedAt: expect.any(String), version: 2 } }),
    ]);
  });
});
