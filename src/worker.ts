import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeOnSignals } from './app/graceful-shutdown';
import { WorkerModule } from './app/worker.module';
import { prepareProcess } from './runtime/prepare-process';

/** A queue-worker process; start as many as the load needs, on one machine or many. */
async function bootstrap(): Promise<void> {
  const { config, targets, release } = await prepareProcess('worker', { announce: !process.argv.includes('--supervised') });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, targets), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  closeOnSignals(app, 'worker', release);
  process.stdout.write(`quote-tracker worker running (queue prefix ${config.QUEUE_PREFIX})\n`);
}

bootstrap().catch((err: Error) => {
  process.stderr.write(`quote-tracker worker failed to start: ${err.message}\n`);
  process.exit(1);
});
