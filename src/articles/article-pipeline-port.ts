/** How the articles feature hands an accepted article to the pipeline, without knowing the pipeline. */
export interface ArticlePipelineStarter {
  /** Queues the article's next stage; doing it twice while that job is live does nothing. */
  start(articleId: string): Promise<void>;
  /** start() for several articles at once, in one call to the queue. */
  startMany(articleIds: readonly string[]): Promise<void>;
}

export const ARTICLE_PIPELINE = Symbol('ARTICLE_PIPELINE');
