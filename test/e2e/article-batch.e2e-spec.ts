import request from 'supertest';
import { DataSource } from 'typeorm';
import { BullMqJobQueue } from '../../src/queue/bullmq-job-queue';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** Set-based acceptance of POST /articles/batch. No worker runs, so accepted articles stay queued with their jobs waiting. */
describe('article batches (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let data: TestData;
  let queue: BullMqJobQueue;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = app.api.get(DataSource);
    queue = app.api.get(BullMqJobQueue);
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  async function postBatch(articles: object[]): Promise<request.Response> {
    const res = await request(app.http).post('/articles/batch').set(bearer(app.keys.editor)).send({ articles });
    for (const r of res.body?.results ?? []) if (!data.articles.includes(r.id)) data.articles.push(r.id);
    return res;
  }

  async function rowsWithMarker(marker: string): Promise<{ id: string; status: string }[]> {
    return db.query(`SELECT id, status FROM articles WHERE raw_input LIKE '%' || $1 || '%' OR canonical_url LIKE '%' || $1 || '%' ORDER BY seq`, [marker]);
  }

  async function ingestJobExists(articleId: string): Promise<boolean> {
    return (await queue.queues.get('ingest')!.getJob(`ingest-${articleId}`)) !== undefined;
  }

  it('stores the same text sent twice in one batch once, and answers the second as a duplicate of the first', async () => {
    const marker = uniqueSuffix();
    const text = `Мэр посёлка Озёрный пообещал отремонтировать мост ${marker}.`;
    const res = await postBatch([{ text }, { text: `  ${text}\r\n` }, { text: `Другая новость ${marker}.` }]);
    expect(res.status).toBe(202);
    const [first, second, other] = res.body.results;
    expect(first).toEqual({ id: expect.any(String), status: 'queued', duplicate: false });
    expect(second).toEqual({ id: first.id, status: 'queued', duplicate: true });
    expect(other).toEqual({ id: expect.any(String), status: 'queued', duplicate: false });
    expect(other.id).not.toBe(first.id);
    expect((await rowsWithMarker(marker)).map((r) => r.id)).toEqual([first.id, other.id]);
    expect(await ingestJobExists(first.id)).toBe(true);
    expect(await ingestJobExists(other.id)).toBe(true);
  });

  it('answers a batch posted again with the articles stored the first time, creating nothing', async () => {
    const marker = uniqueSuffix();
    const batch = [
      { text: `Директор фабрики «Северный лён» объявил о новом цехе ${marker}.` },
      { url: `https://batch-${marker}.example.net/news`, text: `Сельсовет утвердил бюджет ${marker}.`, outlet: 'Вестник Равнины' },
      { html: `<p>Депутат Громов предложил закон о пасеках ${marker}.</p>` },
    ];
    const first = await postBatch(batch);
    const again = await postBatch(batch);
    expect(again.status).toBe(202);
    expect(again.body.results).toEqual(first.body.results.map((r: any) => ({ id: r.id, status: 'queued', duplicate: true })));
    expect(first.body.results.every((r: any) => r.duplicate === false)).toBe(true);
    expect(await rowsWithMarker(marker)).toHaveLength(3);
    const outlets: { id: string }[] = await db.query('SELECT id FROM outlets WHERE domain = $1', [`batch-${marker}.example.net`]);
    data.outlets.push(...outlets.map((o) => o.id));
    expect(outlets).toHaveLength(1);
    for (const r of first.body.results) expect(await ingestJobExists(r.id)).toBe(true);
  });

  it('gives two identical batches posted at the same time one set of articles', async () => {
    const marker = uniqueSuffix();
    const batch = Array.from({ length: 5 }, (_, i) => ({ text: `Заметка номер ${i} о ремонте дороги ${marker}.` }));
    const [a, b] = await Promise.all([postBatch(batch), postBatch(batch)]);
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(b.body.results.map((r: any) => r.id)).toEqual(a.body.results.map((r: any) => r.id));
    expect(await rowsWithMarker(marker)).toHaveLength(5);
  });

  it('mixes new articles, stored ones and repeats within the batch, with each outlet created once', async () => {
    const marker = uniqueSuffix();
    const stored = await data.postArticle({ text: `Губернатор открыл каток в парке ${marker}.` });
    const url = `https://mixed-${marker}.example.org/story`;
    const res = await postBatch([
      { text: `Новая заметка о паромной переправе ${marker}.`, url },
      { text: `Губернатор открыл каток в парке ${marker}.` },
      { text: `Тот же адрес, другая вёрстка ${marker}.`, url: `${url}?utm_source=rss` },
      { text: `Заметка о библиотеке ${marker}.`, url: `https://mixed-${marker}.example.org/library` },
    ]);
    expect(res.status).toBe(202);
    const [fresh, known, sameUrl, library] = res.body.results;
    expect(fresh).toEqual({ id: expect.any(String), status: 'queued', duplicate: false });
    expect(known).toEqual({ id: stored.body.id, status: 'queued', duplicate: true });
    expect(sameUrl).toEqual({ id: fresh.id, status: 'queued', duplicate: true });
    expect(library).toEqual({ id: expect.any(String), status: 'queued', duplicate: false });
    expect(await rowsWithMarker(marker)).toHaveLength(3);

    const outlets: { id: string; name: string }[] = await db.query('SELECT id, name FROM outlets WHERE domain = $1', [`mixed-${marker}.example.org`]);
    data.outlets.push(...outlets.map((o) => o.id));
    expect(outlets).toHaveLength(1);
    const [{ outlets: used }] = await db.query('SELECT array_agg(DISTINCT outlet_id) AS outlets FROM articles WHERE id = ANY($1)', [[fresh.id, library.id]]);
    expect(used).toEqual([outlets[0].id]);
  });
});
