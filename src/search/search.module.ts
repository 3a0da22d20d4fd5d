import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Statement } from '../statements/statement.entity';
import { SearchIndexingModule } from './search-indexing.module';
import { SearchController } from './search.controller';
import { StatementSearchService } from './statement-search.service';

/** GET /statements/search. Import before StatementsModule so /statements/:id does not capture it. */
@Module({
  imports: [TypeOrmModule.forFeature([Statement]), SearchIndexingModule],
  controllers: [SearchController],
  providers: [StatementSearchService],
  exports: [StatementSearchService],
})
export class SearchModule {}
