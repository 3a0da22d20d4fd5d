#!/usr/bin/env node
// Runs a TypeScript file from the source tree (benchmarks, development) without a build step.
require('./ts-runtime').registerTypeScript();
const path = require('path');
const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: run-ts FILE.ts [args…]\n');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(target));
