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

  /** Queues the stage that takes the article on from `status`; nothing once it is finished. */
  async advance(articleId: string, status: ArticleStatus): Promise<void> {
    const stage = stageFor(status);
    if (stage) await this.queue.enqueue<ArticleJob>(stage, { articleId }, { jobId: articleJobId(stage, articleId) });
  }
}
