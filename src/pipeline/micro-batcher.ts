/**
 * Gathers single requests that arrive close together into batches for one set-based call. A batch
 * starts as soon as a slot is free: while `maxInFlight` batches run, new requests wait and go
 * together into the next one (up to `maxBatch`), so the batch size follows the load by itself — one
 * request alone is run alone, at once. A batch answers each request with a result or an error of its
 * own; when a batch of several fails as a whole, each of its requests is run again alone, so that
 * one bad item fails only its own request.
 */
/** What a batch gives each of its requests: a result, or an error that is the request's own. */
export type BatchOutcome<R> = { value: R } | { error: unknown };

export class MicroBatcher<T, R> {
  private pending: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];
  private running = 0;

  constructor(
    private readonly runBatch: (items: T[]) => Promise<Array<BatchOutcome<R>>>,
    private readonly limits: { maxBatch: number; maxInFlight: number },
  ) {
    if (limits.maxBatch < 1 || limits.maxInFlight < 1) throw new Error('a micro-batcher needs room for one batch of one');
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      // Requests submitted in the same turn of the event loop (a queue handing out several jobs at
      // once) join one batch rather than the first going alone.
      if (this.pending.length === 1) setImmediate(() => this.drain());
      else if (this.pending.length >= this.limits.maxBatch) this.drain();
    });
  }

  /** Requests waiting for a slot. */
  get waiting(): number {
    return this.pending.length;
  }

  private drain(): void {
    while (this.running < this.limits.maxInFlight && this.pending.length) {
      const batch = this.pending.splice(0, this.limits.maxBatch);
      this.running++;
      void this.settle(batch).finally(() => {
        this.running--;
        this.drain();
      });
    }
  }

  private async settle(batch: MicroBatcher<T, R>['pending']): Promise<void> {
    try {
      const outcomes = await this.runBatch(batch.map((entry) => entry.item));
      batch.forEach((entry, i) => answer(entry, outcomes[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(
        batch.map(async (entry) => {
          try {
            answer(entry, (await this.runBatch([entry.item]))[0]);
          } catch (alone) {
            entry.reject(alone);
          }
        }),
      );
    }
  }
}

function answer<R>(entry: { resolve: (result: R) => void; reject: (error: unknown) => void }, outcome: BatchOutcome<R> | undefined): void {
  if (!outcome) entry.reject(new Error('the batch gave no answer for this request'));
  else if ('error' in outcome) entry.reject(outcome.error);
  else entry.resolve(outcome.value);
}
