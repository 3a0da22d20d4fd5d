import { Injectable } from '@nestjs/common';
import { ArticlesService } from '../articles/articles.service';
import { ArticleCrossReferenceService } from '../claims/article-cross-reference.service';
import { JobHandlerRegistry } from '../queue/job-handler-registry';
import { SpeakerLinkingService } from '../speakers/speaker-linking.service';
import { ArticleJob } from './article-job';
import { ArticleStageHandler } from './article-stage.handler';

@Injectable()
export class LinkHandler extends ArticleStageHandler {
  readonly queue = 'link' as const;

  constructor(
    registry: JobHandlerRegistry,
    articles: ArticlesService,
    private readonly linking: SpeakerLinkingService,
    private readonly crossReference: ArticleCrossReferenceService,
  ) {
    super(registry, articles);
  }

  async handle(job: ArticleJob): Promise<void> {
    await this.linking.linkArticle(job.articleId);
    // Search keys and claims need the linked speakers; both steps skip what is already done.
    await this.crossReference.crossReference(job.articleId);
  }
}
