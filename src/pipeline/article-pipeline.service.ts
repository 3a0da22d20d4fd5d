import { Injectable, Logger } from '@nestjs/common';
import { ArticleIngestionService } from '../articles/article-ingestion.service';
import { ArticleRepository } from '../articles/article.repository';
import type { Article } from '../entities/article.entity';
import type { ArticleStatus } from '../entities/article-status';
import { ArticleCrossReferenceService } from '../claims/article-cross-reference.service';
import { SpeakerLinkingService } from '../speakers/speaker-linking.service';
import { StatementExtractionService } from './statement-extraction.service';
import { ArticleQueue } from './article-queue';
import { ArticleStage, stageFor } from './article-stages';

/**
 * Owns an article's way through the pipeline. A job names a stage; the article's status says whether
 * that stage is due (a job for a stage already done is a late duplicate and does nothing). The stage
 * service does its one thing, the status moves by the state machine, and the next stage is queued.
 * `done` comes only after every stage, search keys and claims included.
 */
@Injectable()
export class ArticlePipeline {
  private readonly logger = new Logger(ArticlePipeline.name);

  constructor(
    private readonly articles: ArticleRepository,
    private readonly queue: ArticleQueue,
    private readonly ingestion: ArticleIngestionService,
    private readonly extraction: StatementExtractionService,
    private readonly linking: SpeakerLinkingService,
    private readonly crossReference: ArticleCrossReferenceService,
  ) {}

  async run(stage: ArticleStage, articleId: string): Promise<void> {
    const article = await this.articles.findById(articleId);
    if (!article || stageFor(article.status) !== stage) return;
    const reached = await this.runStage(stage, article);
    if (reached) await this.queue.advance(articleId, reached);
  }

  /** After the last attempt of a stage failed: the article fails, with the stage and the reason. */
  async fail(stage: ArticleStage, articleId: string, error: Error): Promise<void> {
    if (await this.articles.markFailed(articleId, `${stage}: ${error.message}`)) this.logger.warn(`article ${articleId} failed at ${stage}: ${error.message}`);
  }

  /** Runs one stage and records its outcome; the status reached, or null when another worker got there first. */
  private async runStage(stage: ArticleStage, article: Article): Promise<ArticleStatus | null> {
    const articleId = article.id;
    switch (stage) {
      case 'ingest': {
        const outcome = await this.ingestion.ingest(article);
        const duplicateOf = 'duplicateOf' in outcome ? outcome.duplicateOf : (await this.articles.recordIngested(articleId, outcome.ingested))?.duplicateOf;
        if (!duplicateOf) return 'ingested';
        this.logger.log(`article ${articleId} duplicates ${duplicateOf}`);
        return (await this.articles.transition(articleId, 'duplicate', { duplicateOf })) ? 'duplicate' : null;
      }
      case 'extract': {
        await this.extraction.extract(article);
        return (await this.articles.transition(articleId, 'extracted')) ? 'extracted' : null;
      }
      case 'link': {
        await this.linking.linkArticle(articleId);
        // Search keys and claims need the linked speakers; both skip what is already done.
        await this.crossReference.crossReference(articleId);
        return (await this.articles.transition(articleId, 'done')) ? 'done' : null;
      }
    }
  }
}
