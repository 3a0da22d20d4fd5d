import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { PageQueryDto } from '../common/page-query.dto';
import { Actor, CurrentActor } from '../auth/actor';
import { MergeSpeakerDto } from './dto/create-speaker.dto';
import { SpeakerMergeDto, SpeakerMergePageDto } from './dto/speaker.responses';
import { SpeakerMergeService } from './speaker-merge.service';

@ApiTags('speakers')
@Controller('speakers')
export class SpeakerMergesController {
  constructor(private readonly merges: SpeakerMergeService) {}

  @Post(':id/merge')
  @HttpCode(201)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Merge speakerId into this speaker: statements move, aliases and roles join, the merge is recorded' })
  @ApiCreatedResponse({ type: SpeakerMergeDto, description: 'The recorded merge; POST /speakers/merges/:mergeId/split undoes it' })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  @ApiConflictResponse({ description: 'One of the two is already merged into another speaker' })
  @ApiBadRequestResponse({ description: 'Same speaker twice, or a person and an organisation' })
  merge(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: MergeSpeakerDto, @CurrentActor() actor: Actor) {
    return this.merges.merge(id, dto.speakerId, actor);
  }

  @Get(':id/merges')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Merges this speaker took part in, newest first' })
  @ApiOkResponse({ type: SpeakerMergePageDto })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  list(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: PageQueryDto) {
    return this.merges.list(id, query);
  }

  @Post('merges/:mergeId/split')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Undo a merge: the moved statements, aliases and roles go back, the merged speaker reappears' })
  @ApiOkResponse({ type: SpeakerMergeDto, description: 'The merge, now split' })
  @ApiNotFoundResponse({ description: 'No such merge' })
  @ApiConflictResponse({ description: 'Already split, or the target was merged again since (split that first)' })
  split(@Param('mergeId', new ParseUUIDPipe()) mergeId: string, @CurrentActor() actor: Actor) {
    return this.merges.split(mergeId, actor);
  }
}
