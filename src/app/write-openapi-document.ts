import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'fs';
import { ApiModule } from './api.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Writes the OpenAPI document to the file named by the first argument, without a database or Redis:
 * preview mode builds the module graph without instantiating providers. The web app's build generates
 * its typed client from this file, so an API change that breaks the app breaks the build.
 */
async function writeDocument(target: string): Promise<void> {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false, abortOnError: false });
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
