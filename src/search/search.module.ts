import { Module } from '@nestjs/common';
import { SearchIndexingModule } from './search-indexing.module';
import { SearchController } from './search.controller';
import { StatementSearchRepository } from './statement-search.repository';
import { StatementSearchService } from './statement-search.service';

/** GET /statements/search. Import before StatementsModule so /statements/:id does not capture it. */
@Module({
  imports: [SearchIndexingModule],
  controllers: [SearchController],
  providers: [StatementSearchService, StatementSearchRepository],
  exports: [StatementSearchService],
})
export class SearchModule {}
