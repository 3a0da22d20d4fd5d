#!/usr/bin/env node
// Builds the editors' web app (web/) into web/dist, served by the API at /admin:
// 1. the service's own OpenAPI document, written without a database;
// 2. the typed client's schema generated from it (openapi-typescript);
// 3. a type check of the app against that schema, so an API change that breaks the app fails here;
// 4. the Vite production bundle.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const steps = [
  ['OpenAPI document', process.execPath, [path.join(__dirname, 'run-ts.js'), 'src/app/write-openapi-document.ts', 'web/src/api/openapi.json']],
  ['typed client schema', bin('openapi-typescript'), ['web/src/api/openapi.json', '-o', 'web/src/api/schema.d.ts', '--silent']],
  ['type check', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']],
  ['bundle', bin('vite'), ['build', '--config', 'web/vite.config.mts', '--logLevel', 'warn']],
];

for (const [name, command, args] of steps) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build-web: ${name} failed${result.error ? `: ${result.error.message}` : ''}\n`);
    process.exit(result.status || 1);
  }
  process.stdout.write(`build-web: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
