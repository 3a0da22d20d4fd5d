import { Injectable, Logger } from '@nestjs/common';
import { ArticleIngestionService } from '../articles/article-ingestion.service';
import { ArticleRepository } from '../articles/article.repository';
import type { Article } from '../entities/article.entity';
import { ArticleCrossReferenceService } from '../claims/article-cross-reference.service';
import { SpeakerLinkingService } from '../speakers/speaker-linking.service';
import { StatementExtractionService } from './statement-extraction.service';
import { ArticleStage, stageFor } from './article-stages';

/**
 * Owns an article's way through the pipeline. The article's status says which stage is due; a job
 * runs it, the status moves by the state machine, and the same job goes on with the next stage (a
 * queue hop per stage cost more than a small stage itself). A job for an article already finished is
 * a late duplicate and does nothing; one that finds its article further on than its own stage (a
 * retry after a later stage failed) takes it from there. `done` comes only after every stage,
 * search keys and claims included.
 */
@Injectable()
export class ArticlePipeline {
  private readonly logger = new Logger(ArticlePipeline.name);

  constructor(
    private readonly articles: ArticleRepository,
    private readonly ingestion: ArticleIngestionService,
    private readonly extraction: StatementExtractionService,
    private readonly linking: SpeakerLinkingService,
    private readonly crossReference: ArticleCrossReferenceService,
  ) {}

  /** Runs the stages due; returns the milliseconds each took, which the queue keeps with the finished job. */
  async run(_queued: ArticleStage, articleId: string): Promise<Partial<Record<ArticleStage, number>>> {
    const took: Partial<Record<ArticleStage, number>> = {};
    let article = await this.articles.findById(articleId);
    for (let stage = article && stageFor(article.status); article && stage; stage = article && stageFor(article.status)) {
      const started = performance.now();
      article = await this.runStage(stage, article);
      took[stage] = Math.round(performance.now() - started);
    }
    return took;
  }

  /** After the last attempt of a job failed: the article fails, with the stage it was at and the reason. */
  async fail(queued: ArticleStage, articleId: string, error: Error): Promise<void> {
    const article = await this.articles.findById(articleId);
    const stage = (article && stageFor(article.status)) ?? queued;
    if (await this.articles.markFailed(articleId, `${stage}: ${error.message}`)) this.logger.warn(`article ${articleId} failed at ${stage}: ${error.message}`);
  }

  /** Runs one stage and records its outcome; the article as it now stands, or null when another worker moved it first. */
  private async runStage(stage: ArticleStage, article: Article): Promise<Article | null> {
    const articleId = article.id;
    switch (stage) {
      case 'ingest': {
        const outcome = await this.ingestion.ingest(article);
        const duplicateOf = 'duplicateOf' in outcome ? outcome.duplicateOf : (await this.articles.recordIngested(articleId, outcome.ingested))?.duplicateOf;
        if (!duplicateOf) return { ...article, ...('ingested' in outcome ? outcome.ingested : {}), status: 'ingested' };
        this.logger.log(`article ${articleId} duplicates ${duplicateOf}`);
        return (await this.articles.transition(articleId, 'duplicate', { duplicateOf })) ? { ...article, duplicateOf, status: 'duplicate' } : null;
      }
      case 'extract': {
        await this.extraction.extract(article);
        return (await this.articles.transition(articleId, 'extracted')) ? { ...article, status: 'extracted' } : null;
      }
      case 'link': {
        await this.linking.linkArticle(articleId);
        // Search keys and claims need the linked speakers; both skip what is already done.
        await this.crossReference.crossReference(articleId);
        return (await this.articles.transition(articleId, 'done')) ? { ...article, status: 'done' } : null;
      }
    }
  }
}
