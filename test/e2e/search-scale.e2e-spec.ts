import request from 'supertest';
import { DataSource } from 'typeorm';
import { StatementIndexingService } from '../../src/search/statement-indexing.service';
import { uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

/**
 * A word in thousands of statements: the page is still the newest matches, and the total and facets
 * are estimated from the statement sample and say so; a rarer word next to it is counted exactly.
 */
describe('statement search past the exact-count bound (e2e)', () => {
  const MANY = 6000;
  let app: TestApp;
  let data: TestData;
  let db: DataSource;
  let marker: string;
  let articleId: string;
  let speakerId: string;
  let outletId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    data = new TestData(app);
    db = data.db;
    marker = `ш${uniqueSuffix()}`;
    [{ id: speakerId }] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [`Лидия Кормухина ${marker}`]);
    data.speakers.push(speakerId);
    [{ id: articleId }] = await db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, status, title, published_at) VALUES ('text', $1, $1, 'done', $1, '2025-06-01') RETURNING id`,
      [`scale ${marker}`],
    );
    data.articles.push(articleId);
    // Every 200th statement also names a ferry, on a day of its own.
    await db.query(
      `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence, statement_date, date_precision)
       SELECT $1, 'f' || i, $2, 'Кормухина', 'person', 'Кормухина', 'заявила', 'direct',
              'Отчет ' || $3 || ' номер ' || i || CASE WHEN i % 200 = 0 THEN ' упоминает паром' ELSE ' без происшествий' END,
              0, 10, 0.9, DATE '2025-01-01' + (i % 150), 'day'
         FROM generate_series(1, $4::int) i`,
      [articleId, speakerId, marker, MANY],
    );
    await app.api.get(StatementIndexingService).indexArticle(articleId);
    // Given its outlet only now: the sampled statements learn it from the article's trigger.
    [{ id: outletId }] = await db.query(`INSERT INTO outlets (name) VALUES ($1) RETURNING id`, [`Гудок ${marker}`]);
    data.outlets.push(outletId);
    await db.query(`UPDATE articles SET outlet_id = $2 WHERE id = $1`, [articleId, outletId]);
  }, 180000);

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  const search = (query: Record<string, unknown>) => request(app.http).get('/statements/search').query(query).set(bearer(app.keys.viewer)).expect(200);

  it('pages the newest matches and estimates the total and facets, saying so', async () => {
    const newest: Array<{ id: string }> = await db.query(`SELECT id FROM statements WHERE article_id = $1 ORDER BY seq DESC LIMIT 40`, [articleId]);
    const first = (await search({ q: marker, limit: 20 })).body;
    expect(first.total.exact).toBe(false);
    expect(first.facets.exact).toBe(false);
    expect(first.total.count).toBeGreaterThan(MANY * 0.6);
    expect(first.total.count).toBeLessThan(MANY * 1.4);
    expect(first.facets.speakers[0]).toMatchObject({ id: speakerId, name: `Лидия Кормухина ${marker}` });
    expect(first.facets.outlets).toHaveLength(1);
    expect(first.facets.outlets[0]).toMatchObject({ id: outletId, name: `Гудок ${marker}` });
    expect(first.facets.outlets[0].count).toBeGreaterThan(MANY * 0.6);
    expect(first.facets.outlets[0].count).toBeLessThan(MANY * 1.4);
    expect(first.items.map((s: any) => s.id)).toEqual(newest.slice(0, 20).map((r) => r.id));
    // A hit of the newest-first walk is the statement as GET /statements/:id shows it, with its article and outlet.
    const { highlight, matches, article, ...view } = first.items[0];
    expect(view).toEqual((await request(app.http).get(`/statements/${view.id}`).set(bearer(app.keys.viewer)).expect(200)).body);
    expect(article).toEqual({ id: articleId, title: `scale ${marker}`, url: null, publishedAt: '2025-06-01', outlet: { id: outletId, name: `Гудок ${marker}` } });
    expect(highlight).toContain(`<mark>${marker}</mark>`);
    expect(matches).toHaveLength(1);
    const second = (await search({ q: marker, limit: 20, cursor: first.nextCursor })).body;
    expect(second.items.map((s: any) => s.id)).toEqual(newest.slice(20, 40).map((r) => r.id));
  });

  it('walks a date range from its own newest match, the dates out of step with the order of storage', async () => {
    // Days 14..104 of the 150 the statements cycle through: ~3,600 matches, past the exact bound.
    const [from, to] = ['2025-01-15', '2025-04-15'];
    const inRange: Array<{ id: string }> = await db.query(
      `SELECT id FROM statements WHERE article_id = $1 AND statement_date BETWEEN $2 AND $3 ORDER BY seq DESC LIMIT 40`,
      [articleId, from, to],
    );
    const first = (await search({ q: marker, from, to, limit: 20 })).body;
    expect(first.total.exact).toBe(false);
    expect(first.facets.exact).toBe(false);
    expect(first.items.map((s: any) => s.id)).toEqual(inRange.slice(0, 20).map((r) => r.id));
    const second = (await search({ q: marker, from, to, limit: 20, cursor: first.nextCursor })).body;
    expect(second.items.map((s: any) => s.id)).toEqual(inRange.slice(20, 40).map((r) => r.id));
  });

  it('finds nothing in a range before every stored date', async () => {
    const body = (await search({ q: marker, from: '1990-01-01', to: '1990-12-31' })).body;
    expect(body.items).toEqual([]);
    expect(body.total.count).toBe(0);
  });

  it('counts a rarer word exactly, facets included', async () => {
    const body = (await search({ q: `${marker} паромы` })).body;
    expect(body.total).toEqual({ count: MANY / 200, exact: true });
    expect(body.facets.exact).toBe(true);
    expect(body.facets.speakers).toEqual([{ id: speakerId, name: `Лидия Кормухина ${marker}`, count: MANY / 200 }]);
    expect(body.facets.outlets).toEqual([{ id: outletId, name: `Гудок ${marker}`, count: MANY / 200 }]);
    expect(body.facets.months.reduce((sum: number, m: any) => sum + m.count, 0)).toBe(MANY / 200);
    expect(body.items).toHaveLength(MANY / 200);
  });
});
