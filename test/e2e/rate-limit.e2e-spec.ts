import request from 'supertest';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** Rate limits count per API key: one key running out leaves another untouched. */
describe('rate limits (e2e)', () => {
  let app: TestApp;
  const previous = process.env.RATE_LIMIT_PER_MINUTE;

  beforeAll(async () => {
    process.env.RATE_LIMIT_PER_MINUTE = '5';
    app = await startTestApp({ worker: false });
  });

  afterAll(async () => {
    await app.close();
    if (previous === undefined) delete process.env.RATE_LIMIT_PER_MINUTE;
    else process.env.RATE_LIMIT_PER_MINUTE = previous;
  });

  it('answers 429 once a key has used its allowance, per key', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await request(app.http).get('/speakers').set(bearer(app.keys.viewer))).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect((await request(app.http).get('/speakers').set(bearer(app.keys.editor))).status).toBe(200);
  });
});
