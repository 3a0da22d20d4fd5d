import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { CrossReferenceModule } from '../claims/cross-reference.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { StatementExtractionModule } from './statement-extraction.module';
import { ArticlePipeline } from './article-pipeline.service';
import { ArticleStageHandlers } from './article-stage.handlers';

/** The article pipeline: ingest → extract → link (with search keys and claims) → done, run by the queue workers. */
@Module({
  imports: [ArticlesModule, StatementExtractionModule, SpeakersModule, CrossReferenceModule],
  providers: [ArticlePipeline, ArticleStageHandlers],
})
export class PipelineModule {}
