import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { ResolveRoleQuery } from './dto/resolve-role.query';
import { SpeakerRoleResolverService } from './speaker-role-resolver.service';

@ApiTags('speakers')
@Controller('speakers')
export class SpeakerRolesController {
  constructor(private readonly resolver: SpeakerRoleResolverService) {}

  @Get('resolve-role')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Who held a role on a date: "президент США" in 2023, "глава МИД России", "генсек НАТО"' })
  @ApiOkResponse({ description: '{ speaker, role, of, from, to, confidence }' })
  @ApiNotFoundResponse({ description: 'Nobody in the registry held the role then, or several did' })
  resolve(@Query() query: ResolveRoleQuery) {
    return this.resolver.resolve(query.role, query.date ?? null);
  }
}
