import { Module } from '@nestjs/common';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { ArticleCrossReferenceService } from './article-cross-reference.service';
import { ClaimGroupingService } from './claim-grouping.service';

/** Worker side of search and claims: the step the link stage runs once speakers are linked. */
@Module({
  imports: [SearchIndexingModule],
  providers: [ClaimGroupingService, ArticleCrossReferenceService],
  exports: [ArticleCrossReferenceService],
})
export class CrossReferenceModule {}
