import { INestApplicationContext } from '@nestjs/common';

/**
 * Closes the app on SIGTERM or SIGINT (workers finish or hand back their jobs, connections close)
 * and exits 0, so supervisors see a clean stop. A second signal exits at once.
 */
export function closeOnSignals(app: INestApplicationContext, name: string): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) {
      process.stderr.write(`${name}: second ${signal}, exiting now\n`);
      process.exit(1);
    }
    closing = true;
    process.stdout.write(`${name}: ${signal} received, shutting down\n`);
    app.close().then(
      () => process.exit(0),
      (err: Error) => {
        process.stderr.write(`${name}: shutdown failed: ${err.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
