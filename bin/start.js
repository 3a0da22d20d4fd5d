#!/usr/bin/env node
// Starts a process of the service: `api`, `worker`, `migrate`, or `all` (API and worker side by
// side for one machine, as two child processes that are stopped together).
const { spawn } = require('child_process');
const { loadEntry } = require('./ts-runtime');

const mode = process.argv[2] ?? 'all';
const entries = { api: 'main', worker: 'worker', migrate: 'database/run-migrations' };

if (entries[mode]) {
  loadEntry(entries[mode]);
} else if (mode === 'all') {
  // The API applies migrations first; the worker starts once it is listening, so the two never race.
  const children = [];
  let stopping = false;
  const stop = (signal) => {
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  const start = (name) => {
    const child = spawn(process.execPath, [__filename, name], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    children.push(child);
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (name === 'api' && !children.some((c) => c.spawnargs.includes('worker')) && /API on/.test(chunk.toString())) start('worker');
    });
    child.on('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`${name} exited with code ${code}; stopping\n`);
        stop('SIGTERM');
      }
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
    });
  };
  process.on('SIGINT', () => stop('SIGTERM'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  start('api');
} else {
  process.stderr.write(`usage: start.js api|worker|all|migrate\n`);
  process.exit(2);
}
