import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { PageQueryDto } from '../common/page-query.dto';
import { Actor, CurrentActor } from '../auth/actor';
import { AuditLogService } from './audit-log.service';
import { AssignStatementDto } from './dto/assign-statement.dto';
import { CreateNoteDto } from './dto/create-note.dto';
import { CreateVerdictDto } from './dto/create-verdict.dto';
import { DeletedStatementDto, NoteDto, NotePageDto, ReviewedStatementDto, StatementEventPageDto, VerdictDto, VerdictPageDto, VersionConflictDto } from './dto/review.responses';
import { UpdateStatementDto } from './dto/update-statement.dto';
import { VersionDto } from './dto/version.dto';
import { expectedVersion } from './expected-version';
import { NotesService } from './notes.service';
import { StatementReviewService } from './statement-review.service';
import { VerdictsService } from './verdicts.service';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The statement version you read, e.g. "3" (instead of the body field version)' };
const UUID = new ParseUUIDPipe();

@ApiTags('review')
@Controller('statements')
export class ReviewController {
  constructor(
    private readonly review: StatementReviewService,
    private readonly verdicts: VerdictsService,
    private readonly notes: NotesService,
    private readonly audit: AuditLogService,
  ) {}

  @Patch(':id')
  @RequireRole('editor')
  @ApiOperation({ summary: 'Review or correct a statement (editor)', description: 'Sets the review status and corrects the quote span (re-read from the article body), speaker, date or type.' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ReviewedStatementDto, description: 'The statement after the change, with its new version' })
  @ApiBadRequestResponse({ description: 'Invalid field, missing version, or nothing to change; the message names the field' })
  @ApiNotFoundResponse({ description: 'No such statement (or deleted)' })
  @ApiConflictResponse({ type: VersionConflictDto, description: 'The version is stale; the body carries currentVersion' })
  update(@Param('id', UUID) id: string, @Body() dto: UpdateStatementDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor) {
    return this.review.update(id, dto, expectedVersion(dto.version, ifMatch), actor);
  }

  @Put(':id/assignment')
  @RequireRole('editor')
  @ApiOperation({ summary: 'Assign a statement to an editor, or unassign it (editor)' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ReviewedStatementDto, description: 'The statement with its assignee' })
  @ApiBadRequestResponse({ description: 'The assignee names no live editor or admin key, or the version is missing' })
  @ApiNotFoundResponse({ description: 'No such statement' })
  @ApiConflictResponse({ type: VersionConflictDto, description: 'The version is stale' })
  assign(@Param('id', UUID) id: string, @Body() dto: AssignStatementDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor) {
    return this.review.assign(id, dto, expectedVersion(dto.version, ifMatch), actor);
  }

  @Delete(':id')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Delete a statement (admin): it is hidden, never erased, and the deletion is an audit event' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DeletedStatementDto })
  @ApiBadRequestResponse({ description: 'The version is missing' })
  @ApiNotFoundResponse({ description: 'No such statement, or already deleted' })
  @ApiConflictResponse({ type: VersionConflictDto, description: 'The version is stale' })
  remove(@Param('id', UUID) id: string, @Body() dto: VersionDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor) {
    return this.review.remove(id, expectedVersion(dto?.version, ifMatch), actor);
  }

  @Get(':id/history')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'The audit trail of a statement, newest first: who, when, action, before and after' })
  @ApiOkResponse({ type: StatementEventPageDto })
  @ApiNotFoundResponse({ description: 'No such statement' })
  history(@Param('id', UUID) id: string, @Query() page: PageQueryDto) {
    return this.audit.history(id, page);
  }

  @Post(':id/verdicts')
  @RequireRole('editor')
  @ApiOperation({ summary: 'Give a fact-check verdict with rationale and source links (editor)' })
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: VerdictDto, description: 'The verdict, with the statement version after it' })
  @ApiBadRequestResponse({ description: 'Unknown verdict, missing rationale, a source that is not an http(s) URL, or a missing version' })
  @ApiNotFoundResponse({ description: 'No such statement' })
  @ApiConflictResponse({ type: VersionConflictDto, description: 'The version is stale' })
  addVerdict(@Param('id', UUID) id: string, @Body() dto: CreateVerdictDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor) {
    return this.verdicts.add(id, dto, expectedVersion(dto.version, ifMatch), actor);
  }

  @Get(':id/verdicts')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Verdicts given on a statement, newest first' })
  @ApiOkResponse({ type: VerdictPageDto })
  @ApiNotFoundResponse({ description: 'No such statement' })
  listVerdicts(@Param('id', UUID) id: string, @Query() page: PageQueryDto) {
    return this.verdicts.list(id, page);
  }

  @Post(':id/notes')
  @HttpCode(201)
  @RequireRole('editor')
  @ApiOperation({ summary: 'Add an editor note (editor); needs no version' })
  @ApiCreatedResponse({ type: NoteDto })
  @ApiBadRequestResponse({ description: 'Empty or oversized body' })
  @ApiNotFoundResponse({ description: 'No such statement' })
  addNote(@Param('id', UUID) id: string, @Body() dto: CreateNoteDto, @CurrentActor() actor: Actor) {
    return this.notes.add(id, dto, actor);
  }

  @Get(':id/notes')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Notes on a statement, newest first' })
  @ApiOkResponse({ type: NotePageDto })
  @ApiNotFoundResponse({ description: 'No such statement' })
  listNotes(@Param('id', UUID) id: string, @Query() page: PageQueryDto) {
    return this.notes.list(id, page);
  }
}
