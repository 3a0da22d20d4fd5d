// npm run bench:grouping [-- --database NAME]
// Claim grouping alone on a database bench:search built (default qt_bench_search_1000000; a clone
// works as well): new articles of reprints and fresh quotes grouped as the link stage does, deleted
// afterwards. Its last line reads `claim grouping: <X> ms a statement`.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadavg } from 'os';
import { DataSource } from 'typeorm';
import { ApiModule } from '../src/app/api.module';
import { loadConfig } from '../src/config/app-config';
import { loadMorphology } from '../src/extraction/morphology';
import { DEFAULT_REDIS_URL, ServiceTargets } from '../src/config/service-targets';
import { BENCH_SERVER } from './bench-server';
import { measureGrouping } from './claim-grouping-measure';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--database');
  const name = i >= 0 ? process.argv[i + 1] : 'qt_bench_search_1000000';
  const url = `${BENCH_SERVER}/${name}`;
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`load average ${load()}\n`);
  const config = loadConfig({ ...process.env, DATABASE_URL: url, QUEUE_PREFIX: `bench-grouping-${process.pid}`, LOG_LEVEL: 'error' });
  const targets = new ServiceTargets(url, 'bullmq', config.REDIS_URL ?? DEFAULT_REDIS_URL);
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config, targets), { logger: ['error'] });
  try {
    const ds = app.get(DataSource);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM statements`);
    const [big] = await ds.query(`SELECT claim_id AS id, count(*)::int AS n FROM statements WHERE claim_id IS NOT NULL GROUP BY claim_id ORDER BY n DESC LIMIT 1`);
    const grouping = await measureGrouping(ds, app, await loadMorphology(), big.id as string);
    process.stdout.write(
      `${n} statements stored; a reprint joining the ${big.n + 1}-appearance claim ${grouping.bigClaim.toFixed(1)} ms, one becoming a 2nd appearance ${grouping.second.toFixed(1)} ms; ${grouping.grouped} of ${grouping.statements} joined a claim; load average ${load()}\n`,
    );
    process.stdout.write(`claim grouping: ${grouping.perStatement.toFixed(2)} ms a statement\n`);
  } finally {
    await app.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench:grouping failed: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
