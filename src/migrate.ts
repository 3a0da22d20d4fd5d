import { loadConfig } from './config/app-config';
import { resolveDatabase } from './runtime/resolve-database';
import { runMigrations } from './database/migrate';

/** `npm run migration:run`: applies pending migrations and lists them. */
async function migrate(): Promise<string[]> {
  const database = await resolveDatabase(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    return await runMigrations(database.url);
  } finally {
    await database.release();
  }
}

migrate().then(
  (applied) => {
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
  },
  (err: Error) => {
    process.stderr.write(`migration failed: ${err.message}\n`);
    process.exitCode = 1;
  },
);
