import { ChildProcess } from 'child_process';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BullMqJobQueue } from '../../src/queue/bullmq-job-queue';
import { fixtureArticle, uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp, waitFor } from './support/test-app';
import { TestData } from './support/test-data';
import { exited, spawnWorker } from './support/worker-process';

/** Workers as separate processes: one killed mid-job, one stopped with SIGTERM. */
describe('worker failures (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let queue: BullMqJobQueue;
  const workers: ChildProcess[] = [];
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = app.api.get(DataSource);
    data = new TestData(app);
    queue = app.api.get(BullMqJobQueue);
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await data.cleanup();
    await app.close();
  });

  /** A long article, so that its extract job runs long enough to be interrupted. */
  function longArticle(): string {
    const base = fixtureArticle('governor-interview.txt').split('\n').slice(1).join('\n');
    // Every paragraph carries the run-unique mark: very long bodies are truncated, and a short
    // first line would be taken for the headline.
    const mark = uniqueSuffix();
    const parts = ['date 2025-07-09'];
    for (let i = 0; parts.join('\n').length < 1_500_000; i++) parts.push(base.replace(/реку/g, `реку № ${mark}-${i}`));
    return parts.join('\n\n');
  }

  async function postAndWaitForActiveExtract(text: string): Promise<string> {
    const res = await request(app.http).post('/articles').set(bearer(app.keys.editor)).send({ text });
    expect(res.status).toBe(202);
    data.articles.push(res.body.id);
    // A job carries the article through every stage: ingested with a job running means extraction runs.
    await waitFor(
      async () => {
        const d = await queue.depths();
        const status = await statusOf(res.body.id);
        if (process.env.E2E_WORKER_LOG) console.log(JSON.stringify(d), status);
        return status === 'ingested' && d.ingest.active + d.extract.active > 0 ? true : undefined;
      },
      120000,
      'extraction to start',
    );
    return res.body.id;
  }

  async function statusOf(id: string): Promise<string> {
    return (await db.query('SELECT status FROM articles WHERE id = $1', [id]))[0].status;
  }

  it('a worker killed mid-job leaves no duplicates after the retry', async () => {
    const first = await spawnWorker({ WORKER_LOCK_MS: '2000' });
    workers.push(first);
    const id = await postAndWaitForActiveExtract(longArticle());
    first.kill('SIGKILL');
    await exited(first);
    expect(await statusOf(id)).toBe('ingested');

    const second = await spawnWorker({ WORKER_LOCK_MS: '2000' });
    workers.push(second);
    await waitFor(async () => ((await statusOf(id)) === 'done' ? true : undefined), 90000, 'the retried article to finish');
    const [counts] = await db.query(
      `SELECT count(*)::int AS total,
              count(DISTINCT (start_offset, end_offset, cue, speaker_name))::int AS distinct_statements
         FROM statements WHERE article_id = $1`,
      [id],
    );
    expect(counts.total).toBeGreaterThan(0);
    expect(counts.total).toBe(counts.distinct_statements);
    second.kill('SIGTERM');
    await exited(second);
  }, 300000);

  it('a worker stopped with SIGTERM finishes its job before it exits', async () => {
    const worker = await spawnWorker({ WORKER_LOCK_MS: '30000' });
    workers.push(worker);
    const id = await postAndWaitForActiveExtract(longArticle());
    worker.kill('SIGTERM');
    expect(await exited(worker)).toBe(0);
    // The running job finished extracting (and went on to link) before the worker exited.
    expect(['extracted', 'done']).toContain(await statusOf(id));
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM statements WHERE article_id = $1', [id]);
    expect(n).toBeGreaterThan(0);
  }, 300000);
});
