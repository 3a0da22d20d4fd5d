import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { PageQueryDto } from '../common/page-query.dto';
import { ContradictionsService } from './contradictions.service';
import { ContradictionPageDto, SpeakerStatementsPageDto } from './dto/claims.responses';
import { SpeakerStatementsQuery } from './dto/speaker-statements.query';
import { SpeakerStatementsService } from './speaker-statements.service';

// Lives with claims rather than in src/speakers: it reads statements, lemma keys and article bodies.
@ApiTags('speakers')
@Controller('speakers')
export class SpeakerStatementsController {
  constructor(
    private readonly statements: SpeakerStatementsService,
    private readonly contradictions: ContradictionsService,
  ) {}

  @Get(':id/statements')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'What did the speaker say about a topic: statements by date with a monthly timeline and the sentences around each (viewer)' })
  @ApiOkResponse({ type: SpeakerStatementsPageDto })
  @ApiBadRequestResponse({ description: 'Unsearchable topic or invalid cursor; the message names the field' })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  about(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: SpeakerStatementsQuery) {
    return this.statements.about(id, query);
  }

  @Get(':id/contradictions')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Candidate contradictions: pairs of the speaker’s statements on one topic with opposite polarity; candidates, never verdicts (viewer)' })
  @ApiOkResponse({ type: ContradictionPageDto })
  @ApiBadRequestResponse({ description: 'Invalid cursor' })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  contradictionsOf(@Param('id', new ParseUUIDPipe()) id: string, @Query() page: PageQueryDto) {
    return this.contradictions.forSpeaker(id, page);
  }
}
