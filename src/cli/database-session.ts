import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrations } from '../database/migrate';

/** Opens the configured database for a CLI command (schema brought up to date first) and closes it after. */
export async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  await runMigrations(config.DATABASE_URL);
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
