import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiModule } from './app/api.module';
import { configureApiApp } from './app/configure-api-app';
import { closeOnSignals } from './app/graceful-shutdown';
import { prepareProcess } from './runtime/prepare-process';

/** The HTTP API process. `--supervised`: started by `npm start`, which has named the servers already. */
async function bootstrap(): Promise<void> {
  const { config, targets, release } = await prepareProcess('api', { announce: !process.argv.includes('--supervised') });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, targets), { bufferLogs: true });
  configureApiApp(app);
  await app.listen(config.PORT);
  closeOnSignals(app, 'api', release);
  process.stdout.write(`quote-tracker API on http://localhost:${config.PORT} (docs at /docs)\n`);
}

bootstrap().catch((err: Error) => {
  process.stderr.write(`quote-tracker API failed to start: ${err.message}\n`);
  process.exit(1);
});
