import { QueueDriver } from './app-config';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/quote_tracker';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * What this process runs on, resolved once at start from the configuration (see resolve-database.ts
 * and resolve-queue.ts): the modules take their addresses from here, never from the environment.
 */
export class ServiceTargets {
  constructor(
    readonly databaseUrl: string,
    readonly queueDriver: QueueDriver,
    /** Undefined with the inline driver: nothing then talks to Redis. */
    readonly redisUrl: string | undefined,
  ) {}

  /** For the BullMQ driver's connections, which exist only when the driver is BullMQ. */
  requireRedisUrl(): string {
    if (!this.redisUrl) throw new Error('Redis is not used with the inline queue driver');
    return this.redisUrl;
  }
}
