import { join } from 'path';
import { Worker } from 'worker_threads';
import type { StatementSearchKeys, StatementTextForIndexing } from '../statements/statement.repository';

/**
 * Worker threads computing search keys for a backfill. Lemmatising is most of a reindex's CPU
 * (~35 µs a statement once the word caches are warm, far more while they fill), and one Node thread
 * would leave the other cores idle while the database waits for it. Each thread loads its own
 * morphology (~150 MB) and keeps its own word caches.
 */
export class SearchKeysPool {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (keys: StatementSearchKeys[]) => void; reject: (err: Error) => void; worker: Worker }>();
  private readonly load = new Map<Worker, number>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      this.load.set(worker, 0);
      worker.on('message', (message: { id: number; keys?: StatementSearchKeys[]; error?: string }) => {
        const job = this.pending.get(message.id);
        if (!job) return;
        this.pending.delete(message.id);
        this.load.set(worker, this.load.get(worker)! - 1);
        if (message.error !== undefined) job.reject(new Error(`search key worker: ${message.error}`));
        else job.resolve(message.keys!);
      });
      worker.on('error', (err) => this.failAll(worker, err));
    }
  }

  static start(threads: number): SearchKeysPool {
    const entry = join(__dirname, `search-keys-worker${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
    // From the sources (benchmarks, tests, an unbuilt checkout) the worker registers TypeScript first, as bin/run-ts does.
    const boot = `
      const { workerData } = require('worker_threads');
      if (workerData.entry.endsWith('.ts')) require(workerData.runtime).registerTypeScript();
      require(workerData.entry);`;
    const runtime = join(__dirname, '..', '..', 'bin', 'ts-runtime.js');
    return new SearchKeysPool(Array.from({ length: threads }, () => new Worker(boot, { eval: true, workerData: { entry, runtime } })));
  }

  /** The keys of `rows`, in their order, computed by the least busy thread. */
  compute(rows: StatementTextForIndexing[]): Promise<StatementSearchKeys[]> {
    const worker = this.workers.reduce((a, b) => (this.load.get(b)! < this.load.get(a)! ? b : a));
    const id = this.nextId++;
    this.load.set(worker, this.load.get(worker)! + 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, rows });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(worker: Worker, err: Error): void {
    for (const [id, job] of this.pending) {
      if (job.worker !== worker) continue;
      this.pending.delete(id);
      job.reject(err);
    }
  }
}
