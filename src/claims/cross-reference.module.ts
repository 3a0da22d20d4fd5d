import { Module } from '@nestjs/common';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { ArticleCrossReferenceService } from './article-cross-reference.service';
import { StatementSampleRepository } from '../statements/statement-sample.repository';
import { ClaimGroupingService } from './claim-grouping.service';
import { LemmaFrequencies } from './lemma-frequencies';

/** Search keys and claim grouping: the step the link stage runs once speakers are linked, and what review re-runs after an edit. */
@Module({
  imports: [SearchIndexingModule],
  providers: [ClaimGroupingService, ArticleCrossReferenceService, LemmaFrequencies, StatementSampleRepository],
  exports: [ArticleCrossReferenceService, ClaimGroupingService],
})
export class CrossReferenceModule {}
