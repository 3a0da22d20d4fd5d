import { readFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { bearer, waitFor } from '../e2e/support/test-app';
import { launchChromium, openProfile, signIn } from './support/browser';
import { startWebService, WebService } from './support/web-service';

/**
 * What an editor does in the web app, in a real Chromium against the real service (API, worker,
 * PostgreSQL, Redis) on this run's fresh database. The steps build on each other, in order.
 */
describe('web app editor flows (browser)', () => {
  let app: WebService;
  let baseUrl: string;
  let browser: Browser;
  let editor: Page;
  let admin: Page;

  // Written for this test: two officials, a negotiation topic in several inflected forms.
  const ARTICLE = [
    'Министр транспорта Зиновий Карпенко заявил во вторник, что переговоры с подрядчиками завершатся к лету.',
    '',
    '«Мы не станем повышать тарифы на проезд в этом году», — сказал Карпенко журналистам после заседания.',
    '',
    'По словам вице-премьера Аркадия Лисицына, переговоры о новых маршрутах продолжатся осенью.',
  ].join('\n');
  let articleId: string;
  let statementId: string;
  let correctedSpeakerId: string;

  const api = () => request(app.http);
  const statementsOf = async (id: string) => (await api().get(`/articles/${id}`).set(bearer(app.keys.viewer))).body.statements as any[];

  beforeAll(async () => {
    app = await startWebService();
    baseUrl = app.baseUrl;
    browser = await launchChromium();
    editor = (await openProfile(browser, 'editor')).page;
    admin = (await openProfile(browser, 'admin')).page;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in with a key exchanged for an httpOnly session cookie, never putting the key in the URL', async () => {
    await editor.goto(`${baseUrl}/admin/`);
    await editor.getByLabel('API-ключ').fill('qt_wrong');
    await editor.getByRole('button', { name: 'Войти' }).click();
    await editor.getByRole('alert').filter({ hasText: 'неизвестен' }).waitFor();

    await signIn(editor, baseUrl, app.keys.editor);
    expect(await editor.getByTestId('who').textContent()).toContain('редактор');
    expect(editor.url()).not.toContain(app.keys.editor);
    const cookies = await editor.context().cookies();
    expect(cookies.find((c) => c.name === 'qt_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await editor.evaluate<string>('document.cookie')).not.toContain('qt_session');
  });

  it('pastes an article and watches it until its statements are found', async () => {
    await editor.getByRole('link', { name: 'Статьи' }).click();
    await editor.getByLabel('Текст или HTML').fill(ARTICLE);
    await editor.getByRole('button', { name: 'Добавить и извлечь' }).click();
    await editor.waitForURL(/#\/articles\/[0-9a-f-]{36}/);
    articleId = /articles\/([0-9a-f-]{36})/.exec(editor.url())![1];
    await editor.locator('[data-testid=article-status][data-status=done]').waitFor({ timeout: 60000 });
    const found = editor.getByTestId('article-statements').locator('li');
    expect(await found.count()).toBe((await statementsOf(articleId)).length);
    expect(await editor.getByTestId('article-statements').textContent()).toContain('переговоры о новых маршрутах продолжатся осенью');
  });

  it('opens a statement from the review queue with the keyboard and sees the quote highlighted in the article', async () => {
    await editor.goto(`${baseUrl}/admin/#/queue?speaker=${encodeURIComponent('Лисицын')}`);
    const rows = editor.getByTestId('queue-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await rows.first().focus();
    await editor.keyboard.press('Enter');
    await editor.waitForURL(/#\/statements\//);
    statementId = /statements\/([0-9a-f-]{36})/.exec(editor.url())![1];
    const statement = (await api().get(`/statements/${statementId}`).set(bearer(app.keys.viewer))).body;
    const mark = editor.getByTestId('quote-mark');
    await mark.first().waitFor();
    expect((await mark.allTextContents()).join('')).toBe(statement.quote);
    const body: string = (await api().get(`/articles/${articleId}`).set(bearer(app.keys.viewer))).body.body;
    expect(body.slice(statement.start, statement.end)).toBe(statement.quote);
    if (statement.mentionStart !== null) expect((await editor.getByTestId('mention-mark').allTextContents()).join('')).toBe(body.slice(statement.mentionStart, statement.mentionEnd));
  });

  it('corrects the speaker through the type-ahead and gives a verdict with a source; both are in the history', async () => {
    const created = await api().post('/speakers').set(bearer(app.keys.admin)).send({ name: 'Виктор Лисицын', type: 'person' });
    expect(created.status).toBe(201);
    correctedSpeakerId = created.body.id;

    await editor.getByRole('combobox', { name: 'Спикер' }).fill('виктора лисицына');
    await editor.getByRole('option', { name: /Виктор Лисицын/ }).click();
    await editor.getByTestId('picked-speaker').waitFor();
    await editor.getByRole('button', { name: 'Сохранить исправление' }).click();
    await editor.getByRole('status').filter({ hasText: 'Исправление сохранено' }).waitFor();
    await editor.getByRole('heading', { level: 1, name: 'Виктор Лисицын' }).waitFor();

    await editor.getByLabel('Оценка').selectOption('misleading');
    await editor.getByLabel('Обоснование').fill('В графике министерства маршруты обсуждают только весной.');
    await editor.getByLabel('Источники').fill('https://transport.example.org/plan-2025');
    await editor.getByRole('button', { name: 'Вынести вердикт' }).click();
    await editor.getByTestId('verdicts').getByRole('link', { name: 'https://transport.example.org/plan-2025' }).waitFor();

    const history = editor.getByTestId('history');
    await history.getByRole('cell', { name: 'исправление' }).waitFor();
    await history.getByRole('cell', { name: 'вердикт' }).waitFor();
    expect(await history.textContent()).toContain(correctedSpeakerId);
    const stored = (await api().get(`/statements/${statementId}`).set(bearer(app.keys.viewer))).body;
    expect(stored).toMatchObject({ reviewStatus: 'corrected', verdict: 'misleading', speaker: { id: correctedSpeakerId } });
  });

  it('shows who changed the statement first when its version is stale (409), and reloads it', async () => {
    const current = (await api().get(`/statements/${statementId}`).set(bearer(app.keys.viewer))).body;
    const elsewhere = await api().patch(`/statements/${statementId}`).set(bearer(app.keys.admin)).send({ version: current.version, type: 'indirect' });
    expect(elsewhere.status).toBe(200);

    await editor.getByRole('button', { name: 'Подтвердить' }).click();
    const conflict = editor.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('browser admin');
    // A slow answer to the reload: the page must not offer the stale version while the fetch is out.
    const slowStatement = new RegExp(`/statements/${statementId}$`);
    await editor.route(slowStatement, async (route) => {
      if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await conflict.getByRole('button', { name: 'Обновить' }).click();
    await conflict.waitFor({ state: 'detached' });
    await editor.getByRole('button', { name: 'Подтвердить' }).click();
    await editor.getByRole('status').filter({ hasText: 'Подтверждено' }).waitFor();
    await editor.unroute(slowStatement);
    expect((await api().get(`/statements/${statementId}`).set(bearer(app.keys.viewer))).body).toMatchObject({ reviewStatus: 'confirmed', type: 'indirect' });
  });

  it('searches with an inflected form, sees the matches marked, and narrows by a speaker facet', async () => {
    await editor.goto(`${baseUrl}/admin/#/search`);
    await editor.getByLabel('Слова', { exact: true }).fill('переговорам');
    await editor.getByLabel('Слова', { exact: true }).press('Enter');
    const hits = editor.getByTestId('search-hit');
    await waitFor(async () => ((await hits.count()) >= 2 ? true : undefined), 20000, 'two search hits');
    expect(await editor.getByTestId('search-results').locator('mark').first().textContent()).toBe('переговоры');

    await editor.getByTestId('facets').getByRole('link', { name: 'Зиновий Карпенко' }).click();
    await editor.waitForURL(/speakerId=/);
    await waitFor(async () => ((await hits.count()) === 1 ? true : undefined), 20000, 'one narrowed hit');
    expect(await hits.first().textContent()).toContain('переговоры с подрядчиками');
    await hits.first().getByRole('link').last().click();
    await editor.waitForURL(/#\/statements\//);
  });

  it('starts an export with the search filters, watches its progress and downloads the file', async () => {
    await editor.goto(`${baseUrl}/admin/#/search?q=${encodeURIComponent('переговоров')}`);
    await editor.getByRole('link', { name: 'Выгрузить эти результаты' }).click();
    await editor.waitForURL(/#\/exports/);
    expect(await editor.getByLabel('Слова', { exact: true }).inputValue()).toBe('переговоров');
    await editor.getByLabel('Формат').selectOption('jsonl');
    await editor.getByRole('button', { name: 'Начать выгрузку' }).click();
    await editor.locator('[data-testid=export-job][data-status=done]').waitFor({ timeout: 60000 });
    const [download] = await Promise.all([editor.waitForEvent('download'), editor.getByTestId('export-download').click()]);
    const rows = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((r) => r.quote).sort()).toEqual(['переговоры о новых маршрутах продолжатся осенью', 'переговоры с подрядчиками завершатся к лету']);
  });

  it('narrows search results by the outlet facet', async () => {
    // Written for this test: one ferry story in each of two outlets.
    const stories = [
      { outlet: 'Речной курьер', text: 'Капитан порта Игнат Белозёров заявил в среду, что паром до острова начнёт ходить в июне.' },
      { outlet: 'Губернские ведомости', text: 'Глава района Степан Мартынюк сообщил журналистам, что новый паром для переправы купят к осени.' },
    ];
    for (const story of stories) {
      const posted = await api().post('/articles').set(bearer(app.keys.editor)).send(story);
      expect(posted.status).toBe(202);
      const id = posted.body.id;
      await waitFor(async () => ((await api().get(`/articles/${id}`).set(bearer(app.keys.viewer))).body.status === 'done' ? true : undefined), 60000, `${story.outlet} article done`);
    }
    await editor.goto(`${baseUrl}/admin/#/search?q=${encodeURIComponent('паромом')}`);
    const hits = editor.getByTestId('search-hit');
    await waitFor(async () => ((await hits.count()) === 2 ? true : undefined), 20000, 'two ferry hits');
    const facets = editor.getByTestId('facets');
    await facets.getByRole('heading', { name: 'Издание' }).waitFor();

    await facets.getByRole('link', { name: 'Речной курьер' }).click();
    await editor.waitForURL(/outlet=/);
    await waitFor(async () => ((await hits.count()) === 1 ? true : undefined), 20000, 'one hit of the outlet');
    expect(await hits.first().textContent()).toContain('паром до острова');
    await editor.getByRole('link', { name: 'Убрать фильтр' }).filter({ hasText: 'Речной курьер' }).click();
    await waitFor(async () => ((await hits.count()) === 2 ? true : undefined), 20000, 'both hits again');
  });

  it('lets an admin merge two speakers after a preview of what moves, and undo it', async () => {
    const source = (await statementsOf(articleId)).find((s) => s.speaker.name === 'Зиновий Карпенко').speaker.id;
    const target = (await api().post('/speakers').set(bearer(app.keys.admin)).send({ name: 'Зиновий Петрович Карпенко', type: 'person' })).body.id;
    await signIn(admin, baseUrl, app.keys.admin);
    await admin.goto(`${baseUrl}/admin/#/speakers/${target}`);
    await admin.getByRole('combobox', { name: /Дубликат/ }).fill('Карпенко');
    await admin.getByRole('option', { name: /^Зиновий Карпенко/ }).click();
    const preview = admin.getByTestId('merge-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('высказываний — 2');
    await preview.getByRole('button', { name: 'Объединить' }).click();
    await admin.getByTestId('merge-done').waitFor();
    expect((await statementsOf(articleId)).filter((s) => s.speaker.id === target)).toHaveLength(2);

    await admin.getByTestId('merge-done').getByRole('button', { name: 'Отменить объединение' }).click();
    await admin.getByTestId('merges').filter({ hasText: 'отменено' }).waitFor();
    expect((await statementsOf(articleId)).filter((s) => s.speaker.id === source)).toHaveLength(2);
  });

  it('opens the queue dashboard with the admin session, without a key in the URL', async () => {
    const response = await admin.goto(`${baseUrl}/admin/queues`);
    expect(response!.status()).toBe(200);
    expect(admin.url()).toBe(`${baseUrl}/admin/queues`);
    const anonymous = await browser.newPage();
    await anonymous.goto(`${baseUrl}/admin/queues`);
    expect(anonymous.url()).toBe(`${baseUrl}/admin/#/queues`);
    await anonymous.getByRole('button', { name: /Войти|Sign in/ }).waitFor();
    await anonymous.close();
  });

  it('creates an API key shown once and revokes it (admin)', async () => {
    await admin.goto(`${baseUrl}/admin/#/keys`);
    await admin.getByLabel('Название').fill('ночная смена');
    await admin.getByLabel('Роль').selectOption('viewer');
    await admin.getByRole('button', { name: 'Создать ключ' }).click();
    const key = await admin.getByTestId('new-key').getByRole('textbox').inputValue();
    expect((await api().get('/statements?limit=1').set(bearer(key))).status).toBe(200);
    await admin.getByRole('button', { name: 'Отозвать ночная смена' }).click();
    await admin.getByRole('cell', { name: /отозван/ }).waitFor();
    expect(await admin.getByRole('button', { name: 'Отозвать browser admin' }).count()).toBe(0);
    expect((await api().get('/statements?limit=1').set(bearer(key))).status).toBe(401);
  });

  it('confirms and rejects from the queue with c and r', async () => {
    await editor.goto(`${baseUrl}/admin/#/queue?speaker=${encodeURIComponent('Карпенко')}`);
    const rows = editor.getByTestId('queue-row');
    await waitFor(async () => ((await rows.count()) === 2 ? true : undefined), 20000, 'two queue rows');
    await rows.first().focus();
    await editor.keyboard.press('c');
    await rows.nth(0).getByText('подтверждено').waitFor();
    await editor.keyboard.press('r');
    await rows.nth(1).getByText('отклонено').waitFor();
    const statuses = (await statementsOf(articleId)).filter((s) => /Карпенко/.test(s.speaker.name)).map((s) => s.reviewStatus);
    expect(statuses.sort()).toEqual(['confirmed', 'rejected']);

    await editor.goto(`${baseUrl}/admin/#/queue`);
    await editor.getByLabel('Спикер', { exact: true }).fill('Карпенко');
    await editor.getByLabel('Статус', { exact: true }).selectOption('confirmed');
    await editor.getByRole('button', { name: 'Применить' }).click();
    await editor.waitForURL(/status=confirmed/);
    await waitFor(async () => ((await rows.count()) === 1 ? true : undefined), 20000, 'one confirmed row');
    expect(await rows.first().textContent()).toContain('подтверждено');

    await rows.first().focus();
    await editor.keyboard.press('e');
    await editor.waitForURL(/#\/statements\/.*edit=/);
    const speakerField = editor.getByRole('combobox', { name: 'Спикер' });
    await speakerField.waitFor();
    await waitFor(async () => ((await speakerField.evaluate((el) => el === el.ownerDocument.activeElement)) ? true : undefined), 5000, 'the speaker field to have focus');
  });

  it('shows a viewer no edit controls, and the API refuses a viewer\'s change', async () => {
    const { page: viewer } = await openProfile(browser, 'viewer', 'en-US');
    await signIn(viewer, baseUrl, app.keys.viewer);
    expect(await viewer.getByRole('link', { name: 'Review queue' }).count()).toBe(1);
    expect(await viewer.getByRole('link', { name: 'Keys' }).count()).toBe(0);
    await viewer.goto(`${baseUrl}/admin/#/statements/${statementId}`);
    await viewer.getByTestId('quote-mark').first().waitFor();
    for (const name of ['Confirm', 'Reject', 'Save correction', 'Give verdict', 'Add note', 'Assign to me']) {
      expect(await viewer.getByRole('button', { name }).count()).toBe(0);
    }
    const refused = await viewer.evaluate(async (id) => {
      const res = await fetch(`/statements/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'quote-tracker' },
        body: JSON.stringify({ version: 99, reviewStatus: 'rejected' }),
      });
      return res.status;
    }, statementId);
    expect(refused).toBe(403);

    await viewer.getByLabel('Language').selectOption('ru');
    await viewer.getByRole('link', { name: 'Очередь проверки' }).waitFor();
  });

  it('shows the same statement in another outlet, the first appearance marked and the wording differences word by word', async () => {
    // A statement of its own, reported first by one outlet and then, reworded, by another.
    const original = ['Директор библиотеки Ольга Степанова рассказала о планах на зиму.', '', '«Читальный зал откроется после ремонта в феврале», — сказала Степанова.'].join('\n');
    const reworded = ['Ольга Степанова ответила на вопросы читателей.', '', '«Читальный зал непременно откроется после ремонта в феврале», — сказала Степанова.'].join('\n');
    const first = await api().post('/articles').set(bearer(app.keys.editor)).send({ text: original, outlet: 'Утренний листок' });
    await waitFor(async () => ((await api().get(`/articles/${first.body.id}`).set(bearer(app.keys.viewer))).body.status === 'done' ? true : undefined), 60000, 'the first report');
    await editor.goto(`${baseUrl}/admin/#/articles`);
    await editor.getByLabel('Текст или HTML').fill(reworded);
    await editor.getByLabel('Издание').fill('Вечерний курьер');
    await editor.getByRole('button', { name: 'Добавить и извлечь' }).click();
    await editor.locator('[data-testid=article-status][data-status=done]').waitFor({ timeout: 60000 });
    const secondId = /articles\/([0-9a-f-]{36})/.exec(editor.url())![1];
    const direct = (await statementsOf(secondId)).find((s) => s.type === 'direct');
    await waitFor(async () => ((await api().get(`/statements/${direct.id}`).set(bearer(app.keys.viewer))).body.claimId ?? undefined), 30000, 'the claim grouping');

    await editor.goto(`${baseUrl}/admin/#/statements/${direct.id}`);
    const claim = editor.getByTestId('claim');
    await claim.waitFor();
    expect(await claim.getByRole('heading').textContent()).toContain('2');
    expect(await claim.locator('.badge.first').count()).toBe(1);
    expect((await claim.locator('ins').allTextContents()).map((w) => w.trim())).toEqual(['непременно']);
  });
});
