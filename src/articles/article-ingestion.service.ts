import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { QueryFailedError, Repository } from 'typeorm';
import { contentHash } from '../common/hash';
import { prepareArticle } from '../extraction/document/prepare-article';
import { JOB_QUEUE, JobQueue } from '../queue/job-queue';
import { Article } from './article.entity';

/**
 * The ingest stage: cleans the stored input into an article body, finds the publication date and
 * language, and recognises a story already stored under another input (same cleaned body).
 */
@Injectable()
export class ArticleIngestionService {
  private readonly logger = new Logger(ArticleIngestionService.name);

  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async ingest(articleId: string): Promise<void> {
    const article = await this.articles.findOne({ where: { id: articleId } });
    if (!article || article.status === 'duplicate' || article.status === 'failed') return;
    if (article.status === 'queued') {
      const prepared = prepareArticle({
        text: article.inputFormat === 'text' ? article.rawInput : undefined,
        html: article.inputFormat === 'html' ? article.rawInput : undefined,
        publishedAt: article.publishedAt,
        title: article.title,
        url: article.url,
      });
      if (!prepared.body.trim()) throw new UnrecoverableError('no article body found in the input');
      const hash = contentHash(prepared.body);
      const twin = await this.articles
        .createQueryBuilder('a')
        .where('a.content_hash = :hash AND a.id <> :id', { hash, id: articleId })
        .getOne();
      if (twin) {
        await this.markDuplicate(article.id, twin.id);
        return;
      }
      try {
        await this.articles.update(
          { id: article.id, status: 'queued' },
          {
            cleanedBody: prepared.body,
            contentHash: hash,
            title: article.title ?? prepared.title,
            publishedAt: article.publishedAt ?? prepared.publishedAt,
            language: prepared.language,
            status: 'ingested',
          },
        );
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // Another worker stored the same body under another article in the meantime.
        const winner = await this.articles.findOne({ where: { contentHash: hash } });
        if (winner && winner.id !== article.id) await this.markDuplicate(article.id, winner.id);
        return;
      }
    }
    // No job id: a finished job keeps its id in Redis for a while and would swallow a re-run.
    await this.queue.enqueue('extract', { articleId });
  }

  private async markDuplicate(id: string, originalId: string): Promise<void> {
    this.logger.log(`article ${id} duplicates ${originalId}`);
    await this.articles.update({ id }, { status: 'duplicate', duplicateOf: originalId });
  }
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string })?.code === '23505';
}
