import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiModule } from './app/api.module';
import { configureApiApp } from './app/configure-api-app';
import { closeOnSignals } from './app/graceful-shutdown';
import { loadConfig } from './config/app-config';
import { runMigrations } from './database/migrate';

/** The HTTP API process. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await runMigrations(config.DATABASE_URL);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true });
  configureApiApp(app);
  await app.listen(config.PORT);
  closeOnSignals(app, 'api');
  process.stdout.write(`quote-tracker API on http://localhost:${config.PORT} (docs at /docs)\n`);
}

bootstrap().catch((err: Error) => {
  process.stderr.write(`quote-tracker API failed to start: ${err.message}\n`);
  process.exit(1);
});
