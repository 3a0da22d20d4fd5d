import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { PageQueryDto } from '../common/page-query.dto';
import { ClaimsService } from './claims.service';
import { ClaimPageDto, ClaimWithAppearancesDto } from './dto/claims.responses';
import { ListClaimsQuery } from './dto/list-claims.query';

@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Claims, newest first; filter wordingDiffers=true for possible misquotes (viewer)' })
  @ApiOkResponse({ type: ClaimPageDto })
  @ApiBadRequestResponse({ description: 'Invalid filter or cursor; the message names the field' })
  list(@Query() query: ListClaimsQuery) {
    return this.claims.list(query);
  }

  @Get(':id')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One claim: every appearance with outlet and date, the first named, and wording differences between direct quotes (viewer)' })
  @ApiOkResponse({ type: ClaimWithAppearancesDto })
  @ApiBadRequestResponse({ description: 'Invalid id or cursor' })
  @ApiNotFoundResponse({ description: 'No such claim' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @Query() page: PageQueryDto) {
    return this.claims.get(id, page);
  }
}
