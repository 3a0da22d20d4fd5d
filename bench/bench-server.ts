// The PostgreSQL server the benchmarks build their scratch databases on, and a connection to its
// maintenance database for creating and dropping them.
import { existsSync } from 'fs';
import { Client } from 'pg';

/** Where Debian's PostgreSQL puts its Unix socket. */
const LOCAL_SOCKET_DIR = '/var/run/postgresql';

/**
 * BENCH_DATABASE_SERVER, or else the local server as a deployment on the same machine would reach
 * it: through its Unix socket when there is one (bench:pipeline ran 128-131 articles/s through it
 * against 103-128 over TCP to 127.0.0.1, the loopback's cost falling on both the worker and
 * PostgreSQL), else over TCP.
 */
export const BENCH_SERVER =
  process.env.BENCH_DATABASE_SERVER ??
  (existsSync(`${LOCAL_SOCKET_DIR}/.s.PGSQL.5432`) ? `postgres://postgres@${encodeURIComponent(LOCAL_SOCKET_DIR)}` : 'postgres://postgres@127.0.0.1:5432');

export async function withMaintenanceClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${BENCH_SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
