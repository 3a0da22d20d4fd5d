import { Module } from '@nestjs/common';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { ArticleCrossReferenceService } from './article-cross-reference.service';
import { ClaimGroupingService } from './claim-grouping.service';

/** Search keys and claim grouping: the step the link stage runs once speakers are linked, and what review re-runs after an edit. */
@Module({
  imports: [SearchIndexingModule],
  providers: [ClaimGroupingService, ArticleCrossReferenceService],
  exports: [ArticleCrossReferenceService, ClaimGroupingService],
})
export class CrossReferenceModule {}
