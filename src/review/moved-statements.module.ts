import { Global, Module } from '@nestjs/common';
import { CrossReferenceModule } from '../claims/cross-reference.module';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { MOVED_STATEMENTS_FOLLOW_UP } from '../speakers/moved-statements.port';
import { MovedStatementsFollowUpService } from './moved-statements.follow-up';

/** Provides speakers' merges with what follows a move of statements, without speakers importing review, search or claims. */
@Global()
@Module({
  imports: [SearchIndexingModule, CrossReferenceModule],
  providers: [{ provide: MOVED_STATEMENTS_FOLLOW_UP, useClass: MovedStatementsFollowUpService }],
  exports: [MOVED_STATEMENTS_FOLLOW_UP],
})
export class MovedStatementsModule {}
