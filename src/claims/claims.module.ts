import { Module } from '@nestjs/common';
import { ClaimViewRepository } from './claim-view.repository';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { ContradictionsService } from './contradictions.service';
import { SpeakerStatementsController } from './speaker-statements.controller';
import { SpeakerStatementsRepository } from './speaker-statements.repository';
import { SpeakerStatementsService } from './speaker-statements.service';

/** API side of cross-referencing: claims, "what did X say about Y", contradiction candidates. */
@Module({
  controllers: [ClaimsController, SpeakerStatementsController],
  providers: [ClaimsService, ClaimViewRepository, SpeakerStatementsService, SpeakerStatementsRepository, ContradictionsService],
})
export class ClaimsModule {}
