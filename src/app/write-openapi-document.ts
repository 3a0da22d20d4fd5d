import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'fs';
import { loadConfig } from '../config/app-config';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, ServiceTargets } from '../config/service-targets';
import { ApiModule } from './api.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Writes the OpenAPI document to the file named by the first argument, without a database or Redis:
 * preview mode builds the module graph without instantiating providers. The web app's build generates
 * its typed client from this file, so an API change that breaks the app breaks the build.
 */
async function writeDocument(target: string): Promise<void> {
  // The document does not depend on the environment: defaults, and addresses nothing connects to.
  const module = ApiModule.forRoot(loadConfig({}), new ServiceTargets(DEFAULT_DATABASE_URL, 'bullmq', DEFAULT_REDIS_URL));
  const app = await NestFactory.create(module, { preview: true, logger: false, abortOnError: false });
  writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  await app.close();
}

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: write-openapi-document FILE.json\n');
  process.exit(2);
}
writeDocument(target).then(
  () => process.exit(0),
  (err: Error) => {
    process.stderr.write(`could not write the OpenAPI document: ${err.message}\n`);
    process.exit(1);
  },
);
