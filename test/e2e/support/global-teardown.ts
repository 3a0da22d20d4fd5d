import IORedis from 'ioredis';
import { Client } from 'pg';
import { serverUrl } from './test-environment';

/** Drops the run's database and its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const name = process.env.E2E_DATABASE_NAME;
  if (name) {
    const client = new Client({ connectionString: serverUrl('postgres') });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix?.startsWith('qt-e2e-')) {
    const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
