import { loadConfig } from '../config/app-config';
import { runMigrations } from './migrate';

/** `npm run migration:run`: applies pending migrations and lists them. */
runMigrations(loadConfig().DATABASE_URL).then(
  (applied) => {
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
  },
  (err: Error) => {
    process.stderr.write(`migration failed: ${err.message}\n`);
    process.exitCode = 1;
  },
);
