// Which stage an article goes through next: the one place that knows the order of the pipeline.
// Used by the orchestrator after each stage, by the API when an article is accepted, and by the
// reconciler when it finds an article whose job was lost.
import type { ArticleStatus } from '../entities/article-status';

export const ARTICLE_STAGES = ['ingest', 'extract', 'link'] as const;
export type ArticleStage = (typeof ARTICLE_STAGES)[number];

const STAGE_FOR_STATUS: Partial<Record<ArticleStatus, ArticleStage>> = {
  queued: 'ingest',
  ingested: 'extract',
  extracted: 'link',
};

/** The stage that takes an article on from this status; null once it is finished. */
export function stageFor(status: ArticleStatus): ArticleStage | null {
  return STAGE_FOR_STATUS[status] ?? null;
}

/** One job id per article and stage: queueing a stage twice while its job is live does nothing. */
export function articleJobId(stage: ArticleStage, articleId: string): string {
  return `${stage}-${articleId}`;
}
