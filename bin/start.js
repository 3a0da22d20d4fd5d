#!/usr/bin/env node
// Starts a process of the service: `api`, `worker`, `migrate`, or `all` (the API and, with BullMQ, a
// worker, supervised by src/supervisor.ts for one machine).
const { loadEntry } = require('./ts-runtime');

const mode = process.argv[2] ?? 'all';
const entries = { api: 'main', worker: 'worker', migrate: 'migrate' };

if (entries[mode]) {
  loadEntry(entries[mode]);
} else if (mode === 'all') {
  loadEntry('supervisor')
    .runSupervisor(__filename)
    .then(
      (code) => process.exit(code),
      (err) => {
        process.stderr.write(`quote-tracker failed to start: ${err.message}\n`);
        process.exit(1);
      },
    );
} else {
  process.stderr.write(`usage: start.js api|worker|all|migrate\n`);
  process.exit(2);
}
