import { AppConfig, loadConfig } from '../config/app-config';
import { runMigrations } from '../database/migrate';
import { openDatabase, planDatabase } from './resolve-database';
import { QueueTarget, resolveQueue } from './resolve-queue';
import { DEFAULT_REDIS_URL, ServiceTargets } from '../config/service-targets';
import { startUpLines } from './start-up-lines';
import { waitForPostgres, waitForRedis } from './wait-for-dependencies';

export interface PreparedProcess {
  config: AppConfig;
  targets: ServiceTargets;
  /** Leaves the embedded database, if one is used; call after the app closed. */
  release(): Promise<void>;
}

/**
 * What the API and worker processes do before Nest starts: read the configuration once, resolve which
 * servers to use and say so, wait for them (a process started before its database or Redis waits
 * instead of exiting), and bring the schema up to date.
 */
export async function prepareProcess(role: 'api' | 'worker', options: { announce: boolean }): Promise<PreparedProcess> {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const queue = role === 'worker' ? workerQueue(config) : await resolveQueue(config);
  const plan = await planDatabase(config);
  if (options.announce) for (const line of startUpLines(plan, queue)) log(line);
  const database = await openDatabase(plan, config, log);
  try {
    await waitForPostgres(database.url, log);
    if (queue.redisUrl) await waitForRedis(queue.redisUrl, log);
    await runMigrations(database.url);
  } catch (err) {
    await database.release();
    throw err;
  }
  return { config, targets: new ServiceTargets(database.url, queue.driver, queue.redisUrl), release: () => database.release() };
}

/** A worker exists to run BullMQ jobs: it always uses Redis, and waits for it. */
function workerQueue(config: AppConfig): QueueTarget {
  if (config.QUEUE_DRIVER === 'inline') throw new Error('QUEUE_DRIVER=inline: jobs run inside the API process, which needs no worker');
  const url = config.REDIS_URL ?? DEFAULT_REDIS_URL;
  return { driver: 'bullmq', redisUrl: url, description: `jobs: BullMQ on Redis at ${new URL(url).host}` };
}
