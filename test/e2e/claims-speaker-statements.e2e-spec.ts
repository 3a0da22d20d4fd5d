import request from 'supertest';
import { DataSource } from 'typeorm';
import { StatementIndexingService } from '../../src/search/statement-indexing.service';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** "What did X say about Y": GET /speakers/:id/statements with topic, timeline, context and date-ordered pages. */
describe('what did a speaker say about a topic (e2e)', () => {
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

  /** Articles whose bodies hold the quotes between other sentences, statements at exact offsets. */
  async function seed() {
    const suffix = uniqueSuffix();
    const [speaker] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [`Лидия Ковалева ${suffix}`]);
    data.speakers.push(speaker.id);
    const items = [
      { date: '2025-02-10', before: 'Заседание комитета началось с опозданием.', quote: 'Тарифы на электричество для населения заморозят до лета', after: 'Депутаты поддержали предложение.' },
      { date: '2025-04-02', before: 'Вопрос обсуждали на пресс-конференции.', quote: 'Мы не будем поднимать тарифы на электричество', after: 'Журналисты задали еще несколько вопросов.' },
      { date: '2025-04-20', before: 'Весна выдалась теплой.', quote: 'Парк откроют после ремонта', after: 'Горожане ждут открытия.' },
      { date: '2025-09-05', before: 'Осенью ситуация изменилась.', quote: 'Повышение тарифов на электричество неизбежно', after: 'Оппозиция раскритиковала заявление.' },
    ];
    const ids: string[] = [];
    for (const [i, item] of items.entries()) {
      const body = `${item.before} Министр энергетики Лидия Ковалева заявила: «${item.quote}». ${item.after}`;
      const [article] = await db.query(
        `INSERT INTO articles (input_format, raw_input, input_hash, cleaned_body, status, published_at) VALUES ('text', $1, $1, $2, 'done', $3) RETURNING id`,
        [`speaker-statements ${suffix} ${i}`, body, item.date],
      );
      data.articles.push(article.id);
      const start = body.indexOf(item.quote);
      const [s] = await db.query(
        `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence, statement_date, date_precision)
         VALUES ($1, 'f', $2, 'Лидия Ковалева', 'person', 'Министр энергетики Лидия Ковалева', 'заявила', 'direct', $3, $4, $5, 0.9, $6, 'day') RETURNING id`,
        [article.id, speaker.id, item.quote, start, start + item.quote.length, item.date],
      );
      ids.push(s.id);
      await app.api.get(StatementIndexingService).indexArticle(article.id);
    }
    return { speakerId: speaker.id as string, ids, items };
  }

  it('lists what the speaker said on a topic, oldest first, with a monthly timeline and the sentences around each', async () => {
    const { speakerId, ids, items } = await seed();
    const res = await request(app.http).get(`/speakers/${speakerId}/statements`).query({ topic: 'тарифах' }).set(bearer(app.keys.viewer));
    expect(res.status).toBe(200);
    expect(res.body.speaker).toMatchObject({ id: speakerId });
    expect(res.body.items.map((s: any) => s.id)).toEqual([ids[0], ids[1], ids[3]]);
    expect(res.body.timeline).toEqual([
      { month: '2025-02', count: 1 },
      { month: '2025-04', count: 1 },
      { month: '2025-09', count: 1 },
    ]);
    expect(res.body.items[0].context).toEqual({ before: items[0].before, after: items[0].after });
    expect(res.body.items[1].highlight).toContain('<mark>тарифы</mark>');
    expect(res.body.items[0].article.publishedAt).toBe('2025-02-10');

    // A topic's pages follow the date order too: the cursor is applied where the matches are ranked.
    const topicPage1 = await request(app.http).get(`/speakers/${speakerId}/statements`).query({ topic: 'тарифах', limit: 2 }).set(bearer(app.keys.viewer));
    expect(topicPage1.body.items.map((s: any) => s.id)).toEqual([ids[0], ids[1]]);
    expect(topicPage1.body.timeline).toEqual(res.body.timeline);
    const topicPage2 = await request(app.http)
      .get(`/speakers/${speakerId}/statements`)
      .query({ topic: 'тарифах', limit: 2, cursor: topicPage1.body.nextCursor })
      .set(bearer(app.keys.viewer));
    expect(topicPage2.body.items.map((s: any) => s.id)).toEqual([ids[3]]);
    expect(topicPage2.body.nextCursor).toBeNull();

    // Without a topic: every statement; pages follow the date order.
    const page1 = await request(app.http).get(`/speakers/${speakerId}/statements`).query({ limit: 3 }).set(bearer(app.keys.viewer));
    expect(page1.body.items.map((s: any) => s.id)).toEqual([ids[0], ids[1], ids[2]]);
    expect(page1.body.timeline).toEqual([
      { month: '2025-02', count: 1 },
      { month: '2025-04', count: 2 },
      { month: '2025-09', count: 1 },
    ]);
    const page2 = await request(app.http).get(`/speakers/${speakerId}/statements`).query({ limit: 3, cursor: page1.body.nextCursor }).set(bearer(app.keys.viewer));
    expect(page2.body.items.map((s: any) => s.id)).toEqual([ids[3]]);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('counts undated statements under a null month after the dated ones, and leaves deleted ones out of the page and the timeline', async () => {
    const { speakerId, ids } = await seed();
    const quote = 'Тарифы на электричество пересмотрят осенью';
    const body = `Лидия Ковалева заявила: «${quote}». Дату разговора газета не указала.`;
    const [article] = await db.query(
      `INSERT INTO articles (input_format, raw_input, input_hash, cleaned_body, status) VALUES ('text', $1, $1, $2, 'done') RETURNING id`,
      [`speaker-statements undated ${uniqueSuffix()}`, body],
    );
    data.articles.push(article.id);
    const [undated] = await db.query(
      `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote, start_offset, end_offset, confidence)
       VALUES ($1, 'u', $2, 'Лидия Ковалева', 'person', 'Лидия Ковалева', 'заявила', 'direct', $3, $4, $5, 0.9) RETURNING id`,
      [article.id, speakerId, quote, body.indexOf(quote), body.indexOf(quote) + quote.length],
    );
    await app.api.get(StatementIndexingService).indexArticle(article.id);
    await db.query(`UPDATE statements SET deleted_at = now() WHERE id = $1`, [ids[1]]);

    const all = await request(app.http).get(`/speakers/${speakerId}/statements`).set(bearer(app.keys.viewer));
    expect(all.body.items.map((s: any) => s.id)).toEqual([ids[0], ids[2], ids[3], undated.id]);
    expect(all.body.timeline).toEqual([
      { month: '2025-02', count: 1 },
      { month: '2025-04', count: 1 },
      { month: '2025-09', count: 1 },
      { month: null, count: 1 },
    ]);
    const onTopic = await request(app.http).get(`/speakers/${speakerId}/statements`).query({ topic: 'тарифы' }).set(bearer(app.keys.viewer));
    expect(onTopic.body.items.map((s: any) => s.id)).toEqual([ids[0], ids[3], undated.id]);
    expect(onTopic.body.timeline).toEqual([
      { month: '2025-02', count: 1 },
      { month: '2025-09', count: 1 },
      { month: null, count: 1 },
    ]);
    expect(onTopic.body.items[2].article).toMatchObject({ id: article.id, publishedAt: null, outlet: null });
  });

  it('finds the contradiction between freezing and raising tariffs, and validates topic and cursor', async () => {
    const { speakerId, ids } = await seed();
    const res = await request(app.http).get(`/speakers/${speakerId}/contradictions`).set(bearer(app.keys.viewer));
    expect(res.status).toBe(200);
    expect(res.body.compared).toBe(4);
    const pair = res.body.items.find((p: any) => p.first.statementId === ids[1] && p.second.statementId === ids[3]);
    expect(pair).toMatchObject({ reason: 'antonyms', concept: 'рост', first: { words: 'не поднимать' } });
    expect(res.body.items.some((p: any) => p.first.statementId === ids[2] || p.second.statementId === ids[2])).toBe(false);

    const stopWords = await request(app.http).get(`/speakers/${speakerId}/statements`).query({ topic: 'и в на' }).set(bearer(app.keys.viewer));
    expect(stopWords.status).toBe(400);
    expect(stopWords.body.message).toMatch(/topic/);
    const badCursor = await request(app.http).get(`/speakers/${speakerId}/statements`).query({ cursor: 'zzz' }).set(bearer(app.keys.viewer));
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.message).toMatch(/cursor/);
    const badPairCursor = await request(app.http).get(`/speakers/${speakerId}/contradictions`).query({ cursor: 'zzz' }).set(bearer(app.keys.viewer));
    expect(badPairCursor.status).toBe(400);
  });
});
