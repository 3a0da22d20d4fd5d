import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { SearchStatementsQuery } from './dto/search-statements.query';
import { SearchPageDto } from './dto/search.responses';
import { StatementSearchService } from './statement-search.service';

// Registered before StatementsModule (see ApiModule) so that GET /statements/:id does not take "search" for an id.
@ApiTags('search')
@Controller('statements')
export class SearchController {
  constructor(private readonly search: StatementSearchService) {}

  @Get('search')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Full-text search of statements in Russian, any inflection (viewer)',
    description: 'Lemmatised with the extractor morphology: «переговоров» finds «переговоры», «Токаеву» finds Токаев. Filters as GET /statements plus verdict; facets by speaker, month, verdict and outlet; matched words highlighted.',
  })
  @ApiOkResponse({ type: SearchPageDto })
  @ApiBadRequestResponse({ description: 'Missing or unsearchable q, or an invalid filter; the message names the field' })
  find(@Query() query: SearchStatementsQuery) {
    return this.search.search(query);
  }
}
