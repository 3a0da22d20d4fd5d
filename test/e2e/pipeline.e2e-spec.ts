import request from 'supertest';
import { DataSource } from 'typeorm';
import { fixtureArticle, uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp, waitFor } from './support/test-app';

/** Article → API → BullMQ → worker → PostgreSQL → API, with the real services. */
describe('article pipeline (e2e)', () => {
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

  async function post(body: object) {
    const res = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send(body);
    if (res.body?.id) data.articles.push(res.body.id);
    return res;
  }

  async function waitForStatus(id: string, statuses: string[]) {
    return waitFor(
      async () => {
        const res = await request(app.http).get(`/articles/${id}`).set(bearer(app.keys.viewer));
        return statuses.includes(res.body.status) ? res.body : undefined;
      },
      60000,
      `article ${id} to reach ${statuses.join('|')}`,
    );
  }

  it('extracts, links and stores the statements of a posted article', async () => {
    const text = `${fixtureArticle('governor-interview.txt')}\nОбновлено ${uniqueSuffix()}.`;
    const res = await post({ text, url: `https://news.example.org/region/${uniqueSuffix()}`, outlet: 'Северные вести' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', duplicate: false });

    const article = await waitForStatus(res.body.id, ['done', 'failed']);
    expect(article.status).toBe('done');
    expect(article.publishedAt).toBe('2025-07-09');
    expect(article.outlet.name).toBe('Северные вести');
    const quotes = article.statements.map((s: any) => s.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('строительство моста через реку завершат к осени'),
        expect.stringContaining('Мост откроют для движения в сентябре'),
        expect.stringContaining('подрядчик уже получил всю сумму'),
      ]),
    );
    for (const s of article.statements) {
      expect(s.speaker.name).toBe('Павел Воронцов');
      expect(s.speaker.id).toEqual(expect.any(String));
      expect(s.date).toMatch(/^2025-07/);
    }
    const direct = article.statements.find((s: any) => s.type === 'direct');
    expect(direct).toBeDefined();

    // The statements are queryable by speaker and by article.
    const bySpeaker = await request(app.http)
      .get('/statements')
      .query({ speakerId: direct.speaker.id, articleId: res.body.id })
      .set(bearer(app.keys.viewer));
    expect(bySpeaker.status).toBe(200);
    expect(bySpeaker.body.items).toHaveLength(article.statements.length);
    const one = await request(app.http).get(`/statements/${direct.id}`).set(bearer(app.keys.viewer));
    expect(one.body).toMatchObject({ id: direct.id, quote: direct.quote, type: 'direct', articleId: res.body.id });
  });

  it('resolves the statement date from the text against the publication date', async () => {
    const text = fixtureArticle('minister-with-boilerplate.txt').replace('Общество', `Общество ${uniqueSuffix()}`);
    const res = await post({ text });
    const article = await waitForStatus(res.body.id, ['done', 'failed']);
    expect(article.status).toBe('done');
    const indirect = article.statements.find((s: any) => s.quote.includes('сорок новых поликлиник'));
    expect(indirect).toMatchObject({ type: 'indirect', date: '2025-10-12', datePrecision: 'day' });
    expect(indirect.speaker.name).toBe('Андрей Колесников');
    // Related-story headlines are not statements of the article.
    expect(article.statements.some((s: any) => /нехватку кадров/.test(s.quote))).toBe(false);
  });

  it('keeps one article when the same article arrives twice', async () => {
    const suffix = uniqueSuffix();
    const text = `${fixtureArticle('governor-interview.txt')}\nВерсия ${suffix}.`;
    const first = await post({ text });
    const again = await post({ text });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });

    // Same URL with tracking parameters: the same page.
    const url = `https://news.example.org/story/${suffix}`;
    const byUrl = await post({ text: `${text} Другой текст.`, url });
    const byUrlAgain = await post({ text: `${text} Ещё текст.`, url: `${url}?utm_source=feed#comments` });
    expect(byUrlAgain.body).toMatchObject({ id: byUrl.body.id, duplicate: true });

    // The same story scraped with different boilerplate is recognised once cleaned.
    const story = fixtureArticle('minister-with-boilerplate.txt').replace('сорок', `сорок (${suffix})`);
    const otherLayout = fixtureArticle('minister-other-layout.txt').replace('сорок', `сорок (${suffix})`);
    const a = await post({ text: story });
    const b = await post({ text: otherLayout });
    expect(b.body.duplicate).toBe(false);
    await waitForStatus(a.body.id, ['done']);
    const twin = await waitForStatus(b.body.id, ['duplicate', 'done']);
    expect(twin).toMatchObject({ status: 'duplicate', duplicateOf: a.body.id });

    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM articles WHERE input_hash IN (SELECT input_hash FROM articles WHERE id = $1)', [first.body.id]);
    expect(count).toBe(1);
  });

  it('marks an article failed with the reason when its job fails for good', async () => {
    const res = await post({ text: `date 2025-01-01\n\n   \n${' '.repeat(Number(Date.now() % 50))}` });
    expect(res.status).toBe(202);
    const article = await waitForStatus(res.body.id, ['failed', 'done']);
    expect(article.status).toBe('failed');
    expect(article.failureReason).toMatch(/no article body/);
  });

  it('takes the articles of a batch through the stages together: a twin within the batch is its duplicate, an empty one fails alone', async () => {
    const suffix = uniqueSuffix();
    const articles = [
      { text: `${fixtureArticle('governor-interview.txt')}\nПакет ${suffix}.` },
      { text: fixtureArticle('minister-with-boilerplate.txt').replace('сорок', `сорок [${suffix}]`) },
      { text: fixtureArticle('minister-other-layout.txt').replace('сорок', `сорок [${suffix}]`) },
      { text: `date 2025-02-02\n\n  ${suffix.replace(/./g, ' ')}\n` },
      { text: `date 2025-03-14\n\nПаром через залив\n\nГлава поселка Ветрянка Тарас Мельничук заявил, что паромная переправа через залив заработает к маю. «Новый причал уже принимает катера», — уточнил он. Пакет ${suffix}.` },
    ];
    const res = await request(app.http).post('/articles/batch').set(bearer(app.keys.editor)).send({ articles });
    expect(res.status).toBe(202);
    const ids: string[] = res.body.results.map((a: { id: string }) => a.id);
    data.articles.push(...ids);
    const [governor, minister, otherLayout, empty, briefing] = await Promise.all(ids.map((id) => waitForStatus(id, ['done', 'failed', 'duplicate'])));
    expect([governor.status, briefing.status]).toEqual(['done', 'done']);
    expect(empty).toMatchObject({ status: 'failed', failureReason: expect.stringMatching(/no article body/) });
    // The same story in two layouts: whichever was taken first is done, the other is its duplicate.
    const [kept, twin] = minister.status === 'done' ? [minister, otherLayout] : [otherLayout, minister];
    expect(kept.status).toBe('done');
    expect(twin).toMatchObject({ status: 'duplicate', duplicateOf: kept.id });
    for (const article of [governor, kept, briefing]) {
      expect(article.statements.length).toBeGreaterThan(0);
      for (const s of article.statements) {
        expect(s.speaker.id).toEqual(expect.any(String));
        if (s.speaker.linkRule === 'new-speaker' && !data.speakers.includes(s.speaker.id)) data.speakers.push(s.speaker.id);
      }
    }
    expect(briefing.statements.map((s: { speaker: { name: string } }) => s.speaker.name)).toContain('Тарас Мельничук');
    // Search keys and claim checks were written for every statement of the batch before `done`.
    const [{ unfinished }] = await db.query(
      `SELECT count(*)::int AS unfinished FROM statements s JOIN statement_search_keys k ON k.statement_id = s.id
        WHERE s.article_id = ANY($1::uuid[]) AND (k.search_lemmas IS NULL OR s.claim_checked_at IS NULL)`,
      [[governor.id, kept.id, briefing.id]],
    );
    expect(unfinished).toBe(0);
  });

  it('stores extracted statements with their speakers already linked, so the link stage has no row to rewrite', async () => {
    const { StatementExtractionService } = require('../../src/pipeline/statement-extraction.service');
    const { ArticleRepository } = require('../../src/articles/article.repository');
    const res = await post({ text: `${fixtureArticle('governor-interview.txt')}\nСвязь ${uniqueSuffix()}.` });
    await waitForStatus(res.body.id, ['done']);
    // Extract the stored article again from scratch, without the link stage after it.
    await db.query(`DELETE FROM statements WHERE article_id = $1`, [res.body.id]);
    const article = await app.worker!.get<any>(ArticleRepository).findById(res.body.id);
    const [outcome] = await app.worker!.get<any>(StatementExtractionService).extractMany([article]);
    expect(outcome.statements).toBeGreaterThan(0);
    const rows = await db.query(
      `SELECT s.speaker_id, s.link_rule, s.link_confidence, sp.canonical_name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id WHERE s.article_id = $1`,
      [res.body.id],
    );
    expect(rows).toHaveLength(outcome.statements);
    for (const row of rows) expect(row).toMatchObject({ canonical_name: 'Павел Воронцов', link_rule: expect.any(String), link_confidence: expect.any(Number) });
    // Their side rows came with them, keys included (the speaker's canonical name among them), written
    // by the same command as the statements and not again by the trigger that fired after it.
    const sides = await db.query(
      `SELECT k.search_lemmas::text AS keys, k.quote_lemmas, k.xmin::text = s.xmin::text AS same_write, k.outlet_id IS NOT DISTINCT FROM a.outlet_id AS same_outlet
         FROM statements s JOIN statement_search_keys k ON k.statement_id = s.id JOIN articles a ON a.id = s.article_id WHERE s.article_id = $1`,
      [res.body.id],
    );
    expect(sides).toHaveLength(outcome.statements);
    for (const side of sides) {
      expect(side).toMatchObject({ same_write: true, same_outlet: true });
      expect(side.keys).toContain("'воронцов'");
      expect(side.quote_lemmas.length).toBeGreaterThan(0);
    }
  });

  it('writes a new statement and its side row once each: the trigger after the insert finds the side row made and leaves it', async () => {
    const { StatementRepository } = require('../../src/statements/statement.repository');
    const { DataSource } = require('typeorm');
    const [article] = await db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, cleaned_body, status) VALUES ('text', $1, $1, 'Текст.', 'ingested') RETURNING id`,
      [`side row once ${uniqueSuffix()}`],
    );
    data.articles.push(article.id);
    const row = (fingerprint: string, quote: string) => ({
      articleId: article.id, fingerprint, speakerName: 'Инна Лаптева', speakerType: 'person', registrySpeakerId: null, mention: 'Инна Лаптева',
      mentionStart: null, mentionEnd: null, cue: 'сказала', type: 'direct', quote, startOffset: 0, endOffset: quote.length, via: null,
      statementDate: null, datePrecision: null, dateSource: 'publication', confidence: 0.9, speakerId: null, linkRule: null, linkConfidence: null,
      searchKeys: ['мост', 'инна'], quoteLemmas: ['мост', 'открыть'],
    });
    const runner = app.worker!.get<any>(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      // The connection's counts not yet reported include earlier transactions': the difference is this one's.
      const writes = async () =>
        (await runner.query(`SELECT n_tup_ins::int AS inserted, n_tup_upd::int AS updated FROM pg_stat_xact_user_tables WHERE relname = 'statement_search_keys'`))[0];
      const before = await writes();
      // Twice the same identity in one call is stored once.
      await app.worker!.get<any>(StatementRepository).insertExtracted(runner.manager, [row('a', 'Мост откроют'), row('b', 'Мост открыт'), row('a', 'Мост откроют')]);
      const after = await writes();
      expect({ inserted: after.inserted - before.inserted, updated: after.updated - before.updated }).toEqual({ inserted: 2, updated: 0 });
      const sides = await runner.query(
        `SELECT k.search_lemmas::text AS keys, k.quote_lemmas FROM statements s JOIN statement_search_keys k ON k.statement_id = s.id WHERE s.article_id = $1 ORDER BY s.fingerprint`,
        [article.id],
      );
      expect(sides).toEqual([
        { keys: "'инна' 'мост'", quote_lemmas: ['мост', 'открыть'] },
        { keys: "'инна' 'мост'", quote_lemmas: ['мост', 'открыть'] },
      ]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('gives new articles and statements ids that grow with time, so that their indexes grow at one edge', async () => {
    const first = await post({ text: `${fixtureArticle('governor-interview.txt')}\nПорядок ${uniqueSuffix()}.` });
    const article = await waitForStatus(first.body.id, ['done']);
    const second = await post({ text: `${fixtureArticle('governor-interview.txt')}\nПорядок ${uniqueSuffix()}.` });
    await waitForStatus(second.body.id, ['done']);
    const ids: string[] = [first.body.id, ...article.statements.map((s: { id: string }) => s.id), second.body.id];
    // Version 7: the first 48 bits are milliseconds since 1970, the version nibble is 7.
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const millis = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(millis(first.body.id) - Date.now())).toBeLessThan(60_000);
    expect(millis(second.body.id)).toBeGreaterThanOrEqual(millis(first.body.id));
    for (const statement of article.statements) expect(millis(statement.id)).toBeGreaterThanOrEqual(millis(first.body.id));
  });

  it('runs its queries without JIT compilation, which costs a large batched query more than it saves', async () => {
    expect((await db.query('SHOW jit'))[0].jit).toBe('off');
  });

  it('moves a status in one step only where the state machine allows it', async () => {
    const { ArticleRepository } = require('../../src/articles/article.repository');
    const { IllegalStatusTransition } = require('../../src/entities/article-status');
    const articles = app.api.get<any>(ArticleRepository);
    const res = await post({ text: `${fixtureArticle('governor-interview.txt')}\nСостояния ${uniqueSuffix()}.` });
    await waitForStatus(res.body.id, ['done']);
    // done is final: no move out of it, and a second move to done is no silent success either.
    await expect(articles.transition(res.body.id, 'extracted')).rejects.toBeInstanceOf(IllegalStatusTransition);
    await expect(articles.transition(res.body.id, 'done')).rejects.toBeInstanceOf(IllegalStatusTransition);
    expect((await db.query(`SELECT status FROM articles WHERE id = $1`, [res.body.id]))[0].status).toBe('done');
    // An article that is gone is reported as not moved.
    expect(await articles.transition('8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f', 'failed')).toBe(false);
  });

  it('running a stage twice leaves one copy of every row', async () => {
    const text = `${fixtureArticle('governor-interview.txt')}\nПовтор ${uniqueSuffix()}.`;
    const res = await post({ text });
    const article = await waitForStatus(res.body.id, ['done']);
    const before = article.statements.length;
    expect(before).toBeGreaterThan(0);
    // Re-run every stage, as a retried or redelivered job would.
    await db.query(`UPDATE articles SET status = 'ingested' WHERE id = $1`, [res.body.id]);
    const queue = app.api.get<any>(require('../../src/queue/job-queue').JOB_QUEUE);
    await queue.enqueue('extract', { articleId: res.body.id }, { jobId: `extract-again-${res.body.id}` });
    const after = await waitForStatus(res.body.id, ['done']);
    await waitFor(async () => ((await db.query(`SELECT status FROM articles WHERE id = $1`, [res.body.id]))[0].status === 'done' ? true : undefined));
    expect(after.statements).toHaveLength(before);
    const [{ speakers }] = await db.query(
      `SELECT count(DISTINCT speaker_id)::int AS speakers FROM statements WHERE article_id = $1`,
      [res.body.id],
    );
    expect(speakers).toBe(1);
  });
});
