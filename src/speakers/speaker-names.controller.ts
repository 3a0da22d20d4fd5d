import { Body, Controller, Delete, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { AddAliasDto } from './dto/create-speaker.dto';
import { SpeakerRoleDto, UpdateSpeakerRoleDto } from './dto/speaker-role.dto';
import { SpeakerNamesService } from './speaker-names.service';

/** Aliases and roles of a speaker (admin); each answer is the speaker as GET /speakers/:id shows it. */
@ApiTags('speakers')
@Controller('speakers/:id')
export class SpeakerNamesController {
  constructor(private readonly names: SpeakerNamesService) {}

  @Post('aliases')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Add an alias (a nominative name; case forms are derived)' })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  @ApiConflictResponse({ description: 'The speaker already has this alias' })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  addAlias(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: AddAliasDto) {
    return this.names.addAlias(id, dto);
  }

  @Delete('aliases/:aliasId')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Remove an alias' })
  @ApiNotFoundResponse({ description: 'No such speaker or alias' })
  removeAlias(@Param('id', new ParseUUIDPipe()) id: string, @Param('aliasId', new ParseUUIDPipe()) aliasId: string) {
    return this.names.removeAlias(id, aliasId);
  }

  @Post('roles')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Add a role over a period: (role, of, from, to)' })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  addRole(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SpeakerRoleDto) {
    return this.names.addRole(id, dto);
  }

  @Patch('roles/:roleId')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Change a role or its dates' })
  @ApiNotFoundResponse({ description: 'No such speaker or role' })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  updateRole(@Param('id', new ParseUUIDPipe()) id: string, @Param('roleId', new ParseUUIDPipe()) roleId: string, @Body() dto: UpdateSpeakerRoleDto) {
    return this.names.updateRole(id, roleId, dto);
  }

  @Delete('roles/:roleId')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Remove a role' })
  @ApiNotFoundResponse({ description: 'No such speaker or role' })
  removeRole(@Param('id', new ParseUUIDPipe()) id: string, @Param('roleId', new ParseUUIDPipe()) roleId: string) {
    return this.names.removeRole(id, roleId);
  }
}
