import { AppConfig } from '../config/app-config';
import { EMBEDDED_POSTGRES_MAJOR, openEmbeddedPostgres } from '../database/embedded/embedded-postgres';
import { DEFAULT_DATABASE_URL } from './service-targets';
import { describeUrl, listens } from './tcp-probe';

export interface DatabaseTarget {
  url: string;
  /** The start-up line naming the database and why it was chosen. */
  description: string;
  embedded: boolean;
  /** What DATABASE_URL child processes get, so they make the same choice without probing again. */
  settingForChildren: string;
  /** Leaves the embedded server (stopping it when no other process uses it); nothing for a real server. */
  release(): Promise<void>;
}

/**
 * DATABASE_URL=postgres://… is used as it is; DATABASE_URL=embedded, or no DATABASE_URL and nothing
 * listening at the default address, runs the embedded PostgreSQL in EMBEDDED_DATABASE_DIR.
 */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseTarget> {
  const configured = config.DATABASE_URL;
  if (configured && configured !== 'embedded') return realServer(configured, 'DATABASE_URL');
  if (!configured && (await listens('127.0.0.1', 5432))) return realServer(DEFAULT_DATABASE_URL, 'the default; DATABASE_URL unset');
  const reason = configured ? 'DATABASE_URL=embedded' : 'no DATABASE_URL and nothing at 127.0.0.1:5432';
  const server = await openEmbeddedPostgres({ dataDir: config.EMBEDDED_DATABASE_DIR, database: 'quote_tracker', log });
  return {
    url: server.url,
    description: `database: embedded PostgreSQL ${EMBEDDED_POSTGRES_MAJOR} in ${config.EMBEDDED_DATABASE_DIR} at ${describeUrl(server.url)} (${reason})`,
    embedded: true,
    settingForChildren: 'embedded',
    release: () => server.release(),
  };
}

function realServer(url: string, reason: string): DatabaseTarget {
  return { url, description: `database: PostgreSQL at ${describeUrl(url)} (${reason})`, embedded: false, settingForChildren: url, release: async () => undefined };
}
