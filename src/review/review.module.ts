import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CrossReferenceModule } from '../claims/cross-reference.module';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { AuditLogService } from './audit-log.service';
import { NoteRepository } from './note.repository';
import { NotesService } from './notes.service';
import { ReviewController } from './review.controller';
import { StatementNote } from './statement-note.entity';
import { StatementReviewService } from './statement-review.service';
import { StatementVerdict } from './statement-verdict.entity';
import { VerdictRepository } from './verdict.repository';
import { VerdictsService } from './verdicts.service';

/** Editorial review of statements: status, corrections, assignment, verdicts, notes, deletion and the audit trail. */
@Module({
  imports: [TypeOrmModule.forFeature([StatementNote, StatementVerdict]), SearchIndexingModule, CrossReferenceModule],
  controllers: [ReviewController],
  providers: [StatementReviewService, VerdictsService, NotesService, AuditLogService, VerdictRepository, NoteRepository],
})
export class ReviewModule {}
