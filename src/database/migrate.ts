import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';

/**
 * Creates the database if needed and applies pending migrations. Several processes may start at
 * once: an advisory lock makes them take turns, and TypeORM skips migrations already applied.
 */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock(727274)');
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock(727274)');
    }
  } finally {
    await dataSource.destroy();
  }
}
