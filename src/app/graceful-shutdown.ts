import { INestApplicationContext } from '@nestjs/common';

/** A signal this soon after the first is the same Ctrl-C delivered twice (by the terminal and by npm), not a second one. */
const REPEAT_WINDOW_MS = 2000;

/**
 * Closes the app on SIGTERM or SIGINT (workers finish or hand back their jobs, connections close),
 * then runs `afterClose` (leaving the embedded database) and exits 0, so supervisors see a clean stop.
 * A second signal exits at once. A process started by `npm start` also stops when that parent goes.
 */
export function closeOnSignals(app: INestApplicationContext, name: string, afterClose: () => Promise<void> = async () => undefined): void {
  let closingSince: number | undefined;
  const stop = (reason: string) => {
    if (closingSince !== undefined) {
      if (Date.now() - closingSince < REPEAT_WINDOW_MS) return;
      process.stderr.write(`${name}: second ${reason}, exiting now\n`);
      process.exit(1);
    }
    closingSince = Date.now();
    process.stdout.write(`${name}: ${reason} received, shutting down\n`);
    app
      .close()
      .then(afterClose)
      .then(
        () => process.exit(0),
        (err: Error) => {
          process.stderr.write(`${name}: shutdown failed: ${err.message}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  if (process.connected) process.once('disconnect', () => stop('parent exit'));
}
