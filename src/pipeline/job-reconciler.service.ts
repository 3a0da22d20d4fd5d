import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ArticleRepository } from '../articles/article.repository';
import { AppConfig } from '../config/app-config';
import { ExportJob, exportJobId } from '../exports/export-job';
import { ExportJobRepository } from '../exports/export-job.repository';
import { JOB_QUEUE, JobQueue } from '../queue/job-queue';
import { ArticleQueue } from './article-queue';

const BATCH = 500;

/**
 * PostgreSQL is the record, the queue only how the work gets done. At start and then every
 * RECONCILE_INTERVAL_MS, each worker queues again the job every unfinished article and export calls
 * for. Job ids are deterministic, so a job still waiting or running is not doubled; one lost with
 * Redis (or never queued because Redis was down) is queued anew.
 */
@Injectable()
export class JobReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobReconciler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly articles: ArticleRepository,
    private readonly articleQueue: ArticleQueue,
    private readonly exports: ExportJobRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.RECONCILE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Queues what every unfinished article and export calls for; returns how many of each it looked at. */
  async reconcile(): Promise<{ articles: number; exports: number }> {
    let articles = 0;
    for (let after = '0'; ; ) {
      const batch = await this.articles.unfinished(after, BATCH);
      for (const article of batch) await this.articleQueue.advance(article.id, article.status);
      articles += batch.length;
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1].seq;
    }
    const exportIds = await this.exports.unfinishedIds();
    for (const exportId of exportIds) await this.queue.enqueue<ExportJob>('export', { exportId }, { jobId: exportJobId(exportId) });
    return { articles, exports: exportIds.length };
  }

  /** One pass at a time; a failed pass (Redis or PostgreSQL away) is logged and tried again at the next tick. */
  private tick(): void {
    if (this.running) return;
    this.running = this.reconcile()
      .then(
        (counts) => {
          if (counts.articles || counts.exports) this.logger.log(`reconciled ${counts.articles} unfinished article(s), ${counts.exports} export(s)`);
        },
        (err: Error) => this.logger.warn(`reconciliation failed, next try in ${this.config.RECONCILE_INTERVAL_MS} ms: ${err.message}`),
      )
      .finally(() => (this.running = null));
  }
}
