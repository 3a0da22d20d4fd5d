import { ChildProcess, spawn } from 'child_process';

/** A child's name: its role (`api`, `worker`), and a number after a worker's first (`worker-2`). */
export type ChildName = 'api' | 'worker' | `worker-${number}`;

/** The process a child runs: `start.js api` or `start.js worker`, however many workers there are. */
function roleOf(name: ChildName): 'api' | 'worker' {
  return name === 'api' ? 'api' : 'worker';
}

export interface RestartPolicy {
  /** A child that exits this soon after it started counts as failing at start. */
  quickExitMs: number;
  giveUpAfterQuickExits: number;
  firstDelayMs: number;
  longestDelayMs: number;
}

const DEFAULT_RESTART_POLICY: RestartPolicy = { quickExitMs: 30_000, giveUpAfterQuickExits: 5, firstDelayMs: 1000, longestDelayMs: 30_000 };

/**
 * Runs the service's processes as children of `npm start` and keeps them running: a child that dies
 * is restarted with backoff and the reason is said, instead of the whole service ending. It gives up
 * only on a child that keeps failing at start (a port in use, a broken install), and says so.
 *
 * Children run in process groups of their own, so a Ctrl-C at the terminal reaches this process
 * alone, which then stops them once, in order; they hold an IPC channel to it and stop if it dies.
 */
export class ProcessSupervisor {
  private readonly children = new Map<ChildName, ChildProcess>();
  private readonly quickExits = new Map<ChildName, number>();
  private readonly restartTimers = new Set<NodeJS.Timeout>();
  private stopping = false;
  private exitCode = 0;
  private resolveStopped!: (code: number) => void;
  /** Resolves with the exit code once every child has exited after stop(). */
  readonly stopped = new Promise<number>((resolve) => (this.resolveStopped = resolve));

  constructor(
    private readonly startScript: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: (line: string) => void,
    /** Called with each line a child prints, e.g. to start the worker once the API listens. */
    private readonly onLine: (name: ChildName, line: string) => void = () => undefined,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  ) {}

  isRunning(name: ChildName): boolean {
    return this.children.has(name);
  }

  start(name: ChildName): void {
    if (this.stopping) return;
    const startedAt = Date.now();
    const child = spawn(process.execPath, [this.startScript, roleOf(name), '--supervised'], {
      env: this.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    this.children.set(name, child);
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) this.onLine(name, line);
    });
    child.on('exit', (code, signal) => {
      this.children.delete(name);
      if (this.stopping) return this.settleIfDone();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const quick = Date.now() - startedAt < this.policy.quickExitMs ? (this.quickExits.get(name) ?? 0) + 1 : 0;
      this.quickExits.set(name, quick);
      if (quick >= this.policy.giveUpAfterQuickExits) {
        this.log(`${name} ${how} and keeps failing at start (${quick} times in a row); stopping the service`);
        this.exitCode = 1;
        void this.stop();
        return;
      }
      const delay = Math.min(this.policy.firstDelayMs * 2 ** Math.max(quick - 1, 0), this.policy.longestDelayMs);
      this.log(`${name} ${how}; restarting it in ${delay / 1000} s`);
      const timer = setTimeout(() => {
        this.restartTimers.delete(timer);
        this.start(name);
      }, delay);
      this.restartTimers.add(timer);
    });
  }

  /** Asks every child to stop (each drains its jobs within SHUTDOWN_GRACE_MS); `force` kills them. */
  stop(force = false): Promise<number> {
    this.stopping = true;
    for (const timer of this.restartTimers) clearTimeout(timer);
    this.restartTimers.clear();
    for (const child of this.children.values()) child.kill(force ? 'SIGKILL' : 'SIGTERM');
    this.settleIfDone();
    return this.stopped;
  }

  private settleIfDone(): void {
    if (this.stopping && this.children.size === 0) this.resolveStopped(this.exitCode);
  }
}
