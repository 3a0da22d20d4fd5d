import { readFileSync } from 'fs';
import { join } from 'path';

export interface PostmasterLock {
  pid: number;
  port: number;
  /** `ready`, `starting`, `stopping` or `standby` (PostgreSQL 10+), empty while the server writes the file. */
  status: string;
}

/**
 * Reads the lock file a running PostgreSQL keeps in its data directory: it tells which process holds
 * the directory and on which port it listens, so a second process can join the server instead of
 * starting one. Undefined when there is no lock file (no server) or it is being written.
 */
export function readPostmasterLock(dataDir: string): PostmasterLock | undefined {
  let text: string;
  try {
    text = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  return parsePostmasterLock(text);
}

export function parsePostmasterLock(text: string): PostmasterLock | undefined {
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  return { pid, port, status: (lines[7] ?? '').trim() };
}

/**
 * Whether `pid` is a live PostgreSQL process. After a crash or a container restart the pid in a
 * stale lock file may belong to an unrelated process; on Linux its name tells them apart.
 */
export function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to another user, as the server does when we are not root.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    return /postgres/.test(readFileSync(`/proc/${pid}/comm`, 'utf8'));
  } catch {
    return false;
  }
}
