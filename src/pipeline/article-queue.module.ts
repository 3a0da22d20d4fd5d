import { Global, Module } from '@nestjs/common';
import { ARTICLE_PIPELINE } from '../articles/article-pipeline-port';
import { ArticleQueue } from './article-queue';

/** The pipeline's entry, for every process that accepts or reconciles articles (API and workers). */
@Global()
@Module({
  providers: [ArticleQueue, { provide: ARTICLE_PIPELINE, useExisting: ArticleQueue }],
  exports: [ArticleQueue, ARTICLE_PIPELINE],
})
export class ArticleQueueModule {}
