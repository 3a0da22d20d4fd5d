import { Injectable, OnModuleInit } from '@nestjs/common';
import { ArticlesService } from '../articles/articles.service';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { JobHandler } from '../queue/job-queue';
import { StatementExtractionService } from '../statements/statement-extraction.service';
import { ArticleJob } from './article-job';

@Injectable()
export class ExtractHandler implements JobHandler<ArticleJob>, OnModuleInit {
  readonly queue = 'extract' as const;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly extraction: StatementExtractionService,
    private readonly articles: ArticlesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  handle(job: ArticleJob): Promise<void> {
    return this.extraction.extractArticle(job.articleId);
  }

  onFinalFailure(job: ArticleJob, error: Error): Promise<void> {
    return this.articles.markFailed(job.articleId, `extract: ${error.message}`);
  }
}
