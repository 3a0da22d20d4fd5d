import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { ServiceTargets } from '../config/service-targets';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobHandler } from './job-queue';
import { createRedisConnection } from './redis-connection';

/**
 * Consumer side of the BullMQ driver, started only in worker processes. Any number of these may run
 * on one machine or many: BullMQ hands each job to one worker, and a job whose worker dies is
 * detected as stalled and handed to another.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private workers: Worker[] = [];
  /** BullMQ leaves connections it was handed open on close; these are ours to quit. */
  private connections: Redis[] = [];

  constructor(
    private readonly registry: JobHandlerRegistry,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly targets: ServiceTargets,
  ) {}

  onApplicationBootstrap(): void {
    this.workers = this.registry.all().map((handler) => this.start(handler));
    this.logger.log(`workers started for ${this.registry.all().map((h) => `${h.queue} (concurrency ${h.concurrency ?? this.config.WORKER_CONCURRENCY})`).join(', ')}`);
  }

  private start(handler: JobHandler): Worker {
    const connection = createRedisConnection(this.targets.requireRedisUrl());
    this.connections.push(connection);
    const worker = new Worker(
      handler.queue,
      async (job: Job) =>
        handler.handle(job.data, {
          jobId: String(job.id),
          attempt: job.attemptsMade + 1,
          progress: (percent) => job.updateProgress(percent),
        }),
      {
        connection,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: handler.concurrency ?? this.config.WORKER_CONCURRENCY,
        // A job whose worker vanished is handed to another worker once its lock lapses.
        lockDuration: this.config.WORKER_LOCK_MS,
        stalledInterval: this.config.WORKER_LOCK_MS,
        maxStalledCount: 2,
      },
    );
    worker.on('failed', (job, error) => {
      if (!job) return;
      const attempts = job.opts.attempts ?? 1;
      this.logger.warn(`job ${job.id} on ${handler.queue} failed (attempt ${job.attemptsMade}/${attempts}): ${error.message}`);
      if (job.attemptsMade >= attempts || error.name === 'UnrecoverableError') {
        handler.onFinalFailure?.(job.data, error).catch((err: Error) => this.logger.error(`final-failure hook: ${err.message}`));
      }
    });
    worker.on('error', (err) => this.logger.error(`worker ${handler.queue}: ${err.message}`));
    return worker;
  }

  /**
   * On SIGTERM, stop taking jobs and let running ones finish within the grace period; jobs still
   * running after it are abandoned to Redis, where stall detection hands them to another worker.
   */
  async onApplicationShutdown(): Promise<void> {
    const closing = Promise.all(this.workers.map((w) => w.close()));
    const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), this.config.SHUTDOWN_GRACE_MS).unref());
    if ((await Promise.race([closing, grace])) === 'timeout') {
      this.logger.warn('shutdown grace period over: handing running jobs back');
      await Promise.all(this.workers.map((w) => w.close(true)));
    }
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
