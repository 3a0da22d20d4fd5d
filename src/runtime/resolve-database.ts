import { AppConfig } from '../config/app-config';
import { EMBEDDED_POSTGRES_MAJOR, openEmbeddedPostgres } from '../database/embedded/embedded-postgres';
import { DEFAULT_DATABASE_URL } from '../config/service-targets';
import { describeUrl, listens } from './tcp-probe';

/** Which database a process will use and why, decided before anything is started. */
export interface DatabasePlan {
  /** The start-up line naming the database and why it was chosen. */
  description: string;
  /** Undefined for the embedded server, whose address is known once it runs. */
  url: string | undefined;
  /** What DATABASE_URL child processes get, so they make the same choice without probing again. */
  settingForChildren: string;
}

export interface DatabaseTarget {
  plan: DatabasePlan;
  url: string;
  /** Leaves the embedded server (stopping it when no other process uses it); nothing for a real server. */
  release(): Promise<void>;
}

/**
 * DATABASE_URL=postgres://… is used as it is; DATABASE_URL=embedded, or no DATABASE_URL and nothing
 * listening at the default address, means the embedded PostgreSQL in EMBEDDED_DATABASE_DIR.
 */
export async function planDatabase(config: AppConfig): Promise<DatabasePlan> {
  const configured = config.DATABASE_URL;
  if (configured && configured !== 'embedded') return realServer(configured, 'DATABASE_URL');
  if (!configured && (await listens('127.0.0.1', 5432))) return realServer(DEFAULT_DATABASE_URL, 'the default; DATABASE_URL unset');
  const reason = configured ? 'DATABASE_URL=embedded' : 'no DATABASE_URL and nothing at 127.0.0.1:5432';
  return { description: `database: embedded PostgreSQL ${EMBEDDED_POSTGRES_MAJOR} in ${config.EMBEDDED_DATABASE_DIR} (${reason})`, url: undefined, settingForChildren: 'embedded' };
}

/** Joins or starts the embedded server when the plan says so. */
export async function openDatabase(plan: DatabasePlan, config: AppConfig, log: (line: string) => void): Promise<DatabaseTarget> {
  if (plan.url) return { plan, url: plan.url, release: async () => undefined };
  const server = await openEmbeddedPostgres({ dataDir: config.EMBEDDED_DATABASE_DIR, database: 'quote_tracker', log });
  if (server.startedHere) log(`embedded PostgreSQL started on ${describeUrl(server.url).replace(/\/.*/, '')} (password in ${config.EMBEDDED_DATABASE_DIR}/quote-tracker-credentials.json)`);
  return { plan, url: server.url, release: () => server.release() };
}

export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseTarget> {
  return openDatabase(await planDatabase(config), config, log);
}

function realServer(url: string, reason: string): DatabasePlan {
  return { description: `database: PostgreSQL at ${describeUrl(url)} (${reason})`, url, settingForChildren: url };
}
