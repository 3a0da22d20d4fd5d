import { AppConfig } from '../../../src/config/app-config';
import { InlineJobQueue } from '../../../src/queue/inline-job-queue';
import { JobHandlerRegistry } from '../../../src/queue/job-handler-registry';
import { JobHandler, UnrecoverableError } from '../../../src/queue/job-queue';

describe('InlineJobQueue', () => {
  const config = Object.assign(new AppConfig(), { JOB_ATTEMPTS: 3, JOB_BACKOFF_MS: 1 });

  function setup(handler: JobHandler<{ n: number }>) {
    const registry = new JobHandlerRegistry();
    registry.register(handler);
    return new InlineJobQueue(registry, config);
  }

  it('runs the job in-process and passes its data', async () => {
    const seen: number[] = [];
    const queue = setup({ queue: 'ingest', handle: async (data) => void seen.push(data.n) });
    await queue.enqueue('ingest', { n: 7 });
    expect(seen).toEqual([7]);
  });

  it('retries a failing job and reports the final failure once', async () => {
    const attempts: number[] = [];
    const failures: string[] = [];
    const queue = setup({
      queue: 'extract',
      handle: async (_data, ctx) => {
        attempts.push(ctx.attempt);
        throw new Error(`boom ${ctx.attempt}`);
      },
      onFinalFailure: async (_data, err) => void failures.push(err.message),
    });
    await queue.enqueue('extract', { n: 1 });
    expect(attempts).toEqual([1, 2, 3]);
    expect(failures).toEqual(['boom 3']);
  });

  it('waits between attempts as BullMQ does, twice as long each time', async () => {
    const startedAt: number[] = [];
    const registry = new JobHandlerRegistry();
    registry.register({
      queue: 'extract',
      handle: async () => {
        startedAt.push(Date.now());
        throw new Error('the database is away');
      },
    });
    await new InlineJobQueue(registry, Object.assign(new AppConfig(), { JOB_ATTEMPTS: 3, JOB_BACKOFF_MS: 40 })).enqueue('extract', {});
    const waits = startedAt.slice(1).map((t, i) => t - startedAt[i]);
    expect(waits[0]).toBeGreaterThanOrEqual(38);
    expect(waits[1]).toBeGreaterThanOrEqual(78);
  });

  it('succeeds on a later attempt without reporting failure', async () => {
    let calls = 0;
    const onFinalFailure = jest.fn();
    const queue = setup({
      queue: 'link',
      handle: async () => {
        if (++calls < 2) throw new Error('transient');
      },
      onFinalFailure,
    });
    await queue.enqueue('link', { n: 1 });
    expect(calls).toBe(2);
    expect(onFinalFailure).not.toHaveBeenCalled();
  });

  it('refuses a queue without a handler and a second handler for one queue', async () => {
    const registry = new JobHandlerRegistry();
    const queue = new InlineJobQueue(registry, config);
    await expect(queue.enqueue('export', {})).rejects.toThrow(/No handler/);
    registry.register({ queue: 'export', handle: async () => undefined });
    expect(() => registry.register({ queue: 'export', handle: async () => undefined })).toThrow(/already registered/);
  });

  it('does not retry an UnrecoverableError and reports it as the final failure at once', async () => {
    const attempts: number[] = [];
    const failures: string[] = [];
    const queue = setup({
      queue: 'extract',
      handle: async (_data, ctx) => {
        attempts.push(ctx.attempt);
        throw new UnrecoverableError('the input holds no article');
      },
      onFinalFailure: async (_data, error) => void failures.push(error.message),
    });
    await queue.enqueue('extract', { n: 1 });
    expect(attempts).toEqual([1]);
    expect(failures).toEqual(['the input holds no article']);
  });

  it('runs a bulk enqueue one job after the other, in order, each with its own id and retries', async () => {
    const seen: { n: number; jobId: string; attempt: number }[] = [];
    const queue = setup({
      queue: 'ingest',
      handle: async (data, ctx) => {
        seen.push({ n: data.n, jobId: ctx.jobId, attempt: ctx.attempt });
        if (data.n === 2 && ctx.attempt === 1) throw new Error('flaky once');
      },
    });
    await queue.enqueueMany('ingest', [
      { data: { n: 1 }, options: { jobId: 'ingest-one' } },
      { data: { n: 2 }, options: { jobId: 'ingest-two' } },
      { data: { n: 3 } },
    ]);
    expect(seen.map((s) => [s.n, s.attempt])).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [3, 1],
    ]);
    expect(seen.slice(0, 3).map((s) => s.jobId)).toEqual(['ingest-one', 'ingest-two', 'ingest-two']);
    expect(seen[3].jobId).toMatch(/^ingest-/);
  });

  it('does nothing for an empty bulk enqueue', async () => {
    const handle = jest.fn();
    await setup({ queue: 'ingest', handle }).enqueueMany('ingest', []);
    expect(handle).not.toHaveBeenCalled();
  });
});
