import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { CrossReferenceModule } from '../claims/cross-reference.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { StatementExtractionModule } from '../statements/statement-extraction.module';
import { ExtractHandler } from './extract.handler';
import { IngestHandler } from './ingest.handler';
import { LinkHandler } from './link.handler';

/** The article pipeline's job handlers: ingest → extract → link. */
@Module({
  imports: [ArticlesModule, StatementExtractionModule, SpeakersModule, CrossReferenceModule],
  providers: [IngestHandler, ExtractHandler, LinkHandler],
})
export class PipelineModule {}
