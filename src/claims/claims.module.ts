import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article } from '../articles/article.entity';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { Speaker } from '../speakers/speaker.entity';
import { Statement } from '../statements/statement.entity';
import { ClaimViewRepository } from './claim-view.repository';
import { Claim } from './claim.entity';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { ContradictionsService } from './contradictions.service';
import { SpeakerStatementsController } from './speaker-statements.controller';
import { SpeakerStatementsService } from './speaker-statements.service';

/** API side of cross-referencing: claims, "what did X say about Y", contradiction candidates. */
@Module({
  imports: [TypeOrmModule.forFeature([Claim, Statement, Speaker, Article]), SearchIndexingModule],
  controllers: [ClaimsController, SpeakerStatementsController],
  providers: [ClaimsService, ClaimViewRepository, SpeakerStatementsService, ContradictionsService],
})
export class ClaimsModule {}
