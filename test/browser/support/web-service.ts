import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'net';
import { ApiModule } from '../../../src/app/api.module';
import { configureApiApp } from '../../../src/app/configure-api-app';
import { WorkerModule } from '../../../src/app/worker.module';
import { ApiRole } from '../../../src/auth/api-key.entity';
import { ApiKeysService } from '../../../src/auth/api-keys.service';
import { loadConfig } from '../../../src/config/app-config';
import { resolveDatabase } from '../../../src/runtime/resolve-database';
import { DEFAULT_REDIS_URL, ServiceTargets } from '../../../src/config/service-targets';

export interface WebService {
  baseUrl: string;
  /** The HTTP server, for supertest calls beside the browser. */
  http: any;
  /** One fresh key per role; the key names are `browser <role>`. */
  keys: Record<ApiRole, string>;
  close(): Promise<void>;
}

/**
 * The service as main.ts starts it (NestFactory, so the web app is served at /admin: a testing module
 * compiles its providers before the HTTP adapter exists, and @nestjs/serve-static then serves nothing),
 * listening on a free port, with a queue worker beside it.
 */
export async function startWebService(): Promise<WebService> {
  const config = loadConfig();
  const database = await resolveDatabase(config, () => undefined);
  const targets = new ServiceTargets(database.url, 'bullmq', config.REDIS_URL ?? DEFAULT_REDIS_URL);
  const api = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, targets), { bufferLogs: true });
  configureApiApp(api);
  await api.listen(0, '127.0.0.1');
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, targets), { logger: ['error'] });
  const keysService = api.get(ApiKeysService);
  const keys = {} as Record<ApiRole, string>;
  for (const role of ['viewer', 'editor', 'admin'] as const) keys[role] = (await keysService.create(role, `browser ${role}`)).key;
  return {
    baseUrl: `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`,
    http: api.getHttpServer(),
    keys,
    async close() {
      await worker.close();
      await api.close();
    },
  };
}
