import { Injectable, OnModuleInit } from '@nestjs/common';
import { ArticlesService } from '../articles/articles.service';
import { ArticleCrossReferenceService } from '../claims/article-cross-reference.service';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { JobHandler } from '../queue/job-queue';
import { SpeakerLinkingService } from '../speakers/speaker-linking.service';
import { ArticleJob } from './article-job';

@Injectable()
export class LinkHandler implements JobHandler<ArticleJob>, OnModuleInit {
  readonly queue = 'link' as const;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly linking: SpeakerLinkingService,
    private readonly articles: ArticlesService,
    private readonly crossReference: ArticleCrossReferenceService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async handle(job: ArticleJob): Promise<void> {
    await this.linking.linkArticle(job.articleId);
    // Search keys and claims need the linked speakers; both steps skip what is already done.
    await this.crossReference.crossReference(job.articleId);
  }

  onFinalFailure(job: ArticleJob, error: Error): Promise<void> {
    return this.articles.markFailed(job.articleId, `link: ${error.message}`);
  }
}
