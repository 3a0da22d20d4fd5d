import IORedis from 'ioredis';
import { Client } from 'pg';
import { describeUrl } from './tcp-probe';

const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 10_000;

/** Errors that waiting does not cure: wrong credentials, a refused role. */
const POSTGRES_FATAL = /^(28|42501)/;

/**
 * Waits until PostgreSQL accepts a connection, retrying with exponential backoff. It says once, on
 * one line, what it waits for (again only if the reason changes) and when the wait is over, so a
 * process started before its database comes up instead of exiting.
 */
export async function waitForPostgres(url: string, log: (line: string) => void): Promise<void> {
  await waitFor(`PostgreSQL at ${describeUrl(url)}`, log, async () => {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      // The database itself is created at start (ensureDatabase): the server answering is enough.
      if (code === '3D000') return;
      if (POSTGRES_FATAL.test(code)) throw Object.assign(err as Error, { fatal: true });
      throw err;
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}

/** Waits until Redis answers PING, like waitForPostgres. */
export async function waitForRedis(url: string, log: (line: string) => void): Promise<void> {
  await waitFor(`Redis at ${describeUrl(url)}`, log, async () => {
    const redis = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000 });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      await redis.ping();
    } catch (err) {
      if (/NOAUTH|WRONGPASS|NOPERM/.test((err as Error).message)) throw Object.assign(err as Error, { fatal: true });
      throw err;
    } finally {
      redis.disconnect();
    }
  });
}

async function waitFor(what: string, log: (line: string) => void, attempt: () => Promise<void>): Promise<void> {
  const started = Date.now();
  let delay = FIRST_DELAY_MS;
  let lastReason: string | undefined;
  for (;;) {
    try {
      await attempt();
      if (lastReason !== undefined) log(`${what} answers after ${Math.round((Date.now() - started) / 1000)} s`);
      return;
    } catch (err) {
      if ((err as { fatal?: boolean }).fatal) throw err;
      const reason = (err as Error).message || String(err);
      if (reason !== lastReason) log(`waiting for ${what}: ${reason} (retrying with backoff up to ${LONGEST_DELAY_MS / 1000} s)`);
      lastReason = reason;
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, LONGEST_DELAY_MS);
  }
}
