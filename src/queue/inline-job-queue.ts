import { Inject, Injectable, Logger } from '@nestjs/common';
import { setTimeout as delay } from 'timers/promises';
import { AppConfig } from '../config/app-config';
import { JobHandlerRegistry } from './job-handler-registry';
import { EnqueueOptions, JobQueue, JobToEnqueue, QUEUE_NAMES, QueueDepth, QueueName, UnrecoverableError } from './job-queue';

/**
 * Runs each job in-process as it is enqueued, with BullMQ's retry budget and backoff: for the CLI,
 * unit tests and single-process setups without Redis.
 */
@Injectable()
export class InlineJobQueue implements JobQueue {
  private readonly logger = new Logger(InlineJobQueue.name);
  private readonly running = new Set<string>();

  constructor(
    private readonly registry: JobHandlerRegistry,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async enqueue<T extends object>(queue: QueueName, data: T, options: EnqueueOptions = {}): Promise<void> {
    const handler = this.registry.get(queue);
    if (!handler) throw new Error(`No handler registered for queue "${queue}"`);
    const jobId = options.jobId ?? `${queue}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    if (this.running.has(jobId)) return;
    this.running.add(jobId);
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await handler.handle(data, { jobId, attempt, progress: async () => undefined });
          return;
        } catch (err) {
          const error = err instanceof Error ? err : new Error(String(err));
          if (attempt >= this.config.JOB_ATTEMPTS || error instanceof UnrecoverableError) {
            this.logger.warn(`job ${jobId} on ${queue} failed for good: ${error.message}`);
            await handler.onFinalFailure?.(data, error);
            return;
          }
          // BullMQ's exponential backoff: a retry at once would meet the same database or network
          // trouble, and the job would spend its attempts in milliseconds.
          await delay(this.config.JOB_BACKOFF_MS * 2 ** (attempt - 1));
        }
      }
    } finally {
      this.running.delete(jobId);
    }
  }

  /** One job after the other, as separate enqueue() calls would run them: inline there is no round trip to save. */
  async enqueueMany<T extends object>(queue: QueueName, jobs: readonly JobToEnqueue<T>[]): Promise<void> {
    for (const job of jobs) await this.enqueue(queue, job.data, job.options);
  }

  async depths(): Promise<Record<QueueName, QueueDepth>> {
    const empty = { waiting: 0, active: 0, delayed: 0, failed: 0 };
    return Object.fromEntries(QUEUE_NAMES.map((n) => [n, { ...empty, active: this.running.size }])) as Record<QueueName, QueueDepth>;
  }
}
