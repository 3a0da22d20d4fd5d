import request from 'supertest';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

/** GET /claims over real PostgreSQL: counts and first appearances in one query a page, whatever its size. */
describe('claims list (e2e)', () => {
  let app: TestApp;
  let data: TestData;
  let db: DataSource;
  let outletId: string;
  let speakerId: string;
  const claimIds: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    data = new TestData(app);
    db = data.db;
    const marker = uniqueSuffix();
    [{ id: outletId }] = await db.query(`INSERT INTO outlets (name) VALUES ($1) RETURNING id`, [`Листок ${marker}`]);
    data.outlets.push(outletId);
    [{ id: speakerId }] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [`Савелий Дроздов ${marker}`]);
    // The speaker's claims go with the speaker.
    data.speakers.push(speakerId);
    // Seven claims, each reported by three articles published on different days; the middle one deleted.
    for (let c = 0; c < 7; c++) {
      const [claim] = await db.query(`INSERT INTO claims (speaker_id) VALUES ($1) RETURNING id`, [speakerId]);
      claimIds.push(claim.id);
      for (const [i, day] of ['2025-03-12', '2025-03-10', '2025-03-11'].entries()) {
        const [article] = await db.query(
          `INSERT INTO articles (input_format, raw_input, input_hash, status, outlet_id, title, published_at) VALUES ('text', $1, $1, 'done', $2, $3, $4) RETURNING id`,
          [`claims list ${marker} ${c} ${i}`, outletId, `Выпуск ${c}-${i}`, day],
        );
        data.articles.push(article.id);
        await db.query(
          `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence, claim_id, deleted_at)
           VALUES ($1, 'f', $2, 'Дроздов', 'person', 'Дроздов', 'заявил', 'direct', $3, 0, 10, 0.9, $4, $5)`,
          [article.id, speakerId, `Паромную переправу номер ${c} откроют к лету (${day})`, claim.id, i === 1 ? new Date() : null],
        );
      }
    }
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  /** The SQL statements that read claims while `work` runs (the key check of the request aside). */
  async function claimQueries(work: () => Promise<unknown>): Promise<number> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await work();
      return spy.mock.calls.filter(([sql]) => /\bclaims\b|claim_id/.test(String(sql))).length;
    } finally {
      spy.mockRestore();
    }
  }

  const list = (query: Record<string, unknown>) => request(app.http).get('/claims').query(query).set(bearer(app.keys.viewer));

  it('lists a page in one query with each claim’s live appearance count and its earliest appearance', async () => {
    let body: any;
    const queries = await claimQueries(async () => {
      body = (await list({ speakerId, limit: 50 }).expect(200)).body;
    });
    expect(queries).toBe(1);
    expect(body.items.map((c: any) => c.id)).toEqual([...claimIds].reverse());
    for (const claim of body.items) {
      expect(claim.appearanceCount).toBe(2);
      // The 10 March article is deleted; the 11 March one is the earliest left.
      expect(claim.first).toMatchObject({ date: null, article: { publishedAt: '2025-03-11', outlet: { id: outletId } }, speaker: { id: speakerId } });
      expect(claim.first.quote).toMatch(/\(2025-03-11\)$/);
    }
    expect(body.nextCursor).toBeNull();
  });

  it('pages with a cursor, still one query a page, and opens one claim with its appearances', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      let body: any;
      const queries = await claimQueries(async () => {
        body = (await list({ speakerId, limit: 3, ...(cursor ? { cursor } : {}) }).expect(200)).body;
      });
      expect(queries).toBe(1);
      seen.push(...body.items.map((c: any) => c.id));
      cursor = body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...claimIds].reverse());

    const one = await request(app.http).get(`/claims/${claimIds[0]}`).set(bearer(app.keys.viewer)).expect(200);
    expect(one.body).toMatchObject({ id: claimIds[0], appearanceCount: 2, first: { article: { publishedAt: '2025-03-11' } } });
    expect(one.body.appearances.items).toHaveLength(2);
    expect((await list({ speakerId, wordingDiffers: 'true' }).expect(200)).body.items).toEqual([]);
  });
});
