import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrations } from '../database/migrate';
import { resolveDatabase } from '../runtime/resolve-database';

/**
 * Opens the configured database for a CLI command (schema brought up to date first) and closes it
 * after. With the embedded database the command joins the server the service runs, or starts it for
 * the command's length when the service is not running.
 */
export async function withDatabase<T>(work: (dataSource: DataSource, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    await runMigrations(database.url);
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      return await work(dataSource, config);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.release();
  }
}
