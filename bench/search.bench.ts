// npm run bench:search [-- --statements N] [--rebuild] [--rounds R] [--lists-only] [--only TEXT]
// Builds (once) a scratch database of N statements (default 1,000,000; see search-build.ts), starts the
// real API on it and times GET requests as an editor would make them: search by word class, with
// filters, lists, speaker pages, claims and contradictions, p50/p95 per class; then claim grouping of
// new articles. A second run reuses the database. The last line reads
// `search at <N> statements: worst p95 <X> ms (<class>)`. --lists-only times the list classes alone
// (no search, facets or grouping), each path's p50 too, and ends on the lists' line. --only times the
// classes whose name holds TEXT the same way (e.g. `--only date`), for quick turns on one plan.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { cpus, loadavg } from 'os';
import { Client } from 'pg';
import { BENCH_SERVER, withMaintenanceClient } from './bench-server';
import { describeUrl } from '../src/runtime/tcp-probe';
import { DataSource } from 'typeorm';
import { ApiModule } from '../src/app/api.module';
import { configureApiApp } from '../src/app/configure-api-app';
import { ApiKeysService } from '../src/auth/api-keys.service';
import { loadConfig } from '../src/config/app-config';
import { runMigrations } from '../src/database/migrate';
import { loadMorphology } from '../src/extraction/morphology';
import { DEFAULT_REDIS_URL, ServiceTargets } from '../src/config/service-targets';
import { StatementIndexingService } from '../src/search/statement-indexing.service';
import { StatementSearchService } from '../src/search/statement-search.service';
import { BIG_CLAIM_APPEARANCES, buildSearchDatabase } from './search-build';
import { measureGrouping } from './claim-grouping-measure';
import { buildVocabulary, HEAD_LEMMAS } from './search-corpus';
import { argument, percentile, positiveInteger } from './bench-args';

const SEARCH_TARGET_MS = 30;
const LIST_TARGET_MS = 50;
const GROUPING_TARGET_MS = 5;

interface Meta {
  statements: number;
  head_frequency: number[];
  tail_frequency: number[];
}

async function readMeta(name: string): Promise<Meta | null> {
  const exists = await withMaintenanceClient((c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
  if (!exists.rowCount) return null;
  const client = new Client({ connectionString: `${BENCH_SERVER}/${name}` });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('bench_meta') AS t`);
    if (!table.rows[0].t) return null;
    const { rows } = await client.query('SELECT statements, head_frequency, tail_frequency FROM bench_meta');
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
}

interface ClassResult {
  name: string;
  group: 'search' | 'list';
  p50: number;
  p95: number;
  samples: number;
}

async function main(): Promise<void> {
  const statements = positiveInteger('--statements', 1_000_000);
  const rounds = positiveInteger('--rounds', 12);
  const only = argument('--only');
  const listsOnly = process.argv.includes('--lists-only') || only !== undefined;
  const name = process.env.BENCH_SEARCH_DATABASE ?? `qt_bench_search_${statements}`;
  const url = `${BENCH_SERVER}/${name}`;
  const log = (line: string) => process.stdout.write(line + '\n');
  log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  log(`PostgreSQL at ${describeUrl(BENCH_SERVER)} (BENCH_DATABASE_SERVER to choose another)`);

  let meta = process.argv.includes('--rebuild') ? null : await readMeta(name);
  if (!meta || meta.statements !== statements) {
    meta = null;
    await withMaintenanceClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
  await runMigrations(url);
  const config = loadConfig({ ...process.env, DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '10000000', QUEUE_PREFIX: `bench-search-${process.pid}`, LOG_LEVEL: 'error' });
  const targets = new ServiceTargets(url, 'bullmq', config.REDIS_URL ?? DEFAULT_REDIS_URL);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, targets), { logger: ['error'] });
  configureApiApp(app);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const ds = app.get(DataSource);
  try {
    const morph = await loadMorphology();
    if (!meta) {
      log(`building ${statements} statements in ${name} (reused by later runs; --rebuild to start over)`);
      const built = await buildSearchDatabase(ds, morph, statements, app.get(StatementIndexingService, { strict: false }), log);
      log(`build: ${built.seconds.toFixed(0)} s, of which search keys (the reindex path) ${built.indexSeconds.toFixed(0)} s = ${Math.round(statements / built.indexSeconds)} statements/s`);
      await ds.query(`CREATE TABLE bench_meta (statements int, head_frequency int[], tail_frequency int[])`);
      await ds.query(`INSERT INTO bench_meta VALUES ($1, $2, $3)`, [statements, built.headFrequency, built.tailFrequency]);
      meta = { statements, head_frequency: built.headFrequency, tail_frequency: built.tailFrequency };
    } else {
      log(`reusing ${name} (${statements} statements)`);
    }
    // What autovacuum does on a real server (it is off on the shared development one): without the
    // visibility map an index-only scan reads the heap anyway, and the build's search-key UPDATEs
    // leave a dead version of every row. Quick when nothing changed since the last run.
    await ds.query('VACUUM (ANALYZE)');

    const key = (await app.get(ApiKeysService, { strict: false }).create('viewer', 'bench:search')).key;
    const get = async (path: string): Promise<number> => {
      const started = process.hrtime.bigint();
      const res = await fetch(base + path, { headers: { Authorization: `Bearer ${key}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };

    const share = (n: number) => n / statements;
    const byShare = (lo: number, hi: number, count: number) =>
      HEAD_LEMMAS.map((lemma, rank) => ({ lemma, df: share(meta!.head_frequency[rank]) }))
        .filter((w) => w.df >= lo && w.df <= hi)
        .slice(0, count);
    const vocabulary = buildVocabulary(morph);
    const veryCommon = byShare(0.15, 1, 3);
    const common = byShare(0.05, 0.1, 3);
    const medium = byShare(0.01, 0.025, 3);
    const rare = vocabulary.tail
      .map((word, i) => ({ lemma: word, df: share(meta!.tail_frequency[i]) }))
      .filter((w) => w.df * statements >= 50 && w.df * statements <= 1000)
      .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 4)) === 0)
      .slice(0, 4);
    const describe = (ws: Array<{ lemma: string; df: number }>) => ws.map((w) => `${w.lemma} ${(w.df * 100).toFixed(w.df < 0.01 ? 3 : 1)}%`).join(', ');
    log(`very common: ${describe(veryCommon)}; common: ${describe(common)}; medium: ${describe(medium)}; rare: ${describe(rare)}`);

    const [top] = await ds.query(`SELECT speaker_id AS id, count(*)::int AS n FROM statements GROUP BY speaker_id ORDER BY n DESC LIMIT 1`);
    const [middle] = await ds.query(`SELECT speaker_id AS id, count(*)::int AS n FROM statements GROUP BY speaker_id ORDER BY n DESC OFFSET 200 LIMIT 1`);
    const [outlet] = await ds.query(`SELECT id FROM outlets LIMIT 1`);
    const [big] = await ds.query(`SELECT claim_id AS id, count(*)::int AS n FROM statements WHERE claim_id IS NOT NULL GROUP BY claim_id ORDER BY n DESC LIMIT 1`);
    log(`speakers: top ${top.n} statements, 200th ${middle.n}; biggest claim ${big.n} appearances`);
    const q = (word: string, extra = '') => `/statements/search?q=${encodeURIComponent(word)}${extra}`;
    if (!rare.length) rare.push({ lemma: vocabulary.tail[0], df: share(meta.tail_frequency[0]) });
    const classes: Array<{ name: string; group: 'search' | 'list'; paths: string[] }> = [
      { name: 'very common word', group: 'search', paths: veryCommon.map((w) => q(w.lemma)) },
      { name: 'common word', group: 'search', paths: common.map((w) => q(w.lemma)) },
      { name: 'medium word', group: 'search', paths: medium.map((w) => q(w.lemma)) },
      { name: 'rare word', group: 'search', paths: rare.map((w) => q(w.lemma)) },
      {
        name: 'phrase (two words)',
        group: 'search',
        paths: [q(`${veryCommon[0].lemma} ${common[0].lemma}`), q(`${common[1].lemma} ${medium[0].lemma}`), q(`${medium[1].lemma} ${medium[2].lemma}`)],
      },
      {
        name: 'word + speaker filter',
        group: 'search',
        paths: [q(veryCommon[1].lemma, `&speakerId=${top.id}`), q(medium[0].lemma, `&speakerId=${top.id}`), q(common[0].lemma, `&speakerId=${middle.id}`)],
      },
      {
        name: 'word + date range',
        group: 'search',
        paths: [q(veryCommon[0].lemma, '&from=2022-03-01&to=2022-05-31'), q(medium[1].lemma, '&from=2021-01-01&to=2021-12-31'), q(rare[0].lemma, '&from=2020-01-01&to=2023-12-31')],
      },
      { name: 'statements list', group: 'list', paths: ['/statements?limit=20', `/statements?speakerId=${top.id}`, `/statements?outlet=${outlet.id}`] },
      {
        name: 'speaker page',
        group: 'list',
        paths: [`/speakers/${top.id}/statements`, `/speakers/${top.id}/statements?topic=${encodeURIComponent(common[0].lemma)}`, `/speakers/${middle.id}/statements?topic=${encodeURIComponent(medium[0].lemma)}`],
      },
      { name: 'claims', group: 'list', paths: ['/claims?limit=50', `/claims?speakerId=${top.id}&limit=50`, `/claims/${big.id}`] },
      { name: 'contradictions', group: 'list', paths: [`/speakers/${top.id}/contradictions`, `/speakers/${middle.id}/contradictions`] },
    ];

    const timed = only !== undefined ? classes.filter((c) => c.name.includes(only)) : listsOnly ? classes.filter((c) => c.group === 'list') : classes;
    for (const c of timed) for (const path of c.paths) await get(path); // warm-up
    const results: ClassResult[] = [];
    for (const c of timed) {
      const times: number[] = [];
      const byPath = new Map<string, number[]>(c.paths.map((path) => [path, []]));
      for (let r = 0; r < rounds; r++) {
        for (const path of c.paths) {
          const ms = await get(path);
          times.push(ms);
          byPath.get(path)!.push(ms);
        }
      }
      times.sort((a, b) => a - b);
      if (listsOnly) for (const [path, ms] of byPath) log(`  ${path.padEnd(70)} p50 ${percentile(ms.sort((a, b) => a - b), 50).toFixed(1)} ms`);
      results.push({ name: c.name, group: c.group, p50: percentile(times, 50), p95: percentile(times, 95), samples: times.length });
    }

    const search = app.get(StatementSearchService, { strict: false });
    const facetShare = listsOnly ? null : await measureFacetShare(search, [...veryCommon, ...common, ...medium, ...rare].map((w) => w.lemma), rounds);

    log('');
    log(`class                    p50 ms   p95 ms   target`);
    for (const r of results) {
      const target = r.group === 'search' ? SEARCH_TARGET_MS : LIST_TARGET_MS;
      log(`${r.name.padEnd(24)} ${r.p50.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(7)}   ${r.p95 <= target ? 'ok' : 'OVER'} (<= ${target}) [${r.samples} requests]`);
    }
    if (facetShare !== null) {
      log(`single words through the search service alone (no HTTP, no key check): p50 ${facetShare.p50.toFixed(1)} ms, p95 ${facetShare.p95.toFixed(1)} ms`);
      log(`facets: ${(facetShare.share * 100).toFixed(0)}% of the search service's time`);
    }

    if (only !== undefined) {
      log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      return;
    }
    const worstList = results.filter((r) => r.group === 'list').reduce((a, b) => (b.p95 > a.p95 ? b : a));
    if (listsOnly) {
      log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      log(`lists at ${statements} statements: worst p95 ${worstList.p95.toFixed(1)} ms (${worstList.name})`);
      return;
    }
    const grouping = await measureGrouping(ds, app, morph, big.id as string);
    log(
      `claim grouping: ${grouping.perStatement.toFixed(2)} ms a statement over ${grouping.statements} new statements (${grouping.grouped} joined a claim)` +
        `  [${grouping.perStatement <= GROUPING_TARGET_MS ? 'ok' : 'OVER'}: <= ${GROUPING_TARGET_MS}]; a reprint joining the ${BIG_CLAIM_APPEARANCES + 1}-appearance claim ${grouping.bigClaim.toFixed(1)} ms, one becoming a 2nd appearance ${grouping.second.toFixed(1)} ms`,
    );

    const worst = results.filter((r) => r.group === 'search').reduce((a, b) => (b.p95 > a.p95 ? b : a));
    log(`lists at ${statements} statements: worst p95 ${worstList.p95.toFixed(1)} ms (${worstList.name})`);
    log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    log(`search at ${statements} statements: worst p95 ${worst.p95.toFixed(1)} ms (${worst.name})`);
  } finally {
    await app.close();
  }
}

/** Share of the search service's time that goes to facets, when the service reports the two apart. */
async function measureFacetShare(search: StatementSearchService, words: string[], rounds: number): Promise<{ share: number; p50: number; p95: number } | null> {
  const timed = search as unknown as { lastTimings?: { pageMs: number; facetsMs: number } };
  let page = 0;
  let facets = 0;
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of words) {
      const started = process.hrtime.bigint();
      await search.search({ q, limit: 50 } as never);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!timed.lastTimings) return null;
      page += timed.lastTimings.pageMs;
      facets += timed.lastTimings.facetsMs;
    }
  }
  times.sort((a, b) => a - b);
  return { share: facets / (page + facets), p50: percentile(times, 50), p95: percentile(times, 95) };
}

main().catch((err: Error) => {
  process.stderr.write(`bench:search failed: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
