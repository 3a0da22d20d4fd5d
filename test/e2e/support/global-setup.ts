import { runMigrations } from '../../../src/database/migrate';
import { newRunIdentity } from './test-environment';

/**
 * Creates this run's database, applies the migrations, and hands its address to the tests through the
 * environment. The e2e and browser projects share one database per run: whichever setup runs first creates it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_DATABASE_NAME) return;
  const run = newRunIdentity();
  process.env.DATABASE_URL = run.databaseUrl;
  process.env.QUEUE_PREFIX = run.queuePrefix;
  process.env.E2E_DATABASE_NAME = run.databaseName;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  process.env.JOB_BACKOFF_MS = process.env.JOB_BACKOFF_MS ?? '200';
  process.env.JOB_ATTEMPTS = process.env.JOB_ATTEMPTS ?? '3';
  process.env.WORKER_LOCK_MS = process.env.WORKER_LOCK_MS ?? '3000';
  process.env.EXPORT_DIR = process.env.EXPORT_DIR ?? `/tmp/${run.databaseName}-exports`;
  await runMigrations(run.databaseUrl);
}
