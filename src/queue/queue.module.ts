import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { BullMqJobQueue } from './bullmq-job-queue';
import { InlineJobQueue } from './inline-job-queue';
import { JobHandlerRegistry } from './job-handler-registry';
import { JOB_QUEUE } from './job-queue';

/** The job queue producers inject: BullMQ on Redis by default, inline when QUEUE_DRIVER=inline. */
@Global()
@Module({
  providers: [
    JobHandlerRegistry,
    BullMqJobQueue,
    InlineJobQueue,
    {
      provide: JOB_QUEUE,
      inject: [AppConfig, BullMqJobQueue, InlineJobQueue],
      useFactory: (config: AppConfig, bullmq: BullMqJobQueue, inline: InlineJobQueue) =>
        config.QUEUE_DRIVER === 'inline' ? inline : bullmq,
    },
  ],
  exports: [JOB_QUEUE, JobHandlerRegistry, BullMqJobQueue],
})
export class QueueModule {}
