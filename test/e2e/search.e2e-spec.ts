import { spawnSync } from 'child_process';
import { join } from 'path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { StatementIndexingService } from '../../src/search/statement-indexing.service';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** GET /statements/search over real PostgreSQL: lemmatised matching, filters, facets, highlights, pages. */
describe('statement search (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = app.api.get(DataSource);
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  interface Seed {
    quote: string;
    speaker: string;
    date: string;
    type?: string;
    verdict?: string;
    status?: string;
    /** True puts the statement in a second article, of a second outlet («Курьер»). */
    secondOutlet?: boolean;
  }

  /**
   * One outlet and article per test, statements inserted directly, then indexed as the link stage
   * would. A run-unique marker word in every quote keeps each test to its own rows.
   */
  async function seed(rows: Seed[]) {
    const marker = `м${uniqueSuffix()}`;
    const addArticle = async (outletName: string) => {
      const [outlet] = await db.query(`INSERT INTO outlets (name) VALUES ($1) RETURNING id`, [`${outletName} ${marker}`]);
      data.outlets.push(outlet.id);
      const [article] = await db.query(
        `INSERT INTO articles (input_format, raw_input, input_hash, cleaned_body, status, outlet_id, title) VALUES ('text', $1, $1, $1, 'done', $2, $3) RETURNING id`,
        [`search ${outletName} ${marker}`, outlet.id, `Заголовок ${marker}`],
      );
      data.articles.push(article.id);
      return { id: article.id as string, outletId: outlet.id as string };
    };
    const article = await addArticle('Вестник');
    const second = rows.some((r) => r.secondOutlet) ? await addArticle('Курьер') : undefined;
    const speakerIds = new Map<string, string>();
    const ids: string[] = [];
    for (const [i, r] of rows.entries()) {
      if (!speakerIds.has(r.speaker)) {
        const [sp] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [`${r.speaker} ${marker}`]);
        data.speakers.push(sp.id);
        speakerIds.set(r.speaker, sp.id);
      }
      const [s] = await db.query(
        `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence, statement_date, date_precision, verdict, review_status)
         VALUES ($1, $2, $3, $4, 'person', $4, 'заявил', $5, $6, 0, 10, 0.9, $7, 'day', $8, $9) RETURNING id`,
        [(r.secondOutlet ? second! : article).id, `f${i}`, speakerIds.get(r.speaker), r.speaker, r.type ?? 'direct', `${r.quote} ${marker}`, r.date, r.verdict ?? null, r.status ?? 'new'],
      );
      ids.push(s.id);
    }
    await app.api.get(StatementIndexingService).indexArticle(article.id);
    if (second) await app.api.get(StatementIndexingService).indexArticle(second.id);
    return { marker, ids, outletId: article.outletId, secondOutletId: second?.outletId, articleId: article.id, speakerIds };
  }

  const search = (query: Record<string, unknown>, key = app.keys.viewer) => request(app.http).get('/statements/search').query(query).set(bearer(key));

  it('finds inflected forms: «переговоров» finds «переговоры», «Токаеву» finds Токаев, and highlights them', async () => {
    const { marker, ids } = await seed([
      { quote: 'Переговоры с соседями продолжатся в пятницу', speaker: 'Касым-Жомарт Токаев', date: '2025-05-06' },
      { quote: 'Урожай зерна будет рекордным', speaker: 'Анатолий Зуев', date: '2025-05-07' },
    ]);
    const byNoun = await search({ q: `переговоров ${marker}` });
    expect(byNoun.status).toBe(200);
    expect(byNoun.body.items.map((s: any) => s.id)).toEqual([ids[0]]);
    expect(byNoun.body.items[0].highlight).toContain('<mark>Переговоры</mark>');
    expect(byNoun.body.items[0].article).toMatchObject({ title: `Заголовок ${marker}`, outlet: { name: `Вестник ${marker}` } });

    const bySpeaker = await search({ q: `Токаеву ${marker}` });
    expect(bySpeaker.body.items.map((s: any) => s.id)).toEqual([ids[0]]);
    const byPlural = await search({ q: `урожаи зерну ${marker}` });
    expect(byPlural.body.items.map((s: any) => s.id)).toEqual([ids[1]]);
    expect(byPlural.body.items[0].highlight).toMatch(/<mark>Урожай<\/mark> <mark>зерна<\/mark>/);
    const none = await search({ q: `переговоров урожай ${marker}` });
    expect(none.body.items).toEqual([]);
  });

  it('filters by speaker, outlet, date range, status, verdict and type, and counts facets over every match', async () => {
    const { marker, ids, outletId, speakerIds } = await seed([
      { quote: 'Налоги для малого бизнеса не вырастут', speaker: 'Аркадий Семенов', date: '2025-01-15', verdict: 'true', status: 'confirmed' },
      { quote: 'Налоговая нагрузка снизится', speaker: 'Аркадий Семенов', date: '2025-02-03', verdict: 'false', type: 'indirect' },
      { quote: 'Налогов станет меньше', speaker: 'Вера Полякова', date: '2025-02-20' },
    ]);
    const all = await search({ q: `налог ${marker}` });
    // «Налоговая» is another lemma: only the two forms of «налог» match.
    expect(all.body.items.map((s: any) => s.id).sort()).toEqual([ids[0], ids[2]].sort());
    const semenov = speakerIds.get('Аркадий Семенов');
    const wide = await search({ q: `налогов нагрузки ${marker}` });
    expect(wide.body.items.map((s: any) => s.id)).toEqual([]);

    const facets = (await search({ q: marker })).body.facets;
    expect(facets.speakers).toEqual([
      { id: semenov, name: `Аркадий Семенов ${marker}`, count: 2 },
      { id: speakerIds.get('Вера Полякова'), name: `Вера Полякова ${marker}`, count: 1 },
    ]);
    expect(facets.months).toEqual([
      { month: '2025-01', count: 1 },
      { month: '2025-02', count: 2 },
    ]);
    expect(facets.verdicts).toEqual(expect.arrayContaining([{ verdict: 'true', count: 1 }, { verdict: 'false', count: 1 }, { verdict: null, count: 1 }]));

    const ids_ = async (q: Record<string, unknown>) => (await search({ q: marker, ...q })).body.items.map((s: any) => s.id).sort();
    expect(await ids_({ speakerId: semenov })).toEqual([ids[0], ids[1]].sort());
    expect(await ids_({ outlet: outletId })).toHaveLength(3);
    expect(await ids_({ outlet: `Вестник ${marker}` })).toHaveLength(3);
    expect(await ids_({ from: '2025-02-01', to: '2025-02-10' })).toEqual([ids[1]]);
    expect(await ids_({ reviewStatus: 'confirmed' })).toEqual([ids[0]]);
    expect(await ids_({ verdict: 'false' })).toEqual([ids[1]]);
    expect(await ids_({ type: 'indirect' })).toEqual([ids[1]]);
  });

  it('counts matches per outlet exactly and narrows by the outlet facet', async () => {
    const { marker, ids, outletId, secondOutletId } = await seed([
      { quote: 'Паромная переправа заработает в мае', speaker: 'Остап Гречко', date: '2025-04-01' },
      { quote: 'Переправу через залив расширят', speaker: 'Остап Гречко', date: '2025-04-02', secondOutlet: true },
      { quote: 'Переправа останется бесплатной', speaker: 'Нина Сорокина', date: '2025-04-03', secondOutlet: true },
      { quote: 'Тарифы на электрички не изменятся', speaker: 'Нина Сорокина', date: '2025-04-04', secondOutlet: true },
    ]);
    const body = (await search({ q: `переправа ${marker}` })).body;
    expect(body.facets.exact).toBe(true);
    expect(body.facets.outlets).toEqual([
      { id: secondOutletId, name: `Курьер ${marker}`, count: 2 },
      { id: outletId, name: `Вестник ${marker}`, count: 1 },
    ]);
    const narrowed = (await search({ q: `переправа ${marker}`, outlet: secondOutletId })).body;
    expect(narrowed.items.map((s: any) => s.id).sort()).toEqual([ids[1], ids[2]].sort());
    expect(narrowed.facets.outlets).toEqual([{ id: secondOutletId, name: `Курьер ${marker}`, count: 2 }]);
    // Every statement of the marker: the second outlet's third statement counts too.
    expect((await search({ q: marker })).body.facets.outlets.map((f: any) => f.count)).toEqual([3, 1]);
  });

  it('shows a hit as GET /statements/:id shows the statement, with its article and outlet, and only the four facets', async () => {
    const { marker, ids, outletId, articleId } = await seed([
      { quote: 'Причал отремонтируют к осени', speaker: 'Глеб Широков', date: '2025-07-01', verdict: 'true', status: 'confirmed' },
    ]);
    await db.query(`UPDATE statements SET via = 'ТАСС', link_rule = 'exact-name', link_confidence = 0.75, mention_start = 3, mention_end = 9 WHERE id = $1`, [ids[0]]);
    await db.query(`UPDATE articles SET url = $2, published_at = '2025-07-02' WHERE id = $1`, [articleId, `https://example.test/${marker}`]);
    const body = (await search({ q: `причалы ${marker}` })).body;
    const { highlight, matches, article, ...view } = body.items[0];
    expect(view).toEqual((await request(app.http).get(`/statements/${ids[0]}`).set(bearer(app.keys.viewer)).expect(200)).body);
    expect(view).toMatchObject({ via: 'ТАСС', speaker: { linkRule: 'exact-name', linkConfidence: 0.75 }, mentionStart: 3, date: '2025-07-01', verdict: 'true', reviewStatus: 'confirmed' });
    expect(article).toEqual({ id: articleId, title: `Заголовок ${marker}`, url: `https://example.test/${marker}`, publishedAt: '2025-07-02', outlet: { id: outletId, name: `Вестник ${marker}` } });
    expect(highlight).toBe(`<mark>Причал</mark> отремонтируют к осени <mark>${marker}</mark>`);
    expect(matches).toEqual([
      { text: 'Причал', start: 0, end: 6 },
      { text: marker, start: 29, end: 29 + marker.length },
    ]);
    expect(Object.keys(body).sort()).toEqual(['facets', 'items', 'nextCursor', 'terms', 'total']);
    expect(Object.keys(body.facets).sort()).toEqual(['exact', 'months', 'outlets', 'speakers', 'verdicts']);
  });

  it('pages with a cursor, leaves deleted statements out, and validates its input', async () => {
    const { marker, ids } = await seed([
      { quote: 'Мост откроют весной', speaker: 'Павел Воронцов', date: '2025-03-01' },
      { quote: 'Мост покрасят летом', speaker: 'Павел Воронцов', date: '2025-03-02' },
      { quote: 'Мосты отремонтируют осенью', speaker: 'Павел Воронцов', date: '2025-03-03' },
    ]);
    const first = await search({ q: `мост ${marker}`, limit: 2 });
    expect(first.body.items).toHaveLength(2);
    const second = await search({ q: `мост ${marker}`, limit: 2, cursor: first.body.nextCursor });
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map((s: any) => s.id)).toEqual([ids[2], ids[1], ids[0]]);

    await request(app.http).delete(`/statements/${ids[1]}`).set(bearer(app.keys.admin)).set('If-Match', '1').expect(200);
    const afterDelete = await search({ q: `мост ${marker}` });
    expect(afterDelete.body.items.map((s: any) => s.id)).toEqual([ids[2], ids[0]]);
    expect(afterDelete.body.facets.speakers[0].count).toBe(2);

    // /statements/search is its own route, not /statements/:id with id "search".
    const noQuery = await search({});
    expect(noQuery.status).toBe(400);
    expect(JSON.stringify(noQuery.body.message)).toMatch(/q must/);
    const onlyStopWords = await search({ q: 'и в на' });
    expect(onlyStopWords.status).toBe(400);
    expect(onlyStopWords.body.message).toMatch(/q holds no searchable word/);
    const badVerdict = await search({ q: 'мост', verdict: 'maybe' });
    expect(JSON.stringify(badVerdict.body.message)).toMatch(/verdict/);
    expect((await request(app.http).get('/statements/search').query({ q: 'мост' })).status).toBe(401);
  });

  it('quotes reindex fills the keys of statements written without them; --all recomputes every statement; a bad option exits 2', async () => {
    const { marker, ids } = await seed([
      { quote: 'Налоговая реформа начнется весной', speaker: 'Ирина Соколова', date: '2025-05-06' },
      { quote: 'Мост через реку откроют осенью', speaker: 'Павел Гусев', date: '2025-05-07' },
    ]);
    const found = async (q: string) => (await search({ q: `${q} ${marker}` })).body.items.map((s: any) => s.id);
    expect(await found('реформы')).toEqual([ids[0]]);
    // as rows written before search existed, or by hand
    await db.query(`UPDATE statement_search_keys SET search_lemmas = NULL, quote_lemmas = NULL WHERE statement_id = ANY($1)`, [ids]);
    expect(await found('реформы')).toEqual([]);

    const root = join(__dirname, '..', '..');
    const quotes = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'quotes.js'), 'reindex', ...args], { cwd: root, env: process.env, encoding: 'utf8' });
    const missing = quotes(['--batch', '1']);
    expect(missing.stderr).toMatch(/reindexed \d+ statement\(s\) that had no search keys/);
    expect(missing.status).toBe(0);
    expect(await found('реформы')).toEqual([ids[0]]);
    expect(await found('мосты')).toEqual([ids[1]]);

    // keys from an older lemmatisation: only --all replaces them
    await db.query(`UPDATE statement_search_keys SET search_lemmas = to_tsvector('simple', 'устаревший') WHERE statement_id = $1`, [ids[1]]);
    quotes([]);
    expect(await found('мосты')).toEqual([]);
    const all = quotes(['--all']);
    expect(all.status).toBe(0);
    expect(all.stderr).toMatch(/reindexed \d+ statement\(s\), [1-9]\d* with new keys, in [\d.]+ s \(\d+ statements\/s, \d+ worker thread\(s\)\)\n$/);
    expect(await found('мосты')).toEqual([ids[1]]);

    // keys computed in the command's own thread are the ones the worker threads wrote: nothing changes
    const inline = quotes(['--all', '--threads', '0']);
    expect(inline.status).toBe(0);
    expect(inline.stderr).toMatch(/, 0 with new keys, .*no worker thread/);

    const bad = quotes(['--batch', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^quotes reindex: --batch needs a positive integer/);
  }, 120000);
});
