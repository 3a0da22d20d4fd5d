import { Module } from '@nestjs/common';
import { StatementExtractionService } from './statement-extraction.service';
import { statementExtractorProvider } from './statement-extractor.provider';
import { SpeakerDirectorySnapshot } from '../speakers/speaker-directory-snapshot';

/** Worker-side: the extractor and its registry snapshot, which the API does not need. */
@Module({
  providers: [StatementExtractionService, SpeakerDirectorySnapshot, statementExtractorProvider],
  exports: [StatementExtractionService],
})
export class StatementExtractionModule {}
