import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

export type QueueDriver = 'bullmq' | 'inline';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every setting the processes read from the environment, read once at start. DATABASE_URL, REDIS_URL
 * and QUEUE_DRIVER stay undefined when unset: src/runtime/ then looks for PostgreSQL and Redis at their
 * standard local ports and falls back to the embedded database and in-process jobs.
 */
export class AppConfig {
  @IsOptional()
  @IsString()
  @Matches(/^(postgres(ql)?:\/\/.+|embedded)$/, { message: 'DATABASE_URL must be a postgres:// URL or "embedded"' })
  DATABASE_URL?: string = undefined;

  @IsOptional()
  @IsString()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string = undefined;

  /** Where the embedded PostgreSQL keeps its data, relative to the working directory. */
  @IsString()
  EMBEDDED_DATABASE_DIR = 'var/pgdata';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, _ or -' })
  QUEUE_PREFIX = 'quote-tracker';

  @IsOptional()
  @IsIn(['bullmq', 'inline'], { message: 'QUEUE_DRIVER must be bullmq or inline' })
  QUEUE_DRIVER?: QueueDriver = undefined;

  @Transform(toInt)
  @IsInt({ message: 'WORKER_CONCURRENCY must be an integer' })
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /**
   * Worker processes `npm start` runs beside the API (with BullMQ). A worker's batches run on one
   * core, so a machine with cores to spare processes more articles with more of them; each holds its
   * own dictionaries and registry snapshot (a worker peaked at 360 MB resident in bench:pipeline).
   * Workers started by hand elsewhere add to these.
   */
  @Transform(toInt)
  @IsInt({ message: 'WORKER_PROCESSES must be an integer' })
  @Min(1)
  @Max(32)
  WORKER_PROCESSES = 1;

  /**
   * Most articles a worker takes through a pipeline stage together, in one set of queries. A worker
   * runs two such batches at once, so it holds twice this many article jobs.
   */
  @Transform(toInt)
  @IsInt({ message: 'PIPELINE_BATCH must be an integer' })
  @Min(1)
  @Max(500)
  PIPELINE_BATCH = 32;

  @Transform(toInt)
  @IsInt({ message: 'JOB_ATTEMPTS must be an integer' })
  @Min(1)
  @Max(50)
  JOB_ATTEMPTS = 5;

  @Transform(toInt)
  @IsInt({ message: 'JOB_BACKOFF_MS must be an integer' })
  @Min(10)
  JOB_BACKOFF_MS = 2000;

  @Transform(toInt)
  @IsInt({ message: 'WORKER_LOCK_MS must be an integer' })
  @Min(500)
  WORKER_LOCK_MS = 30000;

  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be an integer' })
  @Min(0)
  SHUTDOWN_GRACE_MS = 30000;

  @IsString()
  @Matches(/^\d+(kb|mb)$/i, { message: 'MAX_BODY_SIZE must look like 512kb or 10mb' })
  MAX_BODY_SIZE = '10mb';

  /** How often workers look for accepted articles and exports whose queue job was lost (and at start). */
  @Transform(toInt)
  @IsInt({ message: 'RECONCILE_INTERVAL_MS must be an integer' })
  @Min(1000)
  RECONCILE_INTERVAL_MS = 60000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_PER_MINUTE must be an integer' })
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @IsOptional()
  @IsString()
  EXPORT_DIR = 'var/exports';

  @Transform(toInt)
  @IsInt({ message: 'EXPORT_TTL_HOURS must be an integer' })
  @Min(1)
  EXPORT_TTL_HOURS = 24;

  /** Streamed exports (GET /exports/statements) at once per API process: each holds a database connection. */
  @Transform(toInt)
  @IsInt({ message: 'EXPORT_MAX_STREAMS must be an integer' })
  @Min(1)
  EXPORT_MAX_STREAMS = 4;

  @IsString()
  PUBLISHER_NAME = 'quote-tracker';

  @IsString()
  PUBLIC_URL = 'http://localhost:3000';
}

/** Reads and validates the environment; throws one error listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defaults = new AppConfig();
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    const value = env[key];
    raw[key] = value === undefined || value === '' ? (defaults as unknown as Record<string, unknown>)[key] : value;
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { whitelist: false });
  if (errors.length) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  ${e.property}=${JSON.stringify(e.value)}: ${m}`));
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
