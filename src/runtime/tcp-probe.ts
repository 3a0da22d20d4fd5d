import { connect } from 'net';

/** Whether something accepts TCP connections at host:port within `timeoutMs`. */
export function listens(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** host:port/path of a URL, or the socket directory for a Unix socket, without the credentials, for log lines. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  // A PostgreSQL host that is a directory (written %2F…) is where the server's Unix socket lives.
  const host = decodeURIComponent(parsed.hostname);
  if (host.startsWith('/')) return `socket ${host}${path}`;
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)}${path}`;
}
