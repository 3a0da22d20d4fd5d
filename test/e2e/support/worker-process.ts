import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';

/** A real worker process (`npm run start:worker`), for tests that kill or stop one. */
export function spawnWorker(env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'bin', 'start.js'), 'worker'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in time:\n${output}`)), 60000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker running')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    if (process.env.E2E_WORKER_LOG) child.stdout!.on('data', (c: Buffer) => process.stdout.write(`[worker ${child.pid}] ${c}`));
    if (process.env.E2E_WORKER_LOG) child.stderr!.on('data', (c: Buffer) => process.stdout.write(`[worker ${child.pid} err] ${c}`));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code} before it started:\n${output}`));
    });
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
