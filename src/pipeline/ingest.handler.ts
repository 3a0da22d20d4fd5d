import { Injectable } from '@nestjs/common';
import { ArticleIngestionService } from '../articles/article-ingestion.service';
import { ArticlesService } from '../articles/articles.service';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { ArticleJob } from './article-job';
import { ArticleStageHandler } from './article-stage.handler';

@Injectable()
export class IngestHandler extends ArticleStageHandler {
  readonly queue = 'ingest' as const;

  constructor(registry: JobHandlerRegistry, articles: ArticlesService, private readonly ingestion: ArticleIngestionService) {
    super(registry, articles);
  }

  handle(job: ArticleJob): Promise<void> {
    return this.ingestion.ingest(job.articleId);
  }
}
