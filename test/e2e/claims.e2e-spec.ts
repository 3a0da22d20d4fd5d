import request from 'supertest';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { bearer, startTestApp, TestApp, waitFor } from './support/test-app';

/**
 * Cross-referencing through the real pipeline (API → BullMQ → worker → PostgreSQL): one minister's
 * promise as three outlets reported it, and a later statement that turns it around.
 */
describe('claims and contradictions (e2e)', () => {
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

  async function post(text: string, outlet: string) {
    const res = await request(app.http)
      .post('/articles')
      .set(bearer(app.keys.editor))
      .send({ text, outlet, url: `https://${outlet.toLowerCase()}.example.org/news/${uniqueSuffix()}` });
    expect(res.status).toBe(202);
    data.articles.push(res.body.id);
    return res.body.id as string;
  }

  /** The article's statements once linking, indexing and claim grouping have all run for it. */
  async function statementsOf(articleId: string): Promise<any[]> {
    let seen = 'nothing yet';
    try {
      return await waitFor(
        async () => {
          const res = await request(app.http).get(`/articles/${articleId}`).set(bearer(app.keys.viewer));
          if (res.body.status === 'failed') throw new Error(`article failed: ${res.body.failureReason}`);
          const [{ pending }] = await db.query('SELECT count(*)::int AS pending FROM statements WHERE article_id = $1 AND claim_checked_at IS NULL', [articleId]);
          seen = `status ${res.body.status}, ${res.body.statements?.length} statements, ${pending} not yet grouped`;
          return res.body.status === 'done' && pending === 0 ? res.body.statements : undefined;
        },
        90000,
        `article ${articleId} to be cross-referenced`,
      );
    } catch (err) {
      throw new Error(`${(err as Error).message}; last seen: ${seen}`);
    }
  }

  /** The statements as they are now: an earlier article joins a claim when a later one matches it. */
  async function currentStatements(articleId: string): Promise<any[]> {
    return (await request(app.http).get(`/articles/${articleId}`).set(bearer(app.keys.viewer))).body.statements;
  }

  it('groups two outlets’ versions of one quote (and a retelling) into a claim, flags the wording and finds the contradiction', async () => {
    // Invented minister, invented outlets; the surname changes per run of this test so claims never mix.
    const surname = ['Семенов', 'Кравцов', 'Лебедев', 'Громов', 'Орлов'][Math.floor(Math.random() * 5)];
    const name = `Аркадий ${surname}`;
    data.speakerNames.push(name);
    const first = await post(
      `date 2025-03-11\n\nНалоги для малого бизнеса не вырастут\n\n«Мы не будем повышать налоги для малого бизнеса в следующем году», — заявил во вторник министр финансов ${name} журналистам.\n\nПо его словам, бюджет области сбалансирован.\n`,
      'Вечерний',
    );
    const retold = await post(
      `date 2025-03-12\n\nМинистр финансов ${name} заявил, что правительство не будет повышать налоги для малого бизнеса в следующем году.\n\nРанее предприниматели просили о поддержке.\n`,
      'Утренний',
    );
    const reworded = await post(
      `date 2025-03-13\n\nМинистр финансов ${name}: «Мы не станем повышать налоги для малого бизнеса в будущем году».\n\nЗаявление прозвучало на заседании правительства.\n`,
      'Полуденный',
    );
    for (const id of [first, retold, reworded]) await statementsOf(id);
    const [a, b, c] = [await currentStatements(first), await currentStatements(retold), await currentStatements(reworded)];
    const direct = a.find((s: any) => s.quote.includes('не будем повышать налоги'));
    const indirect = b.find((s: any) => s.quote.includes('не будет повышать налоги'));
    const rewordedQuote = c.find((s: any) => s.quote.includes('не станем повышать налоги'));
    expect([direct?.type, indirect?.type, rewordedQuote?.type]).toEqual(['direct', 'indirect', 'direct']);
    expect(direct.claimId).toEqual(expect.any(String));
    expect(indirect.claimId).toBe(direct.claimId);
    expect(rewordedQuote.claimId).toBe(direct.claimId);
    // The unrelated remark in the first article is not part of it.
    expect(a.find((s: any) => s.quote.includes('бюджет области'))?.claimId ?? null).toBeNull();

    const claim = await request(app.http).get(`/claims/${direct.claimId}`).set(bearer(app.keys.viewer));
    expect(claim.status).toBe(200);
    expect(claim.body.appearanceCount).toBe(3);
    expect(claim.body.first).toMatchObject({ statementId: direct.id, article: { publishedAt: '2025-03-11', outlet: { name: 'Вечерний' } } });
    expect(claim.body.appearances.items.map((x: any) => [x.article.outlet.name, x.article.publishedAt]).sort()).toEqual([
      ['Вечерний', '2025-03-11'],
      ['Полуденный', '2025-03-13'],
      ['Утренний', '2025-03-12'],
    ]);
    expect(claim.body.wordingDiffers).toBe(true);
    expect(claim.body.differences).toEqual([
      expect.objectContaining({ statementId: rewordedQuote.id, comparedWith: direct.id, removed: ['будем', 'следующем'], added: ['станем', 'будущем'] }),
    ]);
    const flagged = await request(app.http).get('/claims').query({ wordingDiffers: 'true', speakerId: direct.speaker.id }).set(bearer(app.keys.viewer));
    expect(flagged.body.items.map((x: any) => x.id)).toEqual([direct.claimId]);
    const viaStatement = await request(app.http).get(`/statements/${indirect.id}`).set(bearer(app.keys.viewer));
    expect(viaStatement.body.claimId).toBe(direct.claimId);

    // The link stage indexed them for search: an inflected surname and noun find all three.
    const found = await request(app.http).get('/statements/search').query({ q: `${surname}у налогов`, speakerId: direct.speaker.id }).set(bearer(app.keys.viewer));
    expect(found.body.items.map((s: any) => s.id).sort()).toEqual([direct.id, indirect.id, rewordedQuote.id].sort());
    expect(found.body.facets.months).toEqual([{ month: '2025-03', count: 3 }]);

    // Months later the same minister says the opposite: a candidate, and not another appearance.
    const later = await post(
      `date 2025-06-20\n\n«Налоги для малого бизнеса в следующем году придется повысить», — сказал министр финансов ${name} на заседании правительства.\n`,
      'Вечерний',
    );
    const [turn] = (await statementsOf(later)).filter((s: any) => s.quote.includes('придется повысить'));
    expect(turn.claimId).toBeNull();
    const contradictions = await request(app.http).get(`/speakers/${direct.speaker.id}/contradictions`).set(bearer(app.keys.viewer));
    expect(contradictions.status).toBe(200);
    expect(contradictions.body.note).toMatch(/[Cc]andidates/);
    const withTurn = contradictions.body.items.filter((p: any) => p.second.statementId === turn.id || p.first.statementId === turn.id);
    expect(withTurn.length).toBeGreaterThanOrEqual(1);
    expect(withTurn[0]).toMatchObject({ reason: 'antonyms', concept: 'рост', topic: expect.arrayContaining(['налог', 'бизнес']) });
    expect(withTurn.map((p: any) => p.first.statementId)).toEqual(expect.arrayContaining([direct.id]));
    // Appearances of one claim are never paired with each other.
    const claimIds = new Set([direct.id, indirect.id, rewordedQuote.id]);
    expect(contradictions.body.items.filter((p: any) => claimIds.has(p.first.statementId) && claimIds.has(p.second.statementId))).toEqual([]);
    const paged = await request(app.http).get(`/speakers/${direct.speaker.id}/contradictions`).query({ limit: 1 }).set(bearer(app.keys.viewer));
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.nextCursor).toEqual(contradictions.body.items.length > 1 ? expect.any(String) : null);

    // Review reshapes the claim: a rejected appearance leaves it (and the wording flag with it)…
    const rejected = await request(app.http).patch(`/statements/${rewordedQuote.id}`).set(bearer(app.keys.editor)).send({ version: rewordedQuote.version, reviewStatus: 'rejected' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.claimId).toBeNull();
    const smaller = await request(app.http).get(`/claims/${direct.claimId}`).set(bearer(app.keys.viewer));
    expect(smaller.body).toMatchObject({ appearanceCount: 2, wordingDiffers: false, differences: [] });
    // …and a claim left with one appearance once another is deleted is no claim at all.
    await request(app.http).delete(`/statements/${indirect.id}`).set(bearer(app.keys.admin)).set('If-Match', String(indirect.version)).expect(200);
    expect((await request(app.http).get(`/claims/${direct.claimId}`).set(bearer(app.keys.viewer))).status).toBe(404);
    expect((await request(app.http).get(`/statements/${direct.id}`).set(bearer(app.keys.viewer))).body.claimId).toBeNull();
  }, 300000);

  it('groups an article’s statements as one batch: two that repeat one stored quote share one claim, a later appearance is compared with the first', async () => {
    const surname = ['Ветров', 'Зимин', 'Полев', 'Ручьев'][Math.floor(Math.random() * 4)];
    const name = `Евстафий ${surname}`;
    data.speakerNames.push(name);
    const original = await post(
      `date 2025-04-02\n\nПаром через залив\n\n«Паромную переправу через залив откроют к началу навигации», — пообещал губернатор ${name} жителям побережья.\n`,
      'Прибрежный',
    );
    await statementsOf(original);
    // One article quotes the promise and retells it further down: both statements of the batch match the
    // stored one, and the second must see the claim the first just made rather than make another.
    const both = await post(
      `date 2025-04-03\n\nПереправа заработает весной\n\n«Паромную переправу через залив откроют к началу навигации», — сказал губернатор ${name}.\n\nПозже ${name} повторил, что паромную переправу через залив откроют к началу навигации.\n`,
      'Островной',
    );
    await statementsOf(both);
    const later = await post(
      `date 2025-04-05\n\nНовости побережья\n\n«Паромную переправу через залив запустят к началу навигации», — заявил губернатор ${name}.\n`,
      'Заливной',
    );
    await statementsOf(later);
    const [first] = await currentStatements(original);
    const pair = await currentStatements(both);
    const [reworded] = await currentStatements(later);
    expect(pair).toHaveLength(2);
    expect(first.claimId).toEqual(expect.any(String));
    expect(pair.map((s: any) => s.claimId)).toEqual([first.claimId, first.claimId]);
    expect(reworded.claimId).toBe(first.claimId);
    const claim = await request(app.http).get(`/claims/${first.claimId}`).set(bearer(app.keys.viewer));
    expect(claim.body.appearanceCount).toBe(4);
    expect(claim.body.first.statementId).toBe(first.id);
    expect(claim.body.differences).toEqual([
      expect.objectContaining({ statementId: reworded.id, comparedWith: first.id, removed: ['откроют'], added: ['запустят'] }),
    ]);
  }, 300000);

  it('finds a quote’s earlier appearances through one GIN of speaker-scoped lemma keys', async () => {
    // The quote lemmas live in statement_search_keys (SearchKeysInSideTable), and the index with them.
    const indexes: Array<{ indexname: string; indexdef: string }> = await db.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('statements', 'statement_search_keys') AND indexdef LIKE '%quote_lemmas%'`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(['statement_search_keys_claim_scope_idx']);
    expect(indexes[0].indexdef).toMatch(/USING gin \(claim_scope_keys\(speaker_id, speaker_name, quote_lemmas\)\) WHERE \(deleted_at IS NULL\)/);
    const [{ keys }] = await db.query(`SELECT claim_scope_keys(NULL, 'Фрол Дубов', ARRAY['мост', 'река']) AS keys`);
    const [{ same }] = await db.query(`SELECT claim_scope_keys(NULL, 'ФРОЛ ДУБОВ', ARRAY['мост', 'река']) = $1 AS same`, [keys]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}:мост$/);
    expect(same).toBe(true);
  });

  it('takes as candidates only the same speaker’s statements in other articles, a speaker without a link by name in any case', async () => {
    const { StatementRepository } = require('../../src/statements/statement.repository');
    const statements = app.worker!.get<any>(StatementRepository);
    const suffix = uniqueSuffix();
    const speakers: string[] = [];
    for (const name of [`Фрол Дубов ${suffix}`, `Фекла Дубова ${suffix}`]) {
      const [speaker] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [name]);
      speakers.push(speaker.id);
      data.speakers.push(speaker.id);
    }
    const articles: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [article] = await db.query(
        `INSERT INTO articles (input_format, raw_input, input_hash, cleaned_body, status) VALUES ('text', $1, $1, 'Текст.', 'done') RETURNING id`,
        [`claim candidates ${suffix} ${i}`],
      );
      articles.push(article.id);
      data.articles.push(article.id);
    }
    const quote = 'Старый мост через реку снесут';
    const lemmas = ['старый', 'мост', 'река', 'снести'];
    const row = (articleId: string, fingerprint: string, speakerId: string | null, speakerName: string) => ({
      articleId, fingerprint, speakerName, speakerType: 'person', registrySpeakerId: null, mention: speakerName, mentionStart: null, mentionEnd: null,
      cue: 'сказал', type: 'direct', quote, startOffset: 0, endOffset: quote.length, via: null, statementDate: null, datePrecision: null,
      dateSource: 'publication', confidence: 0.9, speakerId, linkRule: null, linkConfidence: null, searchKeys: lemmas, quoteLemmas: lemmas,
    });
    await statements.insertExtracted(db.manager, [
      row(articles[0], 'linked', speakers[0], 'Фрол Дубов'),
      row(articles[0], 'other-speaker', speakers[1], 'Фекла Дубова'),
      row(articles[0], 'unlinked', null, `Савва Ершов ${suffix}`),
      row(articles[1], 'same-article', speakers[0], 'Фрол Дубов'),
    ]);
    const stored: Array<{ id: string; fingerprint: string }> = await db.query(`SELECT id, fingerprint FROM statements WHERE article_id = ANY($1::uuid[])`, [articles]);
    const idOf = (fingerprint: string) => stored.find((s) => s.fingerprint === fingerprint)!.id;
    const ask = (speakerId: string | null, speakerName: string, articleId: string, asked: string[]) => ({
      row: { id: 'new', articleId, speakerId, speakerName, claimId: null, quote, quoteLemmas: lemmas },
      lemmas: asked,
    });
    const found = await statements.claimCandidatesOfMany(db.manager, [
      ask(speakers[0], 'Фрол Дубов', articles[1], ['мост']),
      ask(null, `САВВА ЕРШОВ ${suffix}`, articles[2], ['снести', 'река']),
      ask(speakers[0], 'Фрол Дубов', articles[2], []),
      ask(speakers[1], 'Фекла Дубова', articles[0], ['мост']),
    ], 300);
    // The first speaker's statement of the other article, not the other speaker's nor its own article's.
    expect(found[0].map((c: { id: string }) => c.id)).toEqual([idOf('linked')]);
    // Each candidate carries its quote's lemmas as a list, the way grouping compares them.
    expect(found[0][0].quoteLemmas).toEqual(expect.arrayContaining(['мост']));
    expect(found[0][0].quoteLemmas.every((lemma: string) => /^[\p{L}\p{N}]+$/u.test(lemma))).toBe(true);
    expect(found[1].map((c: { id: string }) => c.id)).toEqual([idOf('unlinked')]);
    expect(found[2]).toEqual([]);
    // Within its own article a statement is no candidate.
    expect(found[3]).toEqual([]);
  });

  it('puts one quote reprinted by several outlets in one claim when their articles are grouped at the same moment', async () => {
    const { ClaimGroupingService } = require('../../src/claims/claim-grouping.service');
    const name = `Аристарх ${['Ольхов', 'Кедров', 'Вязов'][Math.floor(Math.random() * 3)]}`;
    data.speakerNames.push(name);
    const outlets = ['Равнинный', 'Холмистый', 'Степной', 'Лесистый', 'Болотный'];
    const ids: string[] = [];
    for (const [i, outlet] of outlets.entries()) {
      ids.push(await post(`date 2025-05-0${i + 1}\n\nМост у мельницы\n\n«Деревянный мост у старой мельницы заменят бетонным до зимы», — заявил мэр ${name}.\n\nО ремонте сообщил корреспондент издания «${outlet}».\n`, outlet));
    }
    for (const id of ids) await statementsOf(id);
    // Take the grouping back and run it for every article at once, as workers holding them in
    // different batches would: each searches before it takes the speaker's lock.
    const statementIds: string[] = (await db.query(`SELECT id FROM statements WHERE article_id = ANY($1::uuid[])`, [ids])).map((r: { id: string }) => r.id);
    const claimIds: string[] = (await db.query(`SELECT DISTINCT claim_id FROM statements WHERE id = ANY($1::uuid[]) AND claim_id IS NOT NULL`, [statementIds])).map((r: { claim_id: string }) => r.claim_id);
    await db.query(`UPDATE statements SET claim_id = NULL, claim_checked_at = NULL WHERE id = ANY($1::uuid[])`, [statementIds]);
    await db.query(`DELETE FROM claims WHERE id = ANY($1::uuid[])`, [claimIds]);
    const grouping = app.worker!.get<any>(ClaimGroupingService);
    await Promise.all(ids.map((id) => grouping.groupArticles([id])));
    const claims = await db.query(`SELECT claim_id, claim_checked_at IS NOT NULL AS checked FROM statements WHERE id = ANY($1::uuid[])`, [statementIds]);
    expect(claims).toHaveLength(outlets.length);
    expect(new Set(claims.map((c: { claim_id: string }) => c.claim_id)).size).toBe(1);
    expect(claims[0].claim_id).toEqual(expect.any(String));
    expect(claims.every((c: { checked: boolean }) => c.checked)).toBe(true);
    const claim = await request(app.http).get(`/claims/${claims[0].claim_id}`).set(bearer(app.keys.viewer));
    expect(claim.body.appearanceCount).toBe(outlets.length);
  }, 300000);

  it('needs a key, answers unknown ids with 404 and bad filters with 400', async () => {
    const unknown = '8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f';
    expect((await request(app.http).get(`/claims/${unknown}`)).status).toBe(401);
    expect((await request(app.http).get(`/claims/${unknown}`).set(bearer(app.keys.viewer))).status).toBe(404);
    expect((await request(app.http).get(`/speakers/${unknown}/contradictions`).set(bearer(app.keys.viewer))).status).toBe(404);
    expect((await request(app.http).get(`/speakers/${unknown}/statements`).set(bearer(app.keys.viewer))).status).toBe(404);
    const badFilter = await request(app.http).get('/claims').query({ wordingDiffers: 'sometimes' }).set(bearer(app.keys.viewer));
    expect(badFilter.status).toBe(400);
    expect(JSON.stringify(badFilter.body.message)).toMatch(/wordingDiffers/);
  });
});
