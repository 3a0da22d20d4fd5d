import { Module } from '@nestjs/common';
import { ExportWorkerModule } from '../exports/export-worker.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { QueueWorkers } from '../queue/queue-workers';
import { CoreModule } from './core.module';

/** The queue-worker process: runs the pipeline's handlers under BullMQ workers. */
@Module({
  imports: [CoreModule, PipelineModule, ExportWorkerModule],
  providers: [QueueWorkers],
})
export class WorkerModule {}
