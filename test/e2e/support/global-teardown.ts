import { Client } from 'pg';
import { deleteQueueKeys } from './queue-keys';
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
  if (prefix?.startsWith('qt-e2e-')) await deleteQueueKeys(prefix);
}
