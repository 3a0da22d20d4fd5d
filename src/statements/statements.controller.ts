import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { Actor, CurrentActor } from '../auth/actor';
import { StatementListQuery } from './dto/statement-list.query';
import { StatementDto, StatementPageDto, StatusCountsDto } from './dto/statement.responses';
import { STATUS_COUNT_CAP, StatementsService } from './statements.service';

@ApiTags('statements')
@Controller('statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOkResponse({ type: StatementPageDto })
  list(@Query() query: StatementListQuery, @CurrentActor() actor: Actor) {
    return this.statements.list({ ...query, assignee: query.assignee === 'me' ? actor.keyId : query.assignee });
  }

  // Declared before :id, which would read "status-counts" as an id.
  @Get('status-counts')
  @RequireRole('viewer')
  @ApiOperation({ summary: `Live statements per review status, each counted up to ${STATUS_COUNT_CAP} (exact: false beyond)` })
  @ApiOkResponse({ type: StatusCountsDto })
  async statusCounts() {
    return { items: await this.statements.countByStatus() };
  }

  @Get(':id')
  @RequireRole('viewer')
  @ApiOkResponse({ type: StatementDto })
  @ApiNotFoundResponse({ description: 'No such statement' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.statements.get(id);
  }
}
