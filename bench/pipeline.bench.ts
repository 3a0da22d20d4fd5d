// npm run bench:pipeline [-- --articles N] [--warmup M] [--batch B] [--workers W] [--database NAME] [--source corpus] [--stories S]
// Runs the service as `npm start` does (API and worker processes, BullMQ on Redis, PostgreSQL), posts N
// generated articles through POST /articles/batch in batches and times them until every one is `done`
// (or failed/duplicate), after M warm-up articles of other stories (default 200, not counted: a fresh
// worker's morphology memos start empty, and the targets are for a warm service). Without --database
// it works on a scratch database made for the run and dropped after it; with --database NAME on that
// database as it is (e.g. a clone of the search benchmark's million statements: CREATE DATABASE
// qt_bench_pipeline TEMPLATE qt_bench_search_1000000, then ANALYZE), whose new articles are left in
// it. Prints where it reaches PostgreSQL, when all were accepted, ingested, extracted and done, each
// stage's time (the job returns them) and the queue wait, the processes' CPU, and last
// `pipeline: <X> articles/s`.
import { ChildProcess, spawn } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { createServer } from 'net';
import { cpus, loadavg } from 'os';
import { join } from 'path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { loadMorphology } from '../src/extraction/morphology';
import { BENCH_SERVER, withMaintenanceClient } from './bench-server';
import { describeUrl } from '../src/runtime/tcp-probe';
import { BenchArticle, BenchFeed } from './pipeline-articles';
import { argument, percentile, positiveInteger } from './bench-args';

const ROOT = join(__dirname, '..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const POLL_MS = 100;
const FINAL = ['done', 'failed', 'duplicate'];
/** Statuses past each stage: an article counts as ingested once it is ingested or anything later. */
const PAST: Record<string, string[]> = {
  ingested: ['ingested', 'extracted', ...FINAL],
  extracted: ['extracted', ...FINAL],
  done: FINAL,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs a command of the project to its end; its stdout. */
function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}: ${err || out}`))));
  });
}

/** `npm start`'s supervisor; resolves once each of its `workers` says it runs. */
function startService(env: NodeJS.ProcessEnv, workers: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'start.js'), 'all'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start in time:\n${output}`)), 120000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (process.env.BENCH_SERVICE_LOG) process.stderr.write(chunk);
      if ((output.match(/worker running/g) ?? []).length >= workers) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited with ${code}:\n${output}`));
    });
  });
}

/** CPU seconds (user + system) of a process, from /proc. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The service's API and worker processes: the supervisor's children, named by their command line. */
function serviceProcesses(supervisorPid: number): Array<{ name: string; pid: number }> {
  const children = readFileSync(`/proc/${supervisorPid}/task/${supervisorPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return children.map((pid) => {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return { name: cmd.includes('worker') ? 'worker' : cmd.includes('api') ? 'api' : cmd.join(' '), pid };
  });
}

/** Total CPU seconds of the PostgreSQL server's processes (the postmaster's children). */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const pid of readdirNumeric('/proc')) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (comm === 'postgres' || comm.startsWith('postgres')) total += cpuSeconds(pid);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

function readdirNumeric(dir: string): number[] {
  return readdirSync(dir).filter((n) => /^\d+$/.test(n)).map(Number);
}

/** Posts articles through POST /articles/batch and polls until every one is final; when each milestone was passed, in seconds. */
async function postAndWait(
  articles: BenchArticle[],
  run: { port: number; key: string; batch: number; afterSeq: string; db: Client },
): Promise<{ milestones: Record<string, number>; counts: Record<string, number> }> {
  const { port, key, batch, afterSeq, db } = run;
  const total = articles.length;
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const milestones: Record<string, number> = {};
  const posting = (async () => {
    for (let i = 0; i < total; i += batch) {
      const res = await fetch(`http://127.0.0.1:${port}/articles/batch`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ articles: articles.slice(i, i + batch) }),
      });
      if (res.status !== 202 && res.status !== 201) throw new Error(`POST /articles/batch: HTTP ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
    milestones.accepted = seconds();
  })();
  let postingError: unknown = null;
  posting.catch((err) => (postingError = err));

  let counts: Record<string, number> = {};
  for (;;) {
    if (postingError) throw postingError;
    const { rows } = await db.query(`SELECT status, count(*)::int AS n FROM articles WHERE seq > $1 GROUP BY status`, [afterSeq]);
    counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    for (const [milestone, statuses] of Object.entries(PAST)) {
      if (milestones[milestone] === undefined && statuses.reduce((s, st) => s + (counts[st] ?? 0), 0) >= total) milestones[milestone] = seconds();
    }
    if (milestones.done !== undefined) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  await posting;
  return { milestones, counts };
}

async function main(): Promise<void> {
  const total = positiveInteger('--articles', 2000);
  const batch = positiveInteger('--batch', 100);
  const workers = positiveInteger('--workers', Number(process.env.WORKER_PROCESSES ?? 1));
  const stories = positiveInteger('--stories', 600);
  const warmup = Number(argument('--warmup') ?? 200);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup needs a whole number');
  const kept = argument('--database');
  const corpusDir = argument('--source') === 'corpus' ? join(ROOT, '..', 'shared', 'corpus', 'dev') : null;
  if (corpusDir && !existsSync(corpusDir)) throw new Error(`--source corpus needs ${corpusDir}`);
  const name = kept ?? `qt_bench_pipeline_${process.pid}`;
  const url = `${BENCH_SERVER}/${name}`;
  const log = (line: string) => process.stdout.write(line + '\n');
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  log(`load average ${load()} on ${cpus().length} cores`);
  log(`PostgreSQL at ${describeUrl(BENCH_SERVER)} (BENCH_DATABASE_SERVER to choose another)`);

  if (!kept) await withMaintenanceClient((c) => c.query(`CREATE DATABASE "${name}"`));
  const prefix = `bench-pipeline-${process.pid}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    REDIS_URL,
    QUEUE_DRIVER: 'bullmq',
    QUEUE_PREFIX: prefix,
    WORKER_PROCESSES: String(workers),
    RATE_LIMIT_PER_MINUTE: '10000000',
    LOG_LEVEL: 'warn',
  };
  const db = new Client({ connectionString: url });
  let service: ChildProcess | null = null;
  try {
    await runToEnd([join(ROOT, 'bin', 'start.js'), 'migrate'], env);
    await db.connect();
    const [{ n: stored }] = (await db.query(`SELECT count(*)::int AS n FROM statements`)).rows;
    log(`database ${name}: ${stored} statements stored${kept ? '' : ' (scratch, dropped after the run)'}`);
    const key = (await runToEnd([join(ROOT, 'bin', 'quotes.js'), 'keys', 'create', '--role', 'editor', '--name', 'bench:pipeline'], env)).trim().split('\n').pop()!;

    const morph = await loadMorphology();
    const seed = Date.now() % 1e9;
    const feed = new BenchFeed(morph, seed, stories, corpusDir);
    const runTag = `${process.pid}-${Date.now().toString(36)}`;
    const articles = Array.from({ length: total }, (_, i) => feed.article(i, runTag));
    log(`${total} articles generated from ${corpusDir ? 'the dev corpus' : `${stories} stories`}, ${(articles.reduce((s, a) => s + a.text.length, 0) / total).toFixed(0)} characters on average`);

    const port = await freePort();
    service = await startService({ ...env, PORT: String(port) }, workers);
    if (warmup) {
      // Dictionaries and memos of a fresh worker start cold: the run measures a worker that has seen the language.
      const warmFeed = new BenchFeed(morph, (seed + 7919) % 1e9, stories, corpusDir);
      const warmArticles = Array.from({ length: warmup }, (_, i) => warmFeed.article(i, `${runTag}-warm`));
      const [{ s: beforeWarmup }] = (await db.query(`SELECT coalesce(max(seq), 0)::text AS s FROM articles`)).rows;
      const warmStarted = Date.now();
      await postAndWait(warmArticles, { port, key, batch, afterSeq: beforeWarmup, db });
      log(`warm-up: ${warmup} articles of other stories done in ${((Date.now() - warmStarted) / 1000).toFixed(1)} s (not counted)`);
    }
    const processes = serviceProcesses(service.pid!);
    const [{ s: afterSeq }] = (await db.query(`SELECT coalesce(max(seq), 0)::text AS s FROM articles`)).rows;
    const cpuBefore = new Map(processes.map((p) => [p.pid, cpuSeconds(p.pid)]));
    const pgBefore = postgresCpuSeconds();

    const started = Date.now();
    const { milestones, counts } = await postAndWait(articles, { port, key, batch, afterSeq, db });
    const wall = milestones.done;
    // Per role: the workers' processes together.
    const cpu = new Map<string, { seconds: number; processes: number }>();
    for (const p of processes) {
      const role = cpu.get(p.name) ?? { seconds: 0, processes: 0 };
      cpu.set(p.name, { seconds: role.seconds + cpuSeconds(p.pid) - cpuBefore.get(p.pid)!, processes: role.processes + 1 });
    }
    const pgCpu = postgresCpuSeconds() - pgBefore;
    const loadAtEnd = load();

    const [{ statements, claimed, biggest }] = (
      await db.query(
        `SELECT count(*)::int AS statements, count(s.claim_id)::int AS claimed,
                coalesce(max(c.n), 0)::int AS biggest
           FROM statements s JOIN articles a ON a.id = s.article_id
           LEFT JOIN LATERAL (SELECT count(*) AS n FROM statements m WHERE m.claim_id = s.claim_id) c ON s.claim_id IS NOT NULL
          WHERE a.seq > $1`,
        [afterSeq],
      )
    ).rows;

    log('');
    log(`posted in batches of ${batch}, ${workers} worker process(es)`);
    log(`all accepted (202) after ${milestones.accepted.toFixed(1)} s`);
    for (const milestone of Object.keys(PAST)) log(`all ${milestone.padEnd(9)} after ${milestones[milestone].toFixed(1)} s`);
    log(`statuses: ${Object.entries(counts).map(([s, n]) => `${s} ${n}`).join(', ')}`);
    log(`statements: ${statements} (${(statements / total).toFixed(1)} an article), ${claimed} in claims, the biggest claim ${biggest} appearances`);
    log('');
    // One job carries an article through every stage and returns each stage's milliseconds.
    const took: Record<string, number[]> = { ingest: [], extract: [], link: [] };
    const waits: number[] = [];
    for (const stage of ['ingest', 'extract', 'link']) {
      const queue = new Queue(stage, { connection: { url: REDIS_URL }, prefix });
      try {
        for (const job of await queue.getJobs(['completed'], 0, -1)) {
          if (job.timestamp < started) continue; // a warm-up article's
          waits.push(((job.processedOn ?? 0) - job.timestamp) / 1000);
          for (const [name, ms] of Object.entries((job.returnvalue ?? {}) as Record<string, number>)) took[name]?.push(ms);
        }
      } finally {
        await queue.close();
      }
    }
    waits.sort((a, b) => a - b);
    log(`stage     articles  p50 ms  p95 ms   (a job waited p50 ${percentile(waits, 50).toFixed(1)} s, p95 ${percentile(waits, 95).toFixed(1)} s in the queue)`);
    for (const [stage, times] of Object.entries(took)) {
      times.sort((a, b) => a - b);
      log(`${stage.padEnd(9)} ${String(times.length).padStart(8)}  ${percentile(times, 50).toFixed(0).padStart(6)}  ${percentile(times, 95).toFixed(0).padStart(6)}`);
    }
    log('');
    for (const [name, p] of cpu) log(`${name} CPU ${p.seconds.toFixed(1)} s (${((p.seconds * 1000) / total).toFixed(1)} ms an article${p.processes > 1 ? `, ${p.processes} processes` : ''})`);
    log(`PostgreSQL CPU ${pgCpu.toFixed(1)} s (all its processes on the machine, other helpers' included)`);
    log(`load average at the end ${loadAtEnd}`);
    log(`pipeline: ${(total / wall).toFixed(1)} articles/s`);
  } finally {
    if (service && service.exitCode === null) {
      const exited = new Promise((r) => service!.once('exit', r));
      service.kill('SIGTERM');
      await exited;
    }
    await db.end().catch(() => undefined);
    for (const stage of ['ingest', 'extract', 'link', 'export']) {
      const queue = new Queue(stage, { connection: { url: REDIS_URL }, prefix });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    if (!kept) await withMaintenanceClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench:pipeline failed: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
