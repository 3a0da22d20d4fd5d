import { Inject, Injectable } from '@nestjs/common';
import type { ArticleStatus } from '../entities/article-status';
import { ArticlePipelineStarter } from '../articles/article-pipeline-port';
import { JOB_QUEUE, JobQueue } from '../queue/job-queue';
import { ArticleJob } from './article-job';
import { articleJobId, stageFor } from './article-stages';

/** Queues the job an article's status calls for, under its deterministic id. */
@Injectable()
export class ArticleQueue implements ArticlePipelineStarter {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  /** An article just accepted (status queued). */
  start(articleId: string): Promise<void> {
    return this.advance(articleId, 'queued');
  }

  async startMany(articleIds: readonly string[]): Promise<void> {
    const stage = stageFor('queued');
    if (!stage || articleIds.length === 0) return;
    await this.queue.enqueueMany<ArticleJob>(
      stage,
      articleIds.map((articleId) => ({ data: { articleId }, options: { jobId: articleJobId(stage, articleId) } })),
    );
  }

  /** Queues the stage that takes the article on from `status`; nothing once it is finished. */
  async advance(articleId: string, status: ArticleStatus): Promise<void> {
    const stage = stageFor(status);
    if (stage) await this.queue.enqueue<ArticleJob>(stage, { articleId }, { jobId: articleJobId(stage, articleId) });
  }
}
