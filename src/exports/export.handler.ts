import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { JobContext, JobHandler } from '../queue/job-queue';
import { ExportJob } from './export-job';
import { ExportRunner } from './export-runner.service';

@Injectable()
export class ExportHandler implements JobHandler<ExportJob>, OnModuleInit {
  readonly queue = 'export' as const;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly runner: ExportRunner,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  handle(job: ExportJob, context: JobContext): Promise<void> {
    return this.runner.run(job.exportId, (percent) => context.progress(percent));
  }

  onFinalFailure(job: ExportJob, error: Error): Promise<void> {
    return this.runner.markFailed(job.exportId, error);
  }
}
