import { DatabasePlan } from './resolve-database';
import { QueueTarget } from './resolve-queue';

/** The first lines a process prints: what it runs on, and how to switch when a fallback is in use. */
export function startUpLines(database: DatabasePlan, queue?: QueueTarget): string[] {
  const lines = [database.description, ...(queue ? [queue.description] : [])];
  if (!database.url || queue?.driver === 'inline') {
    lines.push('to use your own servers: set DATABASE_URL=postgres://USER@HOST:5432/quote_tracker and REDIS_URL=redis://HOST:6379 (README, Configuration)');
  }
  return lines;
}
