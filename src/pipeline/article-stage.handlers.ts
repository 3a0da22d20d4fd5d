import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { ArticleJob } from './article-job';
import { ArticlePipeline } from './article-pipeline.service';
import { ARTICLE_STAGES } from './article-stages';

/** One queue per stage; every job goes to the pipeline, which decides what it means. */
@Injectable()
export class ArticleStageHandlers implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly pipeline: ArticlePipeline,
  ) {}

  onModuleInit(): void {
    for (const stage of ARTICLE_STAGES) {
      this.registry.register<ArticleJob>({
        queue: stage,
        handle: (job) => this.pipeline.run(stage, job.articleId),
        onFinalFailure: (job, error) => this.pipeline.fail(stage, job.articleId, error),
      });
    }
  }
}
