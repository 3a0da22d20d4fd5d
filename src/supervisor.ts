import { loadConfig } from './config/app-config';
import { ChildName, ProcessSupervisor } from './runtime/process-supervisor';
import { openDatabase, planDatabase } from './runtime/resolve-database';
import { resolveQueue } from './runtime/resolve-queue';
import { startUpLines } from './runtime/start-up-lines';

/** A signal this soon after the first is the same Ctrl-C delivered twice (by the terminal and by npm). */
const REPEAT_WINDOW_MS = 2000;

/**
 * `npm start`: resolves the servers once and names them, then runs the API and, with BullMQ,
 * WORKER_PROCESSES workers (started once the API has applied the migrations and listens). With the embedded database this
 * process holds it for the service's lifetime and stops it after the children have stopped.
 */
export async function runSupervisor(startScript: string): Promise<number> {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const queue = await resolveQueue(config);
  const plan = await planDatabase(config);
  for (const line of startUpLines(plan, queue)) log(line);
  const database = await openDatabase(plan, config, log);

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: plan.settingForChildren, QUEUE_DRIVER: queue.driver };
  if (queue.redisUrl) env.REDIS_URL = queue.redisUrl;
  // Each worker process runs its article batches on one core: more processes use more cores.
  const workers = Array.from({ length: config.WORKER_PROCESSES }, (_, i): ChildName => (i === 0 ? 'worker' : `worker-${i + 1}`));
  const supervisor = new ProcessSupervisor(startScript, env, log, (name, line) => {
    if (name !== 'api' || queue.driver !== 'bullmq' || !/API on/.test(line)) return;
    for (const worker of workers) if (!supervisor.isRunning(worker)) supervisor.start(worker);
  });

  let stopSince: number | undefined;
  const stop = () => {
    if (stopSince === undefined) {
      stopSince = Date.now();
      void supervisor.stop();
    } else if (Date.now() - stopSince > REPEAT_WINDOW_MS) {
      log('second signal: killing the service processes');
      void supervisor.stop(true);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by the quickstart script: stop with it.
  if (process.connected) process.once('disconnect', stop);

  supervisor.start('api');
  const code = await supervisor.stopped;
  await database.release();
  return code;
}
