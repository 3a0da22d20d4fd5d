import { Injectable, OnModuleInit } from '@nestjs/common';
import { ArticleIngestionService } from '../articles/article-ingestion.service';
import { ArticlesService } from '../articles/articles.service';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { JobHandler } from '../queue/job-queue';
import { ArticleJob } from './article-job';

@Injectable()
export class IngestHandler implements JobHandler<ArticleJob>, OnModuleInit {
  readonly queue = 'ingest' as const;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly ingestion: ArticleIngestionService,
    private readonly articles: ArticlesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  handle(job: ArticleJob): Promise<void> {
    return this.ingestion.ingest(job.articleId);
  }

  onFinalFailure(job: ArticleJob, error: Error): Promise<void> {
    return this.articles.markFailed(job.articleId, `ingest: ${error.message}`);
  }
}
