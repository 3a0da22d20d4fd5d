import { Module } from '@nestjs/common';
import { StatementIndexingService } from './statement-indexing.service';

/** Lemma keys for statements: used by the worker after linking and by review after an edit. */
@Module({
  providers: [StatementIndexingService],
  exports: [StatementIndexingService],
})
export class SearchIndexingModule {}
