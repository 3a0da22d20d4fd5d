import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { ApiModule } from '../../../src/app/api.module';
import { configureApiApp } from '../../../src/app/configure-api-app';
import { ApiRole } from '../../../src/auth/api-key.entity';
import { ApiKeysService } from '../../../src/auth/api-keys.service';

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
}

/** Starts the real API (and, unless told otherwise, a queue worker) against this run's PostgreSQL and Redis. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const api = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApiApp(api);
  await api.init();
  // Loaded only when asked for: the worker side brings the extractor and its dictionaries.
  const worker = options.worker === false ? null : await startTestWorker(options.overrideWorker);
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
export async function startTestWorker(override?: (builder: TestingModuleBuilder) => TestingModuleBuilder): Promise<INestApplicationContext> {
  const { WorkerModule } = await import('../../../src/app/worker.module');
  if (!override) return NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  const worker = await override(Test.createTestingModule({ imports: [WorkerModule] })).compile();
  worker.useLogger(['error']);
  await worker.init();
  return worker;
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
