import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeOnSignals } from './app/graceful-shutdown';
import { WorkerModule } from './app/worker.module';
import { loadConfig } from './config/app-config';
import { runMigrations } from './database/migrate';

/** A queue-worker process; start as many as the load needs, on one machine or many. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await runMigrations(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  closeOnSignals(app, 'worker');
  process.stdout.write(`quote-tracker worker running (queue prefix ${config.QUEUE_PREFIX})\n`);
}

bootstrap().catch((err: Error) => {
  process.stderr.write(`quote-tracker worker failed to start: ${err.message}\n`);
  process.exit(1);
});
