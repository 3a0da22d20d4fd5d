import request from 'supertest';
import { DataSource } from 'typeorm';
import { ClaimGroupingService } from '../../src/claims/claim-grouping.service';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp, waitFor } from './support/test-app';

/** Claims group one speaker's statements, so merging two records of one person joins their claims. */
describe('speaker merge and claims (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.api.get(DataSource);
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  async function statementOf(text: string, outlet: string): Promise<any> {
    const res = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send({ text, outlet });
    data.articles.push(res.body.id);
    return waitFor(async () => {
      const [row] = await db.query(
        `SELECT s.id, s.speaker_id, s.claim_id, a.status FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.article_id = $1 AND s.claim_checked_at IS NOT NULL`,
        [res.body.id],
      );
      return row?.status === 'done' ? row : undefined;
    }, 90000, 'the statement to be linked and grouped');
  }

  it('groups the moved statements into one claim after a merge', async () => {
    const name = `Тихон ${['Белов', 'Сомов', 'Рябов'][Math.floor(Math.random() * 3)]}ский`;
    const quote = `мост через реку ${uniqueSuffix()} откроют к началу лета`;
    const first = await statementOf(`date 2025-04-02\n\nМэр города ${name} заявил, что ${quote}.\n`, 'Первая газета');
    const second = await statementOf(`date 2025-04-03\n\nМэр города ${name} сообщил журналистам, что ${quote}.\n`, 'Вторая газета');
    data.speakers.push(first.speaker_id);
    // A claim forms once a second appearance matches the first.
    const claimOf = async (id: string) => (await db.query('SELECT claim_id FROM statements WHERE id = $1', [id]))[0].claim_id;
    expect(second.claim_id).not.toBeNull();
    expect(await claimOf(first.id)).toBe(second.claim_id);

    // A duplicate record of the same person takes the second statement, which then leaves the claim.
    const [duplicate] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [`${name} (дубль ${uniqueSuffix()})`]);
    data.speakers.push(duplicate.id);
    await db.query('UPDATE statements SET speaker_id = $1 WHERE id = $2', [duplicate.id, second.id]);
    await app.api.get(ClaimGroupingService).regroup(second.id);
    expect(await claimOf(second.id)).toBeNull();

    const merged = await request(app.http).post(`/speakers/${first.speaker_id}/merge`).set(bearer(app.keys.admin)).send({ speakerId: duplicate.id });
    expect(merged.status).toBe(201);
    const joined = await claimOf(second.id);
    expect(joined).not.toBeNull();
    expect(await claimOf(first.id)).toBe(joined);
    const claim = await request(app.http).get(`/claims/${joined}`).set(bearer(app.keys.viewer));
    expect(claim.status).toBe(200);
    expect(JSON.stringify(claim.body)).toContain(second.id);
  });
});
