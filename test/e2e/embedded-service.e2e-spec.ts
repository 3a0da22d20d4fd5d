import { ChildProcess, spawn, spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Client } from 'pg';
import { openEmbeddedPostgres } from '../../src/database/embedded/embedded-postgres';
import { uniqueSuffix } from './support/fixtures';
import { waitFor } from './support/test-app';
import { exited } from './support/worker-process';

const ROOT = join(__dirname, '..', '..');

/**
 * `npm start` with no PostgreSQL and no Redis: the embedded database in a scratch folder, jobs in the
 * API process, and REDIS_URL pointing where nothing listens, to show nothing talks to Redis.
 */
describe('the service on the embedded database, without Redis (e2e)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'qt-embedded-'));
  // The server runs as the unprivileged user "postgres" when the tests run as root: it must reach the folder.
  chmodSync(folder, 0o755);
  const dataDir = join(folder, 'pgdata');
  const marker = uniqueSuffix();
  let port: number;
  let env: NodeJS.ProcessEnv;
  let service: { child: ChildProcess; output: () => string } | undefined;
  let key: string;
  let articleId: string;

  const api = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${port}${path}`, { ...init, headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...init.headers } });
  const getJson = async (path: string): Promise<any> => (await api(path)).json();
  const quotes = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'quotes.js'), ...args], { cwd: ROOT, env, encoding: 'utf8' });

  beforeAll(async () => {
    port = await freePort();
    env = {
      ...process.env,
      DATABASE_URL: 'embedded',
      QUEUE_DRIVER: 'inline',
      REDIS_URL: 'redis://127.0.0.1:1',
      EMBEDDED_DATABASE_DIR: dataDir,
      EXPORT_DIR: join(folder, 'exports'),
      PORT: String(port),
      LOG_LEVEL: 'warn',
    };
  });

  afterAll(async () => {
    if (service) await stopService(service.child);
    // A failed test may leave the server of the scratch folder running: the CLI joins it and, last out, stops it.
    if (existsSync(join(dataDir, 'postmaster.pid'))) quotes(['keys', 'list']);
    rmSync(folder, { recursive: true, force: true });
  });

  it('starts, naming the embedded database and in-process jobs on its first lines', async () => {
    service = await startService(env);
    const lines = service.output().split('\n');
    expect(lines[0]).toBe(`database: embedded PostgreSQL 16 in ${dataDir} (DATABASE_URL=embedded)`);
    expect(lines[1]).toBe('jobs: in process, no Redis (QUEUE_DRIVER=inline)');
    expect(lines[2]).toMatch(/^to use your own servers: set DATABASE_URL=postgres:\/\/.* and REDIS_URL=redis:\/\//);
    expect(service.output()).toContain(`creating the embedded PostgreSQL 16 cluster in ${dataDir}`);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(true);
  });

  it('takes a key from the CLI while the service runs, ingests, and stores statements linked to their speaker', async () => {
    const created = quotes(['keys', 'create', '--role', 'admin', '--name', 'embedded e2e']);
    expect(created.status).toBe(0);
    key = created.stdout.trim().split('\n').pop()!;
    const text = [
      'date 2025-03-14',
      `Губернатор Приморской области Олег Савин заявил журналистам, что переговоры о строительстве грузового терминала ${marker} завершатся летом.`,
      '',
      '«Терминал откроют до конца года, денег хватит», — сказал Савин.',
    ].join('\n');
    const posted = await api('/articles', { method: 'POST', body: JSON.stringify({ text }) });
    expect(posted.status).toBe(202);
    articleId = ((await posted.json()) as { id: string }).id;
    const article = await waitFor(
      async () => {
        const body = await getJson(`/articles/${articleId}`);
        return ['done', 'failed'].includes(body.status) ? body : undefined;
      },
      60000,
      'the article to be processed',
    );
    expect(article.status).toBe('done');
    expect(article.statements).toHaveLength(2);
    const speakerIds = new Set(article.statements.map((s: any) => s.speaker.id));
    expect(speakerIds.size).toBe(1);
    const speaker = await getJson(`/speakers/${[...speakerIds][0]}`);
    expect(speaker).toMatchObject({ name: 'Олег Савин', statementCount: 2 });
  });

  it('searches by lemmas and finds speakers by any case and script', async () => {
    const found = await getJson(`/statements/search?q=${encodeURIComponent(`переговоров ${marker}`)}`);
    expect(found.items).toHaveLength(1);
    expect(found.items[0].highlight).toContain('<mark>переговоры</mark>');
    expect((await getJson(`/speakers?q=${encodeURIComponent('Савину')}`)).items[0]).toMatchObject({ name: 'Олег Савин' });
    // The bundled registry was imported into the embedded database at start.
    for (const typed of ['токаеву', 'Тоқаев', 'Tokayev']) {
      const speakers = await getJson(`/speakers?q=${encodeURIComponent(typed)}`);
      expect(speakers.items[0]).toMatchObject({ name: 'Касым-Жомарт Токаев' });
    }
  });

  it('exports CSV over HTTP and JSONL from the CLI while the service runs', async () => {
    const csv = await api(`/exports/statements?format=csv&articleId=${articleId}`);
    expect(csv.status).toBe(200);
    const rows = parseCsv(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.article_id === articleId && r.speaker_name === 'Олег Савин')).toBe(true);

    const jsonl = quotes(['export', '--format', 'jsonl', '--article', articleId]);
    expect(jsonl.status).toBe(0);
    const records = jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(records.some((r) => r.quote.includes(`грузового терминала ${marker}`))).toBe(true);
    // The CLI joined the service's server and left it running.
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(true);
  });

  it('stops the embedded server cleanly on SIGTERM; the CLI then starts and stops it by itself', async () => {
    expect(await stopService(service!.child)).toBe(0);
    service = undefined;
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    const listed = quotes(['keys', 'list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('embedded e2e');
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('restarts over a stale lock left by a killed run, finds the data still there and finishes an article left half done', async () => {
    // As if the service had stopped between extraction's start and its end: the article is only ingested.
    const database = await openEmbeddedPostgres({ dataDir, database: 'quote_tracker', log: () => undefined });
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`DELETE FROM statements WHERE article_id = $1`, [articleId]);
    await client.query(`UPDATE articles SET status = 'ingested' WHERE id = $1`, [articleId]);
    await client.end();
    await database.release();
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    // A lock whose pid is now an unrelated live process, as after a crash or a container restart.
    writeFileSync(join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n1796290995\n54329\n\n127.0.0.1\n  0 0\nready   \n`);
    service = await startService(env);
    expect(service.output()).toContain(`removed the stale lock of an embedded PostgreSQL that did not stop cleanly (pid ${process.pid})`);
    // In-process jobs survive a restart: PostgreSQL is the record and the API's reconciler queues the rest.
    const article = await waitFor(
      async () => {
        const body = await getJson(`/articles/${articleId}`);
        return body.status === 'done' ? body : undefined;
      },
      60000,
      'the half-done article to be finished after the restart',
    );
    expect(article.statements).toHaveLength(2);
    const found = await getJson(`/statements/search?q=${encodeURIComponent(`терминалы ${marker}`)}`);
    expect(found.items.length).toBeGreaterThanOrEqual(1);
  });
});

function startService(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'start.js'), 'all'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}:\n${output}`);
      return /API on/.test(output) ? { child, output: () => output } : undefined;
    },
    120000,
    'the service to listen',
  );
}

async function stopService(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  child.kill('SIGTERM');
  return exited(child);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
