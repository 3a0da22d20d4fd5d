// The database and queue prefix of one test run, shared by global setup, the tests and teardown.
// Each run gets its own database and Redis key prefix, so runs never see each other's data.
import { randomBytes } from 'crypto';

const SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

export function newRunIdentity(): { databaseUrl: string; queuePrefix: string; databaseName: string } {
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const databaseName = `qt_e2e_${id}`;
  return { databaseName, databaseUrl: `${SERVER}/${databaseName}`, queuePrefix: `qt-e2e-${id}` };
}

export function serverUrl(database: string): string {
  return `${SERVER}/${database}`;
}
