import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ChildName, ProcessSupervisor } from '../../../src/runtime/process-supervisor';

const FLAKY_CHILD = join(__dirname, '..', '..', 'fixtures', 'processes', 'flaky-child.js');
const FAST_POLICY = { quickExitMs: 5000, giveUpAfterQuickExits: 3, firstDelayMs: 50, longestDelayMs: 200 };

describe('ProcessSupervisor', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'qt-supervisor-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function supervise(failOnRuns: string) {
    const logged: string[] = [];
    const printed: string[] = [];
    const env = { ...process.env, RUN_COUNTER_FILE: join(folder, 'runs'), FAIL_ON_RUNS: failOnRuns };
    const supervisor = new ProcessSupervisor(FLAKY_CHILD, env, (line) => logged.push(line), (name: ChildName, line) => printed.push(`${name}: ${line}`), FAST_POLICY);
    return { supervisor, logged, printed };
  }

  const until = async (condition: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
    if (!condition()) throw new Error(`timed out waiting for ${what}`);
  };

  it('restarts a child that died, saying so, and keeps the service running', async () => {
    const { supervisor, logged, printed } = supervise('1');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      supervisor.start('api');
      await until(() => printed.some((l) => l.startsWith('api: api run 2')), 'the second run');
      expect(logged).toEqual(['api exited with code 3; restarting it in 0.05 s']);
      expect(printed[0]).toBe('api: api run 1 (--supervised)');
      expect(supervisor.isRunning('api')).toBe(true);
      await expect(supervisor.stop()).resolves.toBe(0);
      expect(supervisor.isRunning('api')).toBe(false);
    } finally {
      write.mockRestore();
    }
  });

  it('gives up on a child that keeps failing at start, says why, and ends with code 1', async () => {
    const { supervisor, logged } = supervise('all');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      supervisor.start('worker');
      await expect(supervisor.stopped).resolves.toBe(1);
      expect(logged).toEqual([
        'worker exited with code 3; restarting it in 0.05 s',
        'worker exited with code 3; restarting it in 0.1 s',
        'worker exited with code 3 and keeps failing at start (3 times in a row); stopping the service',
      ]);
    } finally {
      write.mockRestore();
    }
  });

  it('runs more than one worker, each as `start.js worker` under a name of its own', async () => {
    const { supervisor, printed } = supervise('');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      supervisor.start('worker');
      supervisor.start('worker-2');
      await until(() => printed.length === 2, 'both workers');
      // Which of them counted its run first is up to the machine.
      expect(printed.map((line) => line.replace(/ run \d+/, '')).sort()).toEqual(['worker-2: worker (--supervised)', 'worker: worker (--supervised)']);
      expect(supervisor.isRunning('worker') && supervisor.isRunning('worker-2')).toBe(true);
      await expect(supervisor.stop()).resolves.toBe(0);
    } finally {
      write.mockRestore();
    }
  });
});
