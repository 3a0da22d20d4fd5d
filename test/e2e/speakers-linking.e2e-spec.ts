import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { SpeakerLinkingService } from '../../src/speakers/speaker-linking.service';
import { SpeakerRepository } from '../../src/speakers/speaker.repository';
import { fixtureArticle, uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp, waitFor } from './support/test-app';

/**
 * The link stage over real PostgreSQL, Redis and a worker: statements land on registry speakers with
 * the rule and confidence shown; merge and split move statements and back.
 */
describe('speaker linking, merge and split (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let data: TestData;
  let linking: SpeakerLinkingService;
  let article: any;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.api.get(DataSource);
    data = new TestData(app);
    linking = app.api.get(SpeakerLinkingService);
    const text = `${fixtureArticle('foreign-ministry-briefing.txt')}\nОбновлено ${uniqueSuffix()}.`;
    const res = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send({ text });
    expect(res.status).toBe(202);
    data.articles.push(res.body.id);
    article = await waitFor(
      async () => {
        const got = await request(app.http).get(`/articles/${res.body.id}`).set(bearer(app.keys.viewer));
        return ['done', 'failed'].includes(got.body.status) ? got.body : undefined;
      },
      60000,
      'the article to be linked',
    );
    const polozkov = article.statements.find((s: any) => s.speaker.name === 'Игорь Полозков');
    if (polozkov?.speaker.id) data.speakers.push(polozkov.speaker.id);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  const viewer = () => bearer(app.keys.viewer);
  const admin = () => bearer(app.keys.admin);
  const registrySpeaker = async (registryId: string) => (await db.query('SELECT id FROM speakers WHERE registry_id = $1', [registryId]))[0].id;

  it('links statements to registry speakers and shows the rule and confidence', async () => {
    expect(article.status).toBe('done');
    const lavrov = await registrySpeaker('sergey-lavrov');
    const byLavrov = article.statements.filter((s: any) => s.speaker.id === lavrov);
    expect(byLavrov.length).toBeGreaterThanOrEqual(2);
    for (const s of byLavrov) expect(s.speaker).toMatchObject({ name: 'Сергей Лавров', linkRule: 'exact-alias', linkConfidence: 1 });
    const zakharova = article.statements.find((s: any) => s.quote.includes('график консультаций'));
    expect(zakharova.speaker).toMatchObject({ id: await registrySpeaker('maria-zakharova'), linkRule: 'exact-alias' });
    const one = await request(app.http).get(`/statements/${zakharova.id}`).set(viewer());
    expect(one.body.speaker).toMatchObject({ name: 'Мария Захарова', linkRule: 'exact-alias', linkConfidence: 1 });
  });

  it('creates a new speaker when nothing in the registry fits', async () => {
    const s = article.statements.find((x: any) => x.quote.includes('выполнит заказ'));
    expect(s.speaker).toMatchObject({ name: 'Игорь Полозков', linkRule: 'new-speaker', linkConfidence: 0.5 });
    const detail = await request(app.http).get(`/speakers/${s.speaker.id}`).set(viewer());
    expect(detail.body).toMatchObject({ registryId: null, statementCount: 1 });
  });

  it('leaves one copy of every row when the link job runs again', async () => {
    const before = await db.query(`SELECT id, speaker_id, link_rule, link_confidence FROM statements WHERE article_id = $1 ORDER BY id`, [data.articles[0]]);
    const speakerCount = (await db.query(`SELECT count(*)::int AS n FROM speakers`))[0].n;
    await db.query(`UPDATE statements SET speaker_id = NULL, link_rule = NULL, link_confidence = NULL WHERE article_id = $1`, [data.articles[0]]);
    await linking.linkArticle(data.articles[0]);
    await linking.linkArticle(data.articles[0]);
    const after = await db.query(`SELECT id, speaker_id, link_rule, link_confidence FROM statements WHERE article_id = $1 ORDER BY id`, [data.articles[0]]);
    // The unknown speaker, created on the first run, is now found by its exact name.
    expect(after.map((r: any) => r.speaker_id)).toEqual(before.map((r: any) => r.speaker_id));
    expect((await db.query(`SELECT count(*)::int AS n FROM speakers`))[0].n).toBe(speakerCount);
    expect((await db.query(`SELECT count(*)::int AS n FROM speakers WHERE canonical_name = 'Игорь Полозков'`))[0].n).toBe(1);
  });

  it('links inflected, other-script and misspelt names by morphology, transliteration and fuzzy match', async () => {
    const tokayev = await registrySpeaker('kassym-jomart-tokayev');
    await expect(linking.resolve('Касым-Жомарт Токаев', 'person')).resolves.toMatchObject({ speakerId: tokayev, rule: 'exact-alias', confidence: 1 });
    await expect(linking.resolve('Касыма-Жомарта Токаева', 'person')).resolves.toMatchObject({ speakerId: tokayev, rule: 'morphology' });
    await expect(linking.resolve('Қасым-Жомарт Тоқаев', 'person')).resolves.toMatchObject({ speakerId: tokayev, rule: 'exact-alias' });
    await expect(linking.resolve('Kassym-Jomart Tokaev', 'person')).resolves.toMatchObject({ speakerId: tokayev, rule: 'transliteration' });
    const fuzzy = await linking.resolve('Elvira Nabiulinna', 'person');
    expect(fuzzy).toMatchObject({ speakerId: await registrySpeaker('elvira-nabiullina') });
    expect(['transliteration', 'fuzzy']).toContain(fuzzy.rule);
    const typo = await linking.resolve('Эльвира Набиулина', 'person');
    expect(typo).toMatchObject({ speakerId: await registrySpeaker('elvira-nabiullina'), rule: 'transliteration' });
    const misspelt = await linking.resolve('Sergei Lavrovv', 'person');
    expect(misspelt.speakerId).toBe(await registrySpeaker('sergey-lavrov'));
    const org = await linking.resolve('Министерство иностранных дел России', 'organization');
    expect(org).toMatchObject({ speakerId: await registrySpeaker('russian-foreign-ministry'), rule: 'exact-alias' });
    // A surname two people share is not guessed at: a new speaker is made instead.
    const johnson = await linking.resolve('Джонсон', 'person');
    data.speakers.push(johnson.speakerId);
    expect(johnson.rule).toBe('new-speaker');
  });

  it('finds a transliteration by trigrams through the index, inside a caller\'s transaction as well, leaving its planner setting as it was', async () => {
    const speakers = app.api.get(SpeakerRepository);
    const nabiullina = await registrySpeaker('elvira-nabiullina');
    const alone = await speakers.similarTranslitHits(db.manager, 'elvira nabiulinna', 'person', 0.3, 5);
    expect(alone.map((h) => h.speakerId)).toContain(nabiullina);
    const scans = async (tx: EntityManager) =>
      (await tx.query(`SELECT seq_scan::int AS seq, idx_scan::int AS idx FROM pg_stat_xact_user_tables WHERE relname = 'speaker_search_keys'`))[0];
    const within = await db.transaction(async (tx) => {
      const before = await scans(tx);
      // A long key (an organisation's name) is the one the planner would rather scan the table for.
      const hits = await speakers.similarTranslitHits(tx, 'natsionalnaya assotsiatsiya proizvoditeley kartofelnyh chipsov', 'organization', 0.3, 5);
      const after = await scans(tx);
      const [{ enable_seqscan }] = await tx.query('SHOW enable_seqscan');
      return { hits, enable_seqscan, seq: after.seq - before.seq, idx: after.idx - before.idx };
    });
    expect(within.hits).toEqual([]);
    expect(within).toMatchObject({ seq: 0, idx: 1, enable_seqscan: 'on' });
  });

  it('merges two speakers (statements move, aliases join, recorded) and splits them back', async () => {
    const source = article.statements.find((x: any) => x.quote.includes('выполнит заказ')).speaker.id;
    const created = await request(app.http)
      .post('/speakers')
      .set(admin())
      .send({ name: 'Игорь Сергеевич Полозков-Старший', type: 'person', gender: 'male', aliases: ['И. С. Полозков'] });
    const target = created.body.id;
    data.speakers.push(target);
    const statementIds = article.statements.filter((x: any) => x.speaker.id === source).map((x: any) => x.id);

    expect((await request(app.http).post(`/speakers/${target}/merge`).set(viewer()).send({ speakerId: source })).status).toBe(403);
    const merged = await request(app.http).post(`/speakers/${target}/merge`).set(admin()).send({ speakerId: source });
    expect(merged.status).toBe(201);
    expect(merged.body).toMatchObject({ targetId: target, sourceId: source, statementsMoved: statementIds.length, aliasesAdded: 1, splitAt: null });

    for (const id of statementIds) {
      const s = await request(app.http).get(`/statements/${id}`).set(viewer());
      expect(s.body.speaker).toMatchObject({ id: target, name: 'Игорь Сергеевич Полозков-Старший' });
      expect(s.body.version).toBe(2);
      const history = await request(app.http).get(`/statements/${id}/history`).set(viewer());
      expect(history.body.items[0]).toMatchObject({ action: 'speaker-merged', before: { speakerId: source }, after: { speakerId: target, mergeId: merged.body.id } });
    }
    const targetView = (await request(app.http).get(`/speakers/${target}`).set(viewer())).body;
    expect(targetView.aliases).toEqual(expect.arrayContaining(['И. С. Полозков', 'Игорь Полозков']));
    expect(targetView.statementCount).toBe(statementIds.length);
    expect(targetView.merges[0]).toMatchObject({ id: merged.body.id, sourceId: source });
    expect((await request(app.http).get(`/speakers/${source}`).set(viewer())).body).toMatchObject({ mergedInto: target, statementCount: 0 });
    // The merged-away record leaves lookups: the name now finds the target only.
    const typeAhead = await request(app.http).get('/speakers').query({ q: 'Игоря Полозкова' }).set(viewer());
    expect(typeAhead.body.items.map((s: any) => s.id)).toEqual([target]);
    await expect(linking.resolve('Игорь Полозков', 'person')).resolves.toMatchObject({ speakerId: target });

    expect((await request(app.http).post(`/speakers/${target}/merge`).set(admin()).send({ speakerId: source })).status).toBe(409);
    expect((await request(app.http).post(`/speakers/${target}/merge`).set(admin()).send({ speakerId: target })).status).toBe(400);
    const history = await request(app.http).get(`/speakers/${source}/merges`).set(viewer());
    expect(history.body.items.map((m: any) => m.id)).toEqual([merged.body.id]);

    const split = await request(app.http).post(`/speakers/merges/${merged.body.id}/split`).set(admin());
    expect(split.status).toBe(200);
    expect(split.body.splitAt).toEqual(expect.any(String));
    for (const id of statementIds) {
      const s = await request(app.http).get(`/statements/${id}`).set(viewer());
      expect(s.body.speaker).toMatchObject({ id: source, name: 'Игорь Полозков' });
    }
    const afterSplit = (await request(app.http).get(`/speakers/${target}`).set(viewer())).body;
    expect(afterSplit.aliases).toEqual(['И. С. Полозков']);
    expect(afterSplit.statementCount).toBe(0);
    expect((await request(app.http).get(`/speakers/${source}`).set(viewer())).body).toMatchObject({ mergedInto: null, statementCount: statementIds.length });
    await expect(linking.resolve('Игорь Полозков', 'person')).resolves.toMatchObject({ speakerId: source });
    expect((await request(app.http).post(`/speakers/merges/${merged.body.id}/split`).set(admin())).status).toBe(409);
    expect((await request(app.http).post(`/speakers/merges/00000000-0000-4000-8000-000000000000/split`).set(admin())).status).toBe(404);
  });

  it('refuses to merge a person into an organisation', async () => {
    const org = await registrySpeaker('kremlin');
    const person = await registrySpeaker('dmitry-peskov');
    const res = await request(app.http).post(`/speakers/${org}/merge`).set(admin()).send({ speakerId: person });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('cannot merge speakers of different types');
  });
});
