import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { ArticleJob } from './article-job';
import { ArticlePipeline, BATCHES_IN_FLIGHT } from './article-pipeline.service';
import { ARTICLE_STAGES } from './article-stages';

/**
 * One queue per stage; every job goes to the pipeline, which decides what it means. A worker holds
 * as many article jobs as its batches in flight can carry, so that they fill the batches.
 */
@Injectable()
export class ArticleStageHandlers implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly pipeline: ArticlePipeline,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const stage of ARTICLE_STAGES) {
      this.registry.register<ArticleJob>({
        queue: stage,
        concurrency: this.config.PIPELINE_BATCH * BATCHES_IN_FLIGHT,
        handle: (job) => this.pipeline.run(job.articleId),
        onFinalFailure: (job, error) => this.pipeline.fail(stage, job.articleId, error),
      });
    }
  }
}
