import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { ServiceTargets } from '../config/service-targets';
import { EnqueueOptions, JobQueue, JobToEnqueue, QUEUE_NAMES, QueueDepth, QueueName } from './job-queue';
import { createRedisConnection } from './redis-connection';

/** Producer side of the BullMQ driver: one BullMQ Queue per pipeline queue, named with the configured prefix. */
@Injectable()
export class BullMqJobQueue implements JobQueue, OnApplicationShutdown {
  private readonly connection: Redis;
  readonly queues: ReadonlyMap<QueueName, Queue>;

  constructor(@Inject(AppConfig) config: AppConfig, targets: ServiceTargets) {
    this.connection = createRedisConnection(targets.requireRedisUrl());
    this.queues = new Map(
      QUEUE_NAMES.map((name) => [
        name,
        new Queue(name, {
          connection: this.connection,
          prefix: config.QUEUE_PREFIX,
          defaultJobOptions: {
            attempts: config.JOB_ATTEMPTS,
            backoff: { type: 'exponential', delay: config.JOB_BACKOFF_MS },
            removeOnComplete: { age: 3600, count: 10000 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        }),
      ]),
    );
  }

  async enqueue<T extends object>(queue: QueueName, data: T, options: EnqueueOptions = {}): Promise<void> {
    const target = this.queue(queue);
    if (options.jobId) await this.removeFinished(target, [options.jobId]);
    await target.add(queue, data, { jobId: options.jobId });
  }

  async enqueueMany<T extends object>(queue: QueueName, jobs: readonly JobToEnqueue<T>[]): Promise<void> {
    if (jobs.length === 0) return;
    const target = this.queue(queue);
    await this.removeFinished(target, jobs.flatMap((job) => (job.options?.jobId ? [job.options.jobId] : [])));
    // addBulk adds them all in one MULTI; an id BullMQ still holds live is skipped as add() skips it.
    await target.addBulk(jobs.map((job) => ({ name: queue, data: job.data, opts: { jobId: job.options?.jobId } })));
  }

  /**
   * BullMQ ignores an add whose id it still holds, finished jobs included: a finished or failed job is
   * removed first, so that the id only guards against doubling a live job. The lookups are sent together
   * (one round trip for many ids); only the ids found need their state read.
   */
  private async removeFinished(target: Queue, jobIds: readonly string[]): Promise<void> {
    const existing = await Promise.all(jobIds.map((id) => target.getJob(id)));
    for (const job of existing) {
      if (job && ((await job.isCompleted()) || (await job.isFailed()))) await job.remove().catch(() => undefined);
    }
  }

  async depths(): Promise<Record<QueueName, QueueDepth>> {
    const entries = await Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const counts = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
        const depth: QueueDepth = {
          waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
        };
        return [name, depth] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<QueueName, QueueDepth>;
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  private queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}`);
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.connection.quit().catch(() => undefined);
  }
}
