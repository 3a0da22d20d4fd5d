import { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { STATEMENT_EXTRACTOR } from '../../src/pipeline/statement-extractor.provider';
import { uniqueSuffix } from './support/fixtures';
import { deleteQueueKeys } from './support/queue-keys';
import { bearer, startTestApp, startTestWorker, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

/**
 * PostgreSQL is the record of an article's life: a queue that lost its jobs costs time, not
 * articles; a failing extractor fails the article with its reason; `done` means every stage ran.
 */
describe('the pipeline keeps its promises (e2e)', () => {
  describe('with the queue emptied after the articles were accepted', () => {
    let app: TestApp;
    let data: TestData;
    let worker: INestApplicationContext | null = null;

    beforeAll(async () => {
      app = await startTestApp({ worker: false });
      data = new TestData(app);
    });

    afterAll(async () => {
      await worker?.close();
      await data.cleanup();
      await app.close();
    });

    it('processes every accepted article once a worker starts', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await data.postArticle({
          text: `date 2025-05-1${i}\n\nГлава районной администрации Степан Луговой заявил, что ремонт школы номер ${i + 3} закончат к первому сентября. ${uniqueSuffix()}`,
        });
        expect(res.status).toBe(202);
        ids.push(res.body.id);
      }
      // Redis restarts empty: the ingest jobs of the five articles are gone.
      expect(await deleteQueueKeys(process.env.QUEUE_PREFIX!)).toBeGreaterThan(0);

      worker = await startTestWorker();
      for (const id of ids) {
        const article = await data.waitForArticle(id);
        expect(article.status).toBe('done');
        expect(article.statements).toEqual([expect.objectContaining({ quote: expect.stringContaining('ремонт школы') })]);
        for (const s of article.statements) if (s.speaker.id && !data.speakers.includes(s.speaker.id)) data.speakers.push(s.speaker.id);
      }
    });
  });

  describe('with an extractor that throws', () => {
    let app: TestApp;
    let data: TestData;

    beforeAll(async () => {
      const broken = () => {
        throw new TypeError('the extractor met something it cannot read');
      };
      app = await startTestApp({ overrideWorker: (builder) => builder.overrideProvider(STATEMENT_EXTRACTOR).useValue({ extract: broken, extractPrepared: broken }) });
      data = new TestData(app);
    });

    afterAll(async () => {
      await data.cleanup();
      await app.close();
    });

    it('fails the article at the extract stage with the reason, at once', async () => {
      const res = await data.postArticle({ text: `date 2025-06-01\n\nДиректор парка Нина Сорокина сообщила, что летняя сцена откроется в июне. ${uniqueSuffix()}` });
      expect(res.status).toBe(202);
      const article = await data.waitForArticle(res.body.id);
      expect(article).toMatchObject({ status: 'failed', failureReason: 'extract: extractor failed: the extractor met something it cannot read', statements: [] });
    });
  });

  describe('with a worker running', () => {
    let app: TestApp;
    let data: TestData;

    beforeAll(async () => {
      app = await startTestApp();
      data = new TestData(app);
    });

    afterAll(async () => {
      await data.cleanup();
      await app.close();
    });

    const admin = () => bearer(app.keys.admin);
    const viewer = () => bearer(app.keys.viewer);

    it('uses an alias added through the API in the next extraction', async () => {
      const created = await request(app.http).post('/speakers').set(admin()).send({ name: 'Заречная энергосбытовая компания', type: 'organization' });
      expect(created.status).toBe(201);
      const companyId: string = created.body.id;
      data.speakers.push(companyId);

      const byName = await data.postArticle({ text: `date 2025-03-04\n\nЗаречная энергосбытовая компания сообщила, что тарифы на электричество в области не изменятся до конца года. ${uniqueSuffix()}` });
      const first = await data.waitForArticle(byName.body.id);
      expect(first.statements).toEqual([expect.objectContaining({ speaker: expect.objectContaining({ id: companyId, linkRule: 'registry' }) })]);

      const alias = await request(app.http).post(`/speakers/${companyId}/aliases`).set(admin()).send({ alias: 'ЗЭК' });
      expect(alias.status).toBe(201);

      const byAlias = await data.postArticle({ text: `date 2025-03-05\n\nВ ЗЭК заявили, что счета за прошлый месяц пересчитают всем жителям области. ${uniqueSuffix()}` });
      const second = await data.waitForArticle(byAlias.body.id);
      expect(second.status).toBe('done');
      // The extractor's registry named the company from the new alias, and linking took its id.
      expect(second.statements).toEqual([
        expect.objectContaining({
          quote: expect.stringContaining('счета за прошлый месяц пересчитают всем жителям области'),
          speaker: expect.objectContaining({ id: companyId, name: 'Заречная энергосбытовая компания', linkRule: 'registry' }),
        }),
      ]);
    });

    it('says done only when the statements can be searched and their claim exists', async () => {
      const marker = uniqueSuffix();
      const first = await data.postArticle({
        text: `date 2025-04-02\n\nМэр Заречного Олег Курбатов заявил журналистам: «Новый трамвайный парк откроют весной следующего года». ${marker}`,
        outlet: 'Заречные новости',
      });
      expect((await data.waitForArticle(first.body.id)).status).toBe('done');
      const second = await data.postArticle({
        text: `date 2025-04-03\n\n«Новый трамвайный парк откроют весной следующего года», — сказал Олег Курбатов на встрече с жителями. ${marker}`,
        outlet: 'Вечерний Заречный',
      });
      const article = await data.waitForArticle(second.body.id);
      expect(article.status).toBe('done');
      const [statement] = article.statements;
      if (statement.speaker.id) data.speakers.push(statement.speaker.id);

      // No waiting after done: the search keys and the claim are already there.
      const found = await request(app.http).get('/statements/search').query({ q: 'трамвайного парка', articleId: second.body.id }).set(viewer());
      expect(found.status).toBe(200);
      expect(found.body.items.map((s: any) => s.id)).toEqual([statement.id]);
      expect(statement.claimId).toEqual(expect.any(String));
      const claim = await request(app.http).get(`/claims/${statement.claimId}`).set(viewer());
      expect(claim.status).toBe(200);
      expect(claim.body.appearanceCount).toBe(2);
      expect(claim.body.appearances.items.map((a: any) => a.article.id).sort()).toEqual([first.body.id, second.body.id].sort());
    });
  });
});
