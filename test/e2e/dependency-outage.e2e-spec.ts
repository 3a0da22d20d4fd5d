import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import request from 'supertest';
import { fixtureArticle, uniqueSuffix } from './support/fixtures';
import { TcpProxy } from './support/tcp-proxy';
import { bearer, startTestApp, TestApp, waitFor } from './support/test-app';
import { TestData } from './support/test-data';
import { exited } from './support/worker-process';

const ROOT = join(__dirname, '..', '..');

/** Processes that start while PostgreSQL or Redis is away wait for it; /health names what is down. */
describe('PostgreSQL or Redis unreachable (e2e)', () => {
  let app: TestApp;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  it('a worker started while PostgreSQL is unreachable says what it waits for, then processes the articles accepted meanwhile', async () => {
    const real = new URL(process.env.DATABASE_URL!);
    const proxy = await TcpProxy.reserve({ host: real.hostname, port: Number(real.port || 5432) });
    const throughProxy = new URL(real.toString());
    throughProxy.port = String(proxy.port);
    const worker = spawn(process.execPath, [join(ROOT, 'bin', 'start.js'), 'worker'], {
      env: { ...process.env, DATABASE_URL: throughProxy.toString() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitFor(async () => (/waiting for PostgreSQL/.test(output) ? true : undefined), 60000, 'the worker to say it waits for PostgreSQL');
      const waitLines = output.split('\n').filter((l) => l.includes('waiting for PostgreSQL'));
      expect(waitLines).toHaveLength(1);
      expect(waitLines[0]).toContain(`127.0.0.1:${proxy.port}`);
      expect(worker.exitCode).toBeNull();

      const text = `${fixtureArticle('governor-interview.txt')}\nВыпуск ${uniqueSuffix()}.`;
      const posted = await data.postArticle({ text });
      expect(posted.status).toBe(202);

      await proxy.open();
      await waitFor(async () => (/worker running/.test(output) ? true : undefined), 60000, `the worker to start:\n${output}`);
      const done = await waitFor(
        async () => {
          const res = await request(app.http).get(`/articles/${posted.body.id}`).set(bearer(app.keys.viewer));
          return res.body.status === 'done' ? res.body : undefined;
        },
        90000,
        'the article to be processed',
      );
      expect(done.statements.length).toBeGreaterThan(0);
    } finally {
      await stop(worker);
      await proxy.close();
    }
  });

  it('/health answers 503 naming PostgreSQL when the database does not answer', async () => {
    const real = new URL(process.env.DATABASE_URL!);
    const proxy = await TcpProxy.reserve({ host: real.hostname, port: Number(real.port || 5432) });
    await proxy.open();
    const throughProxy = new URL(real.toString());
    throughProxy.port = String(proxy.port);
    const cut = await withEnvironment({ DATABASE_URL: throughProxy.toString() }, () => startTestApp({ worker: false }));
    try {
      expect((await request(cut.http).get('/health')).status).toBe(200);
      await proxy.close();
      const res = await request(cut.http).get('/health');
      expect(res.status).toBe(503);
      expect(res.body.error.postgres.status).toBe('down');
      expect(res.body.error.redis).toBeUndefined();
    } finally {
      await proxy.open();
      await cut.close();
      await proxy.close();
    }
  });

  it('/health answers 503 naming Redis when the queue does not answer', async () => {
    const real = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const proxy = await TcpProxy.reserve({ host: real.hostname, port: Number(real.port || 6379) });
    await proxy.open();
    const cut = await withEnvironment({ REDIS_URL: `redis://127.0.0.1:${proxy.port}` }, () => startTestApp({ worker: false }));
    try {
      expect((await request(cut.http).get('/health')).status).toBe(200);
      await proxy.close();
      const res = await request(cut.http).get('/health');
      expect(res.status).toBe(503);
      expect(res.body.error.redis).toMatchObject({ status: 'down', message: expect.any(String) });
      expect(res.body.error.postgres).toBeUndefined();
    } finally {
      await proxy.open();
      await cut.close();
      await proxy.close();
    }
  });
});

async function withEnvironment<T>(values: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  Object.assign(process.env, values);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await exited(child);
}
