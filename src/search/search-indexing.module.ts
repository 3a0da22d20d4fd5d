import { Module } from '@nestjs/common';
import { morphologyProvider } from './morphology.provider';
import { StatementIndexingService } from './statement-indexing.service';

/** Lemma keys for statements: used by the worker after linking and by review after an edit. */
@Module({
  providers: [morphologyProvider, StatementIndexingService],
  exports: [morphologyProvider, StatementIndexingService],
})
export class SearchIndexingModule {}
