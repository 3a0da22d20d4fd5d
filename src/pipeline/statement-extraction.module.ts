import { Module } from '@nestjs/common';
import { StatementExtractionService } from './statement-extraction.service';
import { statementExtractorProvider } from './statement-extractor.provider';
import { SpeakerDirectorySnapshot } from '../speakers/speaker-directory-snapshot';
import { SpeakersModule } from '../speakers/speakers.module';

/** Worker-side: the extractor and its registry snapshot, which the API does not need. */
@Module({
  imports: [SpeakersModule],
  providers: [StatementExtractionService, SpeakerDirectorySnapshot, statementExtractorProvider],
  exports: [StatementExtractionService],
})
export class StatementExtractionModule {}
