import { OnModuleInit } from '@nestjs/common';
import { ArticlesService } from '../articles/articles.service';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { JobHandler, QueueName } from '../queue/job-queue';
import { ArticleJob } from './article-job';

/** A pipeline stage over one article: registers for its queue, and a final failure fails the article with the reason. */
export abstract class ArticleStageHandler implements JobHandler<ArticleJob>, OnModuleInit {
  abstract readonly queue: QueueName;

  protected constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly articles: ArticlesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  abstract handle(job: ArticleJob): Promise<void>;

  onFinalFailure(job: ArticleJob, error: Error): Promise<void> {
    return this.articles.markFailed(job.articleId, `${this.queue}: ${error.message}`);
  }
}
