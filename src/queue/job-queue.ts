/** The pipeline's queues, in the order an article passes through them; `export` serves dataset exports. */
export const QUEUE_NAMES = ['ingest', 'extract', 'link', 'export'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface EnqueueOptions {
  /**
   * While a job with this id is waiting, delayed or running, enqueueing it again does nothing; a
   * finished or failed one is replaced. Deterministic ids make re-queueing (the reconciler) safe.
   */
  jobId?: string;
}

/** One job of a bulk enqueue. */
export interface JobToEnqueue<T extends object> {
  data: T;
  options?: EnqueueOptions;
}

export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/**
 * Thrown by a handler when another attempt cannot help (bad input, a bug that fails the same way
 * each time): every driver fails the job at once, without retries, and calls onFinalFailure.
 * BullMQ recognises it by its name.
 */
export class UnrecoverableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnrecoverableError';
  }
}

/** What producers see of the queue, whatever runs it (BullMQ on Redis, or inline in-process). */
export interface JobQueue {
  enqueue<T extends object>(queue: QueueName, data: T, options?: EnqueueOptions): Promise<void>;
  /** Several jobs on one queue, each as enqueue() would add it, in as few round trips as the driver allows. */
  enqueueMany<T extends object>(queue: QueueName, jobs: readonly JobToEnqueue<T>[]): Promise<void>;
  depths(): Promise<Record<QueueName, QueueDepth>>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  /** Reports progress, 0..100, where the driver can show it. */
  progress(percent: number): Promise<void>;
}

/** The work a queue does; processors only orchestrate, services do the work. */
export interface JobHandler<T extends object = object> {
  readonly queue: QueueName;
  /** Jobs of this queue a worker runs at once; WORKER_CONCURRENCY when not set. */
  readonly concurrency?: number;
  /** What it resolves to is kept with the finished job where the driver keeps jobs (BullMQ's returnvalue). */
  handle(data: T, context: JobContext): Promise<unknown>;
  /** Called once, after the last retry failed or an UnrecoverableError. */
  onFinalFailure?(data: T, error: Error): Promise<void>;
}
