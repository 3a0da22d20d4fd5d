// The PostgreSQL server the benchmarks build their scratch databases on, and a connection to its
// maintenance database for creating and dropping them.
import { Client } from 'pg';

export const BENCH_SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

export async function withMaintenanceClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${BENCH_SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
