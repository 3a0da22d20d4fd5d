import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import e2eGlobalSetup from '../../e2e/support/global-setup';

const root = join(__dirname, '..', '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The web app is built when web/dist is missing or older than the app or the API it is typed against. */
function webAppIsFresh(): boolean {
  const index = join(root, 'web', 'dist', 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  const generated = new Set(['openapi.json', 'schema.d.ts']);
  const sources = [join(root, 'web', 'src'), join(root, 'src')].map((dir) => newestMtimeExcept(dir, generated));
  return built >= Math.max(...sources, statSync(join(root, 'web', 'index.html')).mtimeMs);
}

function newestMtimeExcept(dir: string, skip: Set<string>): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when needed, then creates the run's database like the e2e tests. */
export default async function globalSetup(): Promise<void> {
  if (!webAppIsFresh()) {
    process.stdout.write('\nbuilding the web app for the browser tests\n');
    const build = spawnSync(process.execPath, [join(root, 'bin', 'build-web.js')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the web app did not build (bin/build-web.js)');
  }
  await e2eGlobalSetup();
}
