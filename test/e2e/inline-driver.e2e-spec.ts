import request from 'supertest';
import { fixtureArticle, uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

/**
 * QUEUE_DRIVER=inline: a single process with no workers runs the pipeline as the article is posted.
 * The driver is given to this app's configuration alone: nothing reads the environment on import.
 */
describe('inline queue driver (e2e)', () => {
  let app: TestApp;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false, env: { QUEUE_DRIVER: 'inline' } });
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  it('has the statements stored by the time the POST answers', async () => {
    const text = `${fixtureArticle('governor-interview.txt')}\nВыпуск ${uniqueSuffix()}.`;
    const posted = await data.postArticle({ text });
    expect(posted.status).toBe(202);
    const article = await request(app.http).get(`/articles/${posted.body.id}`).set(bearer(app.keys.viewer));
    expect(article.body.status).toBe('done');
    expect(article.body.statements.length).toBeGreaterThan(0);
    expect(article.body.statements.every((s: any) => s.speaker.name === 'Павел Воронцов')).toBe(true);
    for (const s of article.body.statements) if (s.speaker.id && !data.speakers.includes(s.speaker.id)) data.speakers.push(s.speaker.id);
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
