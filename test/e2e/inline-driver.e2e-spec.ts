import request from 'supertest';
import { DataSource } from 'typeorm';
import { fixtureArticle, uniqueSuffix } from './support/fixtures';
import type { TestApp } from './support/test-app';

/** QUEUE_DRIVER=inline: a single process with no workers runs the pipeline as the article is posted. */
describe('inline queue driver (e2e)', () => {
  let app: TestApp;
  let bearer: (key: string) => Record<string, string>;
  const previous = process.env.QUEUE_DRIVER;
  let articleId: string | undefined;

  beforeAll(async () => {
    process.env.QUEUE_DRIVER = 'inline';
    const support = await import('./support/test-app');
    bearer = support.bearer;
    app = await support.startTestApp({ worker: false });
  });

  afterAll(async () => {
    if (articleId) await app.api.get(DataSource).query('DELETE FROM articles WHERE id = $1', [articleId]);
    await app.close();
    if (previous === undefined) delete process.env.QUEUE_DRIVER;
    else process.env.QUEUE_DRIVER = previous;
  });

  it('has the statements stored by the time the POST answers', async () => {
    const text = `${fixtureArticle('governor-interview.txt')}\nВыпуск ${uniqueSuffix()}.`;
    const posted = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send({ text });
    expect(posted.status).toBe(202);
    articleId = posted.body.id;
    const article = await request(app.http).get(`/articles/${articleId}`).set(bearer(app.keys.viewer));
    expect(article.body.status).toBe('done');
    expect(article.body.statements.length).toBeGreaterThan(0);
    expect(article.body.statements.every((s: any) => s.speaker.name === 'Павел Воронцов')).toBe(true);
  });

  it('needs no Redis: /health does not check it and the queue dashboard says it is off', async () => {
    const health = await request(app.http).get('/health');
    expect(health.status).toBe(200);
    expect(health.body.details.postgres.status).toBe('up');
    expect(health.body.details.redis).toBeUndefined();
    const dashboard = await request(app.http).get('/admin/queues');
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toMatch(/dashboard is off.*inline queue driver/);
  });
});
