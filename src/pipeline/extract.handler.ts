import { Injectable } from '@nestjs/common';
import { ArticlesService } from '../articles/articles.service';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { StatementExtractionService } from '../statements/statement-extraction.service';
import { ArticleJob } from './article-job';
import { ArticleStageHandler } from './article-stage.handler';

@Injectable()
export class ExtractHandler extends ArticleStageHandler {
  readonly queue = 'extract' as const;

  constructor(registry: JobHandlerRegistry, articles: ArticlesService, private readonly extraction: StatementExtractionService) {
    super(registry, articles);
  }

  handle(job: ArticleJob): Promise<void> {
    return this.extraction.extractArticle(job.articleId);
  }
}
