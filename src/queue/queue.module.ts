import { DynamicModule, Module } from '@nestjs/common';
import { QueueDriver } from '../config/app-config';
import { BullMqJobQueue } from './bullmq-job-queue';
import { InlineJobQueue } from './inline-job-queue';
import { JobHandlerRegistry } from './job-handler-registry';
import { JOB_QUEUE } from './job-queue';

/**
 * The job queue producers inject: BullMQ on Redis, or inline. With the inline driver BullMqJobQueue is
 * not provided at all, so nothing opens a Redis connection.
 */
@Module({})
export class QueueModule {
  static forRoot(driver: QueueDriver): DynamicModule {
    const driverClass = driver === 'inline' ? InlineJobQueue : BullMqJobQueue;
    return {
      module: QueueModule,
      global: true,
      providers: [JobHandlerRegistry, driverClass, { provide: JOB_QUEUE, useExisting: driverClass }],
      exports: [JOB_QUEUE, JobHandlerRegistry, driverClass],
    };
  }
}
