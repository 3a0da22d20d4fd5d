/** The pipeline's queues, in the order an article passes through them; `export` serves dataset exports. */
export const QUEUE_NAMES = ['ingest', 'extract', 'link', 'export'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface EnqueueOptions {
  /** Jobs with the same id are not queued twice while one is waiting or running. */
  jobId?: string;
}

export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** What producers see of the queue, whatever runs it (BullMQ on Redis, or inline in-process). */
export interface JobQueue {
  enqueue<T extends object>(queue: QueueName, data: T, options?: EnqueueOptions): Promise<void>;
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
  handle(data: T, context: JobContext): Promise<void>;
  /** Called once, after the last retry failed. */
  onFinalFailure?(data: T, error: Error): Promise<void>;
}
