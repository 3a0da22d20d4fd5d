import request from 'supertest';
import { DataSource } from 'typeorm';
import { StatementIndexingService } from '../../src/search/statement-indexing.service';
import { uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

/**
 * Search reads statement_search_keys, a narrow copy of what it filters and counts on, kept by
 * triggers: whatever changes a statement (speaker, verdict, deletion) or its article's outlet
 * shows in the search at once, and the copy never differs from the statements. The keys themselves
 * are written there and nowhere else; the sample takes a sampled statement's keys from it.
 */
describe('statement_search_keys follows the statements (e2e)', () => {
  let app: TestApp;
  let data: TestData;
  let db: DataSource;
  let marker: string;
  let articleId: string;
  let outletA: string;
  let outletB: string;
  let otherSpeaker: string;

  const differing = (): Promise<Array<{ id: string }>> =>
    db.query(
      `SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id
         LEFT JOIN statement_search_keys k ON k.statement_id = s.id
        WHERE s.article_id = $1
          AND (k.statement_id IS NULL
               OR (k.seq, k.outlet_id, k.speaker_id, k.speaker_name, k.statement_date, k.type, k.review_status, k.verdict, k.deleted_at)
                  IS DISTINCT FROM (s.seq, a.outlet_id, s.speaker_id, s.speaker_name, s.statement_date, s.type, s.review_status, s.verdict, s.deleted_at))`,
      [articleId],
    );
  const search = (query: Record<string, unknown>) => request(app.http).get('/statements/search').query(query).set(bearer(app.keys.viewer)).expect(200);

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    data = new TestData(app);
    db = data.db;
    marker = `к${uniqueSuffix()}`;
    [{ id: outletA }] = await db.query(`INSERT INTO outlets (name) VALUES ($1) RETURNING id`, [`Вестник ${marker}`]);
    [{ id: outletB }] = await db.query(`INSERT INTO outlets (name) VALUES ($1) RETURNING id`, [`Курьер ${marker}`]);
    data.outlets.push(outletA, outletB);
    [{ id: otherSpeaker }] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [`Ефим Заболотный ${marker}`]);
    data.speakers.push(otherSpeaker);
    [{ id: articleId }] = await db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, status, title, published_at, outlet_id) VALUES ('text', $1, $1, 'done', $1, '2025-03-01', $2) RETURNING id`,
      [`keys ${marker}`, outletA],
    );
    data.articles.push(articleId);
    await db.query(
      `INSERT INTO statements (article_id, fingerprint, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence, statement_date, date_precision)
       SELECT $1, 'k' || i, 'Пастухова', 'person', 'Пастухова', 'сказала', 'direct', 'Маяк ' || $2 || ' светит над бухтой в ночь ' || i, 0, 10, 0.9, DATE '2025-03-01' + i, 'day'
         FROM generate_series(1, 5) i`,
      [articleId, marker],
    );
  }, 60000);

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  it('holds every statement from its insertion, and its keys once indexed', async () => {
    expect(await differing()).toEqual([]);
    expect((await search({ q: marker })).body.total).toEqual({ count: 0, exact: true });
    await app.api.get(StatementIndexingService).indexArticle(articleId);
    expect(await differing()).toEqual([]);
    const body = (await search({ q: `маяки ${marker}` })).body;
    expect(body.total).toEqual({ count: 5, exact: true });
    expect(body.facets.outlets).toEqual([{ id: outletA, name: `Вестник ${marker}`, count: 5 }]);
  });

  it('follows a speaker, a verdict, a deletion and the article moving to another outlet', async () => {
    const [first, second, third] = await db.query(`SELECT id FROM statements WHERE article_id = $1 ORDER BY seq`, [articleId]);
    await db.query(`UPDATE statements SET speaker_id = $2, speaker_name = 'Заболотный' WHERE id = $1`, [first.id, otherSpeaker]);
    await db.query(`UPDATE statements SET verdict = 'false' WHERE id = $1`, [second.id]);
    await db.query(`UPDATE statements SET deleted_at = now() WHERE id = $1`, [third.id]);
    await db.query(`UPDATE articles SET outlet_id = $2 WHERE id = $1`, [articleId, outletB]);
    expect(await differing()).toEqual([]);

    const body = (await search({ q: marker })).body;
    expect(body.total).toEqual({ count: 4, exact: true });
    expect(body.items.map((s: any) => s.id)).not.toContain(third.id);
    expect(body.facets.speakers).toContainEqual({ id: otherSpeaker, name: `Ефим Заболотный ${marker}`, count: 1 });
    expect(body.facets.verdicts).toContainEqual({ verdict: 'false', count: 1 });
    expect(body.facets.outlets).toEqual([{ id: outletB, name: `Курьер ${marker}`, count: 4 }]);
    expect((await search({ q: marker, outlet: `Курьер ${marker}` })).body.total.count).toBe(4);
    expect((await search({ q: marker, outlet: outletA })).body.total.count).toBe(0);
    expect((await search({ q: marker, speakerId: otherSpeaker })).body.items.map((s: any) => s.id)).toEqual([first.id]);
  });

  it('holds the keys itself: the statements have none, and the sample takes a sampled statement’s keys when written and rewritten', async () => {
    const columns = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'statements' AND column_name IN ('search_lemmas', 'quote_lemmas')`);
    expect(columns).toEqual([]);
    // 64 statements in a row hold one whose seq the sample keeps (every 64th).
    const [{ id: sampledArticle }] = await db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, status, title, published_at, outlet_id) VALUES ('text', $1, $1, 'done', $1, '2025-04-01', $2) RETURNING id`,
      [`sampled ${marker}`, outletA],
    );
    data.articles.push(sampledArticle);
    await db.query(
      `INSERT INTO statements (article_id, fingerprint, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence)
       SELECT $1, 'p' || i, 'Пастухова', 'person', 'Пастухова', 'сказала', 'direct', 'Паром отходит от причала номер ' || i, 0, 10, 0.9
         FROM generate_series(1, 64) i`,
      [sampledArticle],
    );
    const sampled = () =>
      db.query(
        `SELECT k.statement_id, k.search_lemmas::text AS keys, x.search_lemmas::text AS sample_keys, k.quote_lemmas, x.quote_lemmas AS sample_lemmas
           FROM statement_search_keys k JOIN statement_search_sample x ON x.statement_id = k.statement_id WHERE k.article_id = $1`,
        [sampledArticle],
      );
    const before = await sampled();
    expect(before.length).toBeGreaterThan(0);
    expect(before[0]).toEqual(expect.objectContaining({ keys: null, sample_keys: null, quote_lemmas: null, sample_lemmas: null }));

    await app.api.get(StatementIndexingService).indexArticle(sampledArticle);
    const [indexed] = await sampled();
    expect(indexed.keys).toContain(`'паром'`);
    expect(indexed.sample_keys).toBe(indexed.keys);
    expect(indexed.quote_lemmas).toEqual(expect.arrayContaining(['паром', 'причал']));
    expect(indexed.sample_lemmas).toEqual(indexed.quote_lemmas);

    // keys of an older lemmatisation, then a reindex of the statement puts the current ones back in both
    await db.query(`UPDATE statement_search_keys SET search_lemmas = array_to_tsvector('{устаревший}'), quote_lemmas = '{устаревший}' WHERE statement_id = $1`, [indexed.statement_id]);
    expect((await sampled())[0]).toEqual(expect.objectContaining({ sample_keys: `'устаревший'`, sample_lemmas: ['устаревший'] }));
    expect(await app.api.get(StatementIndexingService).reindexStatement(indexed.statement_id)).toBe(1);
    expect((await sampled())[0]).toEqual(indexed);
  });

  it('keeps one GIN of the search keys, over speaker and lemmas (it serves a search without a speaker too), so a key is written once', async () => {
    const indexes: Array<{ indexdef: string }> = await db.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'statement_search_keys' AND indexdef LIKE '%search_lemmas%' AND indexdef LIKE '%USING gin%'`,
    );
    expect(indexes.map((i) => i.indexdef.replace(/^.* USING gin /, ''))).toEqual(['(speaker_id, search_lemmas)']);
  });

  it('loses a statement deleted for good with it', async () => {
    const [last] = await db.query(`SELECT id FROM statements WHERE article_id = $1 ORDER BY seq DESC LIMIT 1`, [articleId]);
    await db.query(`DELETE FROM statements WHERE id = $1`, [last.id]);
    expect(await db.query(`SELECT 1 FROM statement_search_keys WHERE statement_id = $1`, [last.id])).toEqual([]);
    expect((await search({ q: marker })).body.total.count).toBe(3);
  });
});
