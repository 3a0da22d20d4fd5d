import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { ApiModule } from '../../../src/app/api.module';
import { configureApiApp } from '../../../src/app/configure-api-app';
import { ApiRole } from '../../../src/auth/api-key.entity';
import { ApiKeysService } from '../../../src/auth/api-keys.service';
import { AppConfig, loadConfig } from '../../../src/config/app-config';
import { resolveDatabase } from '../../../src/runtime/resolve-database';
import { resolveQueue } from '../../../src/runtime/resolve-queue';
import { DEFAULT_REDIS_URL, ServiceTargets } from '../../../src/config/service-targets';

export interface TestApp {
  api: NestExpressApplication;
  /** The HTTP server to give supertest. */
  http: any;
  worker: INestApplicationContext | null;
  /** One fresh key per role. */
  keys: Record<ApiRole, string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Start a queue worker with the API (default true). */
  worker?: boolean;
  /** Replaces providers of the worker, e.g. an extractor that fails. */
  overrideWorker?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /** Settings over the environment's for this app alone (QUEUE_DRIVER, RATE_LIMIT_PER_MINUTE…). */
  env?: Record<string, string>;
}

/**
 * Starts the real API (and, unless told otherwise, a queue worker) against this run's PostgreSQL and
 * Redis, configured from the environment as it is when called.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({ ...process.env, ...options.env });
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot(config, await testTargets(config))] }).compile();
  const api = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApiApp(api);
  await api.init();
  // Loaded only when asked for: the worker side brings the extractor and its dictionaries.
  const worker = options.worker === false ? null : await startTestWorker(options.overrideWorker, options.env);
  const keysService = api.get(ApiKeysService);
  const keys = {} as Record<ApiRole, string>;
  for (const role of ['viewer', 'editor', 'admin'] as const) keys[role] = (await keysService.create(role, `e2e ${role}`)).key;
  return {
    api,
    http: api.getHttpServer(),
    worker,
    keys,
    async close() {
      await worker?.close();
      await api.close();
    },
  };
}

/** A queue worker process's application (handlers, BullMQ workers, reconciler) inside the test process. */
export async function startTestWorker(
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder,
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const { WorkerModule } = await import('../../../src/app/worker.module');
  const config = loadConfig({ ...process.env, ...env });
  const { databaseUrl, redisUrl } = await testTargets(config);
  const module = WorkerModule.forRoot(config, new ServiceTargets(databaseUrl, 'bullmq', redisUrl ?? DEFAULT_REDIS_URL));
  if (!override) return NestFactory.createApplicationContext(module, { logger: ['error'] });
  const worker = await override(Test.createTestingModule({ imports: [module] })).compile();
  worker.useLogger(['error']);
  await worker.init();
  return worker;
}

/** The servers the configuration names, resolved as the entry points do. */
async function testTargets(config: AppConfig): Promise<ServiceTargets> {
  const database = await resolveDatabase(config, () => undefined);
  const queue = await resolveQueue(config);
  return new ServiceTargets(database.url, queue.driver, queue.redisUrl);
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

/** Polls until `probe` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
