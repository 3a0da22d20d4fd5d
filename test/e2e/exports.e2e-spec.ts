import { spawnSync } from 'child_process';
import { parse } from 'csv-parse/sync';
import { existsSync } from 'fs';
import { readdir, readFile, rm, rmdir, utimes, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import request from 'supertest';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { copyOut } from '../../src/exports/copy/copy-out';
import { ExportCleanup } from '../../src/exports/export-cleanup.service';
import { ExportRunner } from '../../src/exports/export-runner.service';
import { StatementExportService } from '../../src/exports/statement-export.service';
import { AppConfig } from '../../src/config/app-config';
import { StatementIndexingService } from '../../src/search/statement-indexing.service';
import { uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp, waitFor } from './support/test-app';
import { TestData } from './support/test-data';

/** Collects any response body as text, whatever its content type. */
function asText(res: any, callback: (err: Error | null, body: string) => void): void {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => callback(null, body));
}

interface Seeded {
  id: string;
  quote: string;
  type: string;
  date: string;
  precision: string;
  articleId: string;
  outlet: string;
  verdict: string | null;
  deleted: boolean;
}

/** Exports over the real API, queue, worker, PostgreSQL and files. */
describe('Exports (e2e)', () => {
  let app: TestApp;
  let data: TestData;
  let db: DataSource;
  const marker = uniqueSuffix();
  const speakerName = `Экспортов Спикер ${marker}`;
  // A quote and a backslash in a name the outlet filter matches: filter values reach the COPY as literals.
  const outletNames = [`Первое издание ${marker}`, `Второе издание «O'Brien \\ Media» ${marker}`];
  const articleIds: string[] = [];
  let speakerId: string;
  const seeded: Seeded[] = [];
  const live = () => seeded.filter((s) => !s.deleted);

  const quotes = [
    'Мы, безусловно, продолжим переговоры',
    'Он сказал: "нет", и точка',
    'Первая строка\nвторая строка',
    'Строка с CRLF\r\nи запятой, в конце',
    'Простая цитата про «экономику»',
    // What COPY escapes and JSON must escape: backslash, tab, control characters; and U+2028.
    'Обратная \\ черта,\tтабуляция, \u0001 и \v управляющие, \u2028 разделитель строк',
    'Удалённая цитата, которой нет в экспорте',
  ];
  /** The tricky quote's statement sits in an article without an outlet. */
  const NO_OUTLET = 5;

  beforeAll(async () => {
    app = await startTestApp();
    data = new TestData(app);
    db = data.db;
    for (const [i, name] of outletNames.entries()) {
      const [o] = await db.query(`INSERT INTO outlets (name, domain) VALUES ($1, $2) RETURNING id`, [name, `outlet${i}-${marker}.example.ru`]);
      data.outlets.push(o.id);
      const [a] = await db.query(
        `INSERT INTO articles (url, outlet_id, title, published_at, input_format, raw_input, input_hash, status)
         VALUES ($1, $2, $3, '2025-09-14', 'text', $4, $4, 'done') RETURNING id`,
        [`https://outlet${i}.example.ru/news/${marker}`, o.id, `Заголовок, «с кавычками» ${i}`, `exports ${marker} ${i}`],
      );
      articleIds.push(a.id);
      data.articles.push(a.id);
    }
    const [bare] = await db.query(
      `INSERT INTO articles (url, title, published_at, input_format, raw_input, input_hash, status)
       VALUES ($1, NULL, NULL, 'text', $2, $2, 'done') RETURNING id`,
      [`https://no-outlet.example.ru/${marker}`, `exports ${marker} bare`],
    );
    articleIds.push(bare.id);
    data.articles.push(bare.id);
    const [sp] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ($1, 'person') RETURNING id`, [speakerName]);
    speakerId = sp.id;
    data.speakers.push(sp.id);
    await db.query(`UPDATE speakers SET qid = 'Q4290' WHERE id = $1`, [speakerId]);
    const types = ['direct', 'indirect', 'direct', 'mixed', 'according_to', 'indirect', 'direct'];
    const dates: [string, string][] = [['2025-09-13', 'day'], ['2025-08-01', 'month'], ['2024-01-01', 'year'], ['2025-09-10', 'day'], ['2025-09-14', 'day'], ['2025-09-12', 'day'], ['2025-09-14', 'day']];
    const verdicts = ['false', null, 'unverifiable', null, null, null, null];
    for (let i = 0; i < quotes.length; i++) {
      const articleId = i === NO_OUTLET ? bare.id : articleIds[i % 2];
      const [s] = await db.query(
        `INSERT INTO statements (article_id, fingerprint, speaker_id, speaker_name, speaker_type, mention, cue, type, quote,
                                 start_offset, end_offset, statement_date, date_precision, date_source, confidence, review_status)
         VALUES ($1, $2, $3, $4, 'person', 'он', 'заявил', $5, $6, 0, 10, $7, $8, 'text', 0.8, 'confirmed') RETURNING id`,
        [articleId, `export-${i}`, speakerId, speakerName, types[i], quotes[i], dates[i][0], dates[i][1]],
      );
      if (verdicts[i]) {
        await db.query(
          `INSERT INTO statement_verdicts (statement_id, verdict, rationale, sources, reviewer_name) VALUES ($1, $2, 'Сверено с отчётом, см. источник', ARRAY['https://example.org/src'], 'Редактор')`,
          [s.id, verdicts[i]],
        );
        await db.query(`UPDATE statements SET verdict = $2 WHERE id = $1`, [s.id, verdicts[i]]);
      }
      const deleted = i === quotes.length - 1;
      if (deleted) await db.query(`UPDATE statements SET deleted_at = now() WHERE id = $1`, [s.id]);
      seeded.push({ id: s.id, quote: quotes[i], type: types[i], date: dates[i][0], precision: dates[i][1], articleId, outlet: i === NO_OUTLET ? '' : outletNames[i % 2], verdict: verdicts[i], deleted });
    }
    // Search keys, as the pipeline writes them after linking.
    const indexing = app.api.get(StatementIndexingService, { strict: false });
    for (const id of articleIds) await indexing.indexArticle(id);
  });

  afterAll(async () => {
    await data.cleanup();
    // The run's export folder, when nothing else left files in it.
    if (process.env.EXPORT_DIR) await rmdir(process.env.EXPORT_DIR).catch(() => undefined);
    await app.close();
  });

  const exportText = (query: Record<string, string>, key = app.keys.viewer) =>
    request(app.http).get('/exports/statements').query(query).set(bearer(key)).buffer(true).parse(asText);

  it('streams CSV that parses back to the stored rows: commas, quotes, line breaks, Cyrillic; BOM when asked', async () => {
    const res = await exportText({ format: 'csv', speaker: marker, bom: 'true' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="statements-.*\.csv"$/);
    const text: string = res.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^id,quote,speaker_name,/);
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(records.map((r) => r.id)).toEqual(live().map((s) => s.id));
    for (const [i, s] of live().entries()) {
      expect(records[i]).toMatchObject({
        quote: s.quote,
        speaker_name: speakerName,
        speaker_id: speakerId,
        speaker_qid: 'Q4290',
        type: s.type,
        date_precision: s.precision,
        article_id: s.articleId,
        article_url: expect.stringContaining(marker),
        outlet: s.outlet,
        article_published: s.outlet ? '2025-09-14' : '',
        review_status: 'confirmed',
        verdict: s.verdict ?? '',
      });
    }
    expect(records[1].date).toBe('2025-08');
    expect(records[2].date).toBe('2024');
    // RFC 4180: every record ends with CRLF; line breaks inside quoted fields stay as they were.
    expect(text.endsWith('\r\n')).toBe(true);
    const crlfInQuotes = live().filter((s) => s.quote.includes('\r\n')).length;
    expect(text.split('\r\n').length - 1).toBe(1 + live().length + crlfInQuotes);
  });

  it('streams JSONL, one statement per line with speaker, article, dates, type, review status and verdict', async () => {
    const res = await exportText({ format: 'jsonl', speaker: marker });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = (res.body as string).split('\n').filter(Boolean);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.quote)).toEqual(live().map((s) => s.quote));
    expect(records[0]).toMatchObject({
      id: live()[0].id,
      type: 'direct',
      date: '2025-09-13',
      datePrecision: 'day',
      reviewStatus: 'confirmed',
      speaker: { id: speakerId, name: speakerName, type: 'person', qid: 'Q4290' },
      article: { id: articleIds[0], url: `https://outlet0.example.ru/news/${marker}`, title: 'Заголовок, «с кавычками» 0', outlet: { id: data.outlets[0], name: outletNames[0] }, published: '2025-09-14' },
      verdict: { rating: 'false', rationale: 'Сверено с отчётом, см. источник', reviewer: 'Редактор', sources: ['https://example.org/src'] },
    });
    expect(records[1].verdict).toBeNull();
    const bare = live().findIndex((s) => s.articleId === articleIds[2]);
    expect(records[bare]).toEqual({
      id: live()[bare].id,
      quote: quotes[NO_OUTLET],
      type: 'indirect',
      cue: 'заявил',
      mention: 'он',
      via: null,
      confidence: 0.8,
      speaker: { id: speakerId, name: speakerName, type: 'person', qid: 'Q4290' },
      article: { id: articleIds[2], url: `https://no-outlet.example.ru/${marker}`, title: null, outlet: null, published: null },
      date: '2025-09-12',
      datePrecision: 'day',
      dateSource: 'text',
      reviewStatus: 'confirmed',
      verdict: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });
    expect(records[0].verdict).toEqual({
      rating: 'false',
      rationale: 'Сверено с отчётом, см. источник',
      reviewer: 'Редактор',
      sources: ['https://example.org/src'],
      reviewedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
    });
  });

  it('exports ClaimReview JSON-LD for the statements with a verdict only', async () => {
    const res = await exportText({ format: 'claimreview', speaker: marker });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const reviews = JSON.parse(res.body);
    const withVerdict = live().filter((s) => s.verdict);
    expect(reviews).toHaveLength(withVerdict.length);
    for (const [i, review] of reviews.entries()) {
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: withVerdict[i].quote,
        url: expect.stringMatching(new RegExp(`/statements/${withVerdict[i].id}$`)),
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        author: { '@type': 'Organization', name: expect.any(String) },
        reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: expect.any(String) },
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: speakerName }, appearance: { url: expect.stringContaining(marker) } },
      });
    }
    expect(reviews[0].reviewRating.ratingValue).toBe(1);
    expect(reviews[1].reviewRating).not.toHaveProperty('ratingValue');
  });

  it('exports exactly the rows the filters select', async () => {
    const expected = (pred: (s: Seeded) => boolean) => live().filter(pred).map((s) => s.id);
    const ids = async (query: Record<string, string>) => {
      const res = await exportText({ format: 'jsonl', speaker: marker, ...query });
      expect(res.status).toBe(200);
      return (res.body as string).split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
    };
    expect(await ids({ type: 'direct' })).toEqual(expected((s) => s.type === 'direct'));
    expect(await ids({ outlet: outletNames[1] })).toEqual(expected((s) => s.outlet === outletNames[1]));
    expect(await ids({ from: '2025-09-01', to: '2025-09-13' })).toEqual(expected((s) => s.date >= '2025-09-01' && s.date <= '2025-09-13'));
    expect(await ids({ verdict: 'false' })).toEqual(expected((s) => s.verdict === 'false'));
    expect(await ids({ articleId: articleIds[0], type: 'direct' })).toEqual(expected((s) => s.articleId === articleIds[0] && s.type === 'direct'));
    expect(await ids({ reviewStatus: 'new' })).toEqual([]);
    expect(await ids({ outlet: "O'Brien \\ Media" })).toEqual([]);
    // Search words in another inflection, as GET /statements/search takes them.
    expect(await ids({ q: 'переговоров' })).toEqual(expected((s) => s.quote.includes('переговоры')));
  });

  it('closes the connection of an export whose reader stops early, which ends the query in PostgreSQL', async () => {
    const marker2 = `export-abort-${marker}`;
    const rows = copyOut(db, `SELECT g::text || ' ${marker2}' FROM generate_series(1, 5000000) g`, 'FORMAT text');
    expect((await rows.next()).done).toBe(false);
    const running = async () => (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [`COPY (%${marker2}%`]))[0].n;
    expect(await running()).toBe(1);
    await rows.return(undefined);
    await waitFor(async () => ((await running()) === 0 ? true : undefined), 10000, 'the COPY to end');
    // The pool hands out working connections afterwards.
    expect(await Promise.all(Array.from({ length: 12 }, () => db.query('SELECT 1 AS one')))).toHaveLength(12);
  });

  it('streams at most EXPORT_MAX_STREAMS exports at once, answers 429 beyond, and frees the place and the connection of one given up unread', async () => {
    const streamed = app.api.get(StatementExportService, { strict: false });
    const max = app.api.get(AppConfig, { strict: false }).EXPORT_MAX_STREAMS;
    const pool = (db.driver as PostgresDriver).master as Pool;
    const idleBefore = pool.totalCount - pool.idleCount;
    // Connections the streams hold (the pool's checked-out clients beyond those busy before).
    const holding = async () => pool.totalCount - pool.idleCount - idleBefore;
    const opened = await Promise.all(Array.from({ length: max }, () => streamed.open({ format: 'jsonl', filters: { speaker: marker } })));
    expect(await holding()).toBe(max);
    const refused = await exportText({ format: 'csv', speaker: marker });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).message).toMatch(/POST \/exports/);
    opened[0].stream.destroy();
    await waitFor(async () => ((await holding()) === max - 1 ? true : undefined), 10000, 'the abandoned export to give its connection back');
    expect((await exportText({ format: 'csv', speaker: marker })).status).toBe(200);
    for (const o of opened.slice(1)) o.stream.destroy();
    await waitFor(async () => ((await holding()) === 0 ? true : undefined), 10000, 'every export to give its connection back');
  });

  it('answers a bad format or filter with a 400 naming the field, and no key with a 401', async () => {
    const badFormat = await request(app.http).get('/exports/statements').query({ format: 'xml' }).set(bearer(app.keys.viewer));
    expect(badFormat.status).toBe(400);
    expect(JSON.stringify(badFormat.body.message)).toMatch(/format must be one of csv, jsonl, claimreview/);
    const noFormat = await request(app.http).get('/exports/statements').set(bearer(app.keys.viewer));
    expect(noFormat.status).toBe(400);
    const badFilter = await request(app.http).get('/exports/statements').query({ format: 'csv', from: '14.10.2025' }).set(bearer(app.keys.viewer));
    expect(badFilter.status).toBe(400);
    expect(JSON.stringify(badFilter.body.message)).toMatch(/from/);
    const badBom = await request(app.http).get('/exports/statements').query({ format: 'csv', bom: 'perhaps' }).set(bearer(app.keys.viewer));
    expect(JSON.stringify(badBom.body.message)).toMatch(/bom must be true or false/);
    const badJob = await request(app.http).post('/exports').set(bearer(app.keys.viewer)).send({ format: 'pdf' });
    expect(badJob.status).toBe(400);
    expect(JSON.stringify(badJob.body.message)).toMatch(/format/);
    const badJobFilter = await request(app.http).post('/exports').set(bearer(app.keys.viewer)).send({ format: 'csv', filters: { type: 'rumour' } });
    expect(badJobFilter.status).toBe(400);
    expect(JSON.stringify(badJobFilter.body.message)).toMatch(/filters\.type/);
    expect((await request(app.http).get('/exports/statements').query({ format: 'csv' })).status).toBe(401);
    expect((await request(app.http).post('/exports').send({ format: 'csv' })).status).toBe(401);
    expect((await request(app.http).get('/exports/8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f').set(bearer(app.keys.viewer))).status).toBe(404);
    expect((await request(app.http).get('/exports/8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f/download').set(bearer(app.keys.viewer))).status).toBe(404);
    expect((await request(app.http).get('/exports/not-a-uuid').set(bearer(app.keys.viewer))).status).toBe(400);
  });

  it('runs an export job for a viewer: progress reaches 100, the file downloads and matches the streamed export; a rerun rewrites it whole', async () => {
    const created = await data.postExport({ format: 'csv', filters: { speaker: marker } });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ id: expect.any(String), format: 'csv', status: 'queued', filters: { speaker: marker } });
    const id = created.body.id;
    const done = await waitFor(async () => {
      const res = await request(app.http).get(`/exports/${id}`).set(bearer(app.keys.viewer));
      expect(res.status).toBe(200);
      expect(['queued', 'running', 'done']).toContain(res.body.status);
      return res.body.status === 'done' ? res.body : undefined;
    }, 60000, 'the export job');
    expect(done).toMatchObject({ percent: 100, rowCount: live().length, totalRows: live().length, error: null, downloadUrl: expect.stringMatching(new RegExp(`/exports/${id}/download$`)) });
    expect(new Date(done.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const download = await request(app.http).get(`/exports/${id}/download`).set(bearer(app.keys.viewer)).buffer(true).parse(asText);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/csv/);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="statements-${id}.csv"`);
    const streamed = await exportText({ format: 'csv', speaker: marker });
    expect(download.body).toBe(streamed.body);
    expect(parse(download.body, { columns: true }).map((r: any) => r.quote)).toEqual(live().map((s) => s.quote));

    // The job again, as a retry would run it: the same file, replaced whole, no leftovers.
    const [row] = await db.query(`SELECT file_path FROM exports WHERE id = $1`, [id]);
    await app.worker!.get(ExportRunner).run(id, async () => undefined);
    expect(await readFile(row.file_path, 'utf8')).toBe(download.body);
    expect((await readdir(dirname(row.file_path))).filter((f) => f.includes(id))).toEqual([`${id}.csv`]);
  });

  it('says 409 while an export is not done, and 410 with the file deleted once it expired', async () => {
    const created = await data.postExport({ format: 'jsonl', filters: { speaker: marker } });
    const id = created.body.id;
    // Held back from the worker by marking it as if still running: the download must wait for done.
    await waitFor(async () => ((await db.query(`SELECT status FROM exports WHERE id = $1`, [id]))[0].status === 'done' ? true : undefined), 60000, 'the export job');
    await db.query(`UPDATE exports SET status = 'running' WHERE id = $1`, [id]);
    const notDone = await request(app.http).get(`/exports/${id}/download`).set(bearer(app.keys.viewer));
    expect(notDone.status).toBe(409);
    expect(notDone.body.message).toMatch(/running/);

    await db.query(`UPDATE exports SET status = 'done', expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const [row] = await db.query(`SELECT file_path FROM exports WHERE id = $1`, [id]);
    expect(existsSync(row.file_path)).toBe(true);
    const status = await request(app.http).get(`/exports/${id}`).set(bearer(app.keys.viewer));
    expect(status.body).toMatchObject({ status: 'expired', downloadUrl: null });
    expect(existsSync(row.file_path)).toBe(false);
    const gone = await request(app.http).get(`/exports/${id}/download`).set(bearer(app.keys.viewer));
    expect(gone.status).toBe(410);
  });

  it("the workers' sweep expires due exports, deletes their files, and removes abandoned temporary files", async () => {
    const created = await data.postExport({ format: 'claimreview', filters: { speaker: marker } });
    const id = created.body.id;
    const [row] = await waitFor(async () => {
      const rows = await db.query(`SELECT status, file_path FROM exports WHERE id = $1`, [id]);
      return rows[0].status === 'done' ? rows : undefined;
    }, 60000, 'the export job');
    expect(JSON.parse(await readFile(row.file_path, 'utf8'))).toHaveLength(live().filter((s) => s.verdict).length);
    const abandoned = join(dirname(row.file_path), `.${id}.json.${marker}.tmp`);
    await writeFile(abandoned, 'partial');
    const longAgo = new Date(Date.now() - 48 * 3600_000);
    await utimes(abandoned, longAgo, longAgo);
    await db.query(`UPDATE exports SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);

    expect(await app.worker!.get(ExportCleanup).sweep()).toBeGreaterThanOrEqual(1);
    expect((await db.query(`SELECT status FROM exports WHERE id = $1`, [id]))[0].status).toBe('expired');
    expect(existsSync(row.file_path)).toBe(false);
    expect(existsSync(abandoned)).toBe(false);
  });

  it('quotes export writes the same CSV to a file and JSONL to stdout, and exits 2 on a bad option', async () => {
    const root = join(__dirname, '..', '..');
    const quotes = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'quotes.js'), 'export', ...args], { cwd: root, env: process.env, encoding: 'utf8' });
    const out = join(tmpdir(), `qt-export-cli-${marker}.csv`);
    try {
      const toFile = quotes(['--format', 'csv', '--speaker', marker, '-o', out]);
      expect(toFile.stderr).toContain(`${live().length} statement(s) as csv to ${out}`);
      expect(toFile.status).toBe(0);
      expect(await readFile(out, 'utf8')).toBe((await exportText({ format: 'csv', speaker: marker })).body);
    } finally {
      await rm(out, { force: true });
    }
    const toStdout = quotes(['--format', 'jsonl', '--speaker', marker, '--type', 'direct']);
    expect(toStdout.status).toBe(0);
    expect(toStdout.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(live().filter((s) => s.type === 'direct').map((s) => s.id));
    const bad = quotes(['--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^quotes export: --format: format must be one of csv, jsonl, claimreview/);
    // Three CLI processes, each compiling the TypeScript sources when no fresh build exists.
  }, 240000);

  it('documents the export endpoints in the OpenAPI document', async () => {
    const res = await request(app.http).get('/docs-json');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/exports/statements', '/exports', '/exports/{id}', '/exports/{id}/download']));
    expect(res.body.paths['/exports'].post.description).toMatch(/viewer/);
    expect(Object.keys(res.body.paths['/exports/{id}/download'].get.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404', '409', '410']));
  });
});
