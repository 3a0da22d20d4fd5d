import { BatchOutcome, MicroBatcher } from '../../../src/pipeline/micro-batcher';

/** A batcher that doubles numbers, records each batch it ran, and fails any batch holding 13 as a whole. */
function doubling(limits = { maxBatch: 4, maxInFlight: 1 }) {
  const batches: number[][] = [];
  let release: (() => void) | null = null;
  let held = false;
  const batcher = new MicroBatcher<number, number>(async (items) => {
    batches.push(items);
    if (held) await new Promise<void>((resolve) => (release = resolve));
    if (items.includes(13)) throw new Error('the batch broke');
    return items.map((n): BatchOutcome<number> => (n < 0 ? { error: new Error(`${n} is negative`) } : { value: n * 2 }));
  }, limits);
  return {
    batcher,
    batches,
    hold: () => (held = true),
    release: () => {
      held = false;
      release?.();
    },
  };
}

describe('MicroBatcher', () => {
  it('runs a request alone when nothing else arrives with it', async () => {
    const { batcher, batches } = doubling();
    await expect(batcher.submit(5)).resolves.toBe(10);
    expect(batches).toEqual([[5]]);
  });

  it('puts requests of one turn of the event loop in one batch, up to its size', async () => {
    const { batcher, batches } = doubling({ maxBatch: 3, maxInFlight: 2 });
    await expect(Promise.all([1, 2, 3, 4, 5].map((n) => batcher.submit(n)))).resolves.toEqual([2, 4, 6, 8, 10]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('gathers the requests that arrive while every slot is busy into the next batch', async () => {
    const { batcher, batches, hold, release } = doubling({ maxBatch: 10, maxInFlight: 1 });
    hold();
    const first = batcher.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    expect(batcher.waiting).toBe(3);
    release();
    await expect(Promise.all([first, ...later])).resolves.toEqual([2, 4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects only the request whose own outcome is an error', async () => {
    const { batcher } = doubling();
    const results = await Promise.allSettled([1, -2, 3].map((n) => batcher.submit(n)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 2 },
      { status: 'rejected', reason: new Error('-2 is negative') },
      { status: 'fulfilled', value: 6 },
    ]);
  });

  it('runs each request of a batch that failed as a whole again alone, so that only the bad one fails', async () => {
    const { batcher, batches } = doubling();
    const results = await Promise.allSettled([7, 13, 8].map((n) => batcher.submit(n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([14, 'the batch broke', 16]);
    expect(batches).toEqual([[7, 13, 8], [7], [13], [8]]);
  });

  it('refuses limits that leave no room for a batch', () => {
    expect(() => new MicroBatcher(async () => [], { maxBatch: 0, maxInFlight: 1 })).toThrow('room for one batch');
  });
});
