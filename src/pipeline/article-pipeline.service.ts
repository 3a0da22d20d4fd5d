import { Inject, Injectable, Logger } from '@nestjs/common';
import { ArticleIngestionService } from '../articles/article-ingestion.service';
import { ArticleRepository } from '../articles/article.repository';
import { AppConfig } from '../config/app-config';
import type { Article } from '../entities/article.entity';
import { ArticleCrossReferenceService } from '../claims/article-cross-reference.service';
import { SpeakerLinkingService } from '../speakers/speaker-linking.service';
import { StatementExtractionService } from './statement-extraction.service';
import { ARTICLE_STAGES, ArticleStage, stageFor } from './article-stages';
import { MicroBatcher } from './micro-batcher';

/** The milliseconds each stage took, which the queue keeps with the finished job. */
export type StageTimes = Partial<Record<ArticleStage, number>>;

/** Batches a worker runs at once: while one waits on the database, the next one's articles are extracted. */
export const BATCHES_IN_FLIGHT = 2;

/**
 * Owns an article's way through the pipeline. The article's status says which stage is due; a job
 * runs it, the status moves by the state machine, and the same job goes on with the next stage (a
 * queue hop per stage cost more than a small stage itself). A job for an article already finished is
 * a late duplicate and does nothing; one that finds its article further on than its own stage (a
 * retry after a later stage failed) takes it from there. `done` comes only after every stage,
 * search keys and claims included.
 *
 * Jobs that a worker runs at the same time go through the stages together, as one batch (up to
 * PIPELINE_BATCH articles): each stage reads and writes the batch's rows in a few set-based queries
 * instead of a dozen round trips an article. An article whose own work fails (its input cannot be
 * cleaned, the extractor throws) fails alone; when a batch fails as a whole, its articles are taken
 * again one by one, so one article never fails another.
 */
@Injectable()
export class ArticlePipeline {
  private readonly logger = new Logger(ArticlePipeline.name);
  private readonly batcher: MicroBatcher<string, StageTimes>;

  constructor(
    private readonly articles: ArticleRepository,
    private readonly ingestion: ArticleIngestionService,
    private readonly extraction: StatementExtractionService,
    private readonly linking: SpeakerLinkingService,
    private readonly crossReference: ArticleCrossReferenceService,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.batcher = new MicroBatcher((ids) => this.runMany(ids), { maxBatch: config.PIPELINE_BATCH, maxInFlight: BATCHES_IN_FLIGHT });
  }

  /** Runs the stages due for an article (in a batch with the other articles this worker runs now). */
  run(articleId: string): Promise<StageTimes> {
    return this.batcher.submit(articleId);
  }

  /** After the last attempt of a job failed: the article fails, with the stage it was at and the reason. */
  async fail(queued: ArticleStage, articleId: string, error: Error): Promise<void> {
    const article = await this.articles.findById(articleId);
    const stage = (article && stageFor(article.status)) ?? queued;
    if (await this.articles.markFailed(articleId, `${stage}: ${error.message}`)) this.logger.warn(`article ${articleId} failed at ${stage}: ${error.message}`);
  }

  /**
   * Takes these articles through the stages due, each stage once for all of them; for each article,
   * the time of each stage it went through (the batch's), or the error that stopped it.
   */
  async runMany(articleIds: readonly string[]): Promise<Array<{ value: StageTimes } | { error: Error }>> {
    const byId = new Map((await this.articles.findByIds(articleIds)).map((a) => [a.id, a]));
    const failed = new Map<string, Error>();
    const took = new Map<string, StageTimes>(articleIds.map((id) => [id, {}]));
    for (const stage of ARTICLE_STAGES) {
      const due = [...byId.values()].filter((a) => stageFor(a.status) === stage);
      if (!due.length) continue;
      const started = performance.now();
      const outcome = await this.runStage(stage, due);
      const ms = Math.round(performance.now() - started);
      for (const article of due) {
        took.get(article.id)![stage] = ms;
        const next = outcome.get(article.id);
        if (next instanceof Error) failed.set(article.id, next);
        if (!next || next instanceof Error) byId.delete(article.id);
        else byId.set(article.id, next);
      }
    }
    return articleIds.map((id) => (failed.has(id) ? { error: failed.get(id)! } : { value: took.get(id)! }));
  }

  /**
   * Runs one stage for articles at it and records the outcome: each article as it now stands, an
   * error of its own, or nothing when another worker moved it first.
   */
  private async runStage(stage: ArticleStage, due: Article[]): Promise<Map<string, Article | Error>> {
    const outcome = new Map<string, Article | Error>();
    switch (stage) {
      case 'ingest': {
        const results = await this.ingestion.ingestMany(due);
        const ingested = due.flatMap((article, i) => {
          const result = results[i];
          if ('error' in result) outcome.set(article.id, result.error);
          return 'ingested' in result ? [{ article, fields: result.ingested }] : [];
        });
        const recorded = await this.articles.recordIngestedMany(ingested.map(({ article, fields }) => ({ id: article.id, fields })));
        const duplicates: Array<{ article: Article; duplicateOf: string }> = [];
        for (const { article, fields } of ingested) {
          const lostRace = recorded.get(article.id);
          if (lostRace) duplicates.push({ article, duplicateOf: lostRace.duplicateOf });
          else if (recorded.has(article.id)) outcome.set(article.id, { ...article, ...fields, status: 'ingested' });
        }
        due.forEach((article, i) => {
          const result = results[i];
          if ('duplicateOf' in result) duplicates.push({ article, duplicateOf: result.duplicateOf });
        });
        for (const { article, duplicateOf } of duplicates) {
          this.logger.log(`article ${article.id} duplicates ${duplicateOf}`);
          if (await this.articles.transition(article.id, 'duplicate', { duplicateOf })) outcome.set(article.id, { ...article, duplicateOf, status: 'duplicate' });
        }
        return outcome;
      }
      case 'extract': {
        const results = await this.extraction.extractMany(due);
        due.forEach((article, i) => {
          const result = results[i];
          if ('error' in result) outcome.set(article.id, result.error);
        });
        return this.moveOn(due.filter((a) => !outcome.has(a.id)), 'extracted', outcome);
      }
      case 'link': {
        const ids = due.map((a) => a.id);
        await this.linking.linkArticles(ids);
        // Search keys and claims need the linked speakers; both skip what is already done.
        await this.crossReference.crossReference(ids);
        return this.moveOn(due, 'done', outcome);
      }
    }
  }

  private async moveOn(articles: Article[], to: 'extracted' | 'done', outcome: Map<string, Article | Error>): Promise<Map<string, Article | Error>> {
    const moved = await this.articles.transitionMany(articles.map((a) => a.id), to);
    for (const article of articles) if (moved.has(article.id)) outcome.set(article.id, { ...article, status: to });
    return outcome;
  }
}
