import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CrossReferenceModule } from '../claims/cross-reference.module';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { AuditLogService } from './audit-log.service';
import { NotesService } from './notes.service';
import { ReviewController } from './review.controller';
import { StatementEvent } from './statement-event.entity';
import { StatementNote } from './statement-note.entity';
import { StatementReviewService } from './statement-review.service';
import { StatementVerdict } from './statement-verdict.entity';
import { VerdictsService } from './verdicts.service';

/** Editorial review of statements: status, corrections, assignment, verdicts, notes, deletion and the audit trail. */
@Module({
  imports: [TypeOrmModule.forFeature([StatementEvent, StatementNote, StatementVerdict]), SearchIndexingModule, CrossReferenceModule],
  controllers: [ReviewController],
  providers: [StatementReviewService, VerdictsService, NotesService, AuditLogService],
})
export class ReviewModule {}
