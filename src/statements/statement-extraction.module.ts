import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article } from '../articles/article.entity';
import { StatementExtractionService } from './statement-extraction.service';
import { statementExtractorProvider } from './statement-extractor.provider';
import { Statement } from './statement.entity';

/** Worker-side: loads the extractor (morphology dictionaries, speaker registry), which the API does not need. */
@Module({
  imports: [TypeOrmModule.forFeature([Statement, Article])],
  providers: [StatementExtractionService, statementExtractorProvider],
  exports: [StatementExtractionService],
})
export class StatementExtractionModule {}
