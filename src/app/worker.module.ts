import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ExportWorkerModule } from '../exports/export-worker.module';
import { JobReconciler } from '../pipeline/job-reconciler.service';
import { PipelineModule } from '../pipeline/pipeline.module';
import { QueueWorkers } from '../queue/queue-workers';
import { ServiceTargets } from '../config/service-targets';
import { CoreModule } from './core.module';

/** The queue-worker process: runs the pipeline's handlers under BullMQ workers, and queues again what the queue lost. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, targets: ServiceTargets): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, targets), PipelineModule, ExportWorkerModule],
      providers: [QueueWorkers, JobReconciler],
    };
  }
}
