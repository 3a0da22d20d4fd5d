import { Module } from '@nestjs/common';
import { ExportWorkerModule } from '../exports/export-worker.module';
import { JobReconciler } from '../pipeline/job-reconciler.service';
import { PipelineModule } from '../pipeline/pipeline.module';
import { QueueWorkers } from '../queue/queue-workers';
import { CoreModule } from './core.module';

/** The queue-worker process: runs the pipeline's handlers under BullMQ workers, and queues again what the queue lost. */
@Module({
  imports: [CoreModule, PipelineModule, ExportWorkerModule],
  providers: [QueueWorkers, JobReconciler],
})
export class WorkerModule {}
