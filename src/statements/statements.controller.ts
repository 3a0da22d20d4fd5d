import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { ListStatementsQuery } from './dto/list-statements.query';
import { StatementsService } from './statements.service';

@ApiTags('statements')
@Controller('statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get()
  @RequireRole('viewer')
  list(@Query() query: ListStatementsQuery) {
    return this.statements.list(query);
  }

  @Get(':id')
  @RequireRole('viewer')
  @ApiNotFoundResponse({ description: 'No such statement' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.statements.get(id);
  }
}
