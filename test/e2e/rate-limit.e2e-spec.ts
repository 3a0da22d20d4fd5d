import request from 'supertest';
import { bearer, startTestApp, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

/** Rate limits count per API key: one key running out leaves another untouched. */
describe('rate limits (e2e)', () => {
  let app: TestApp;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false, env: { RATE_LIMIT_PER_MINUTE: '5' } });
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  it('answers 429 once a key has used its allowance, per key', async () => {
    const spent = await data.createApiKey('viewer');
    const fresh = await data.createApiKey('viewer');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await request(app.http).get('/speakers').set(bearer(spent.key))).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect((await request(app.http).get('/speakers').set(bearer(fresh.key))).status).toBe(200);
  });
});
