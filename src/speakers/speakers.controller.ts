import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { CreateSpeakerDto, UpdateSpeakerDto } from './dto/create-speaker.dto';
import { ListSpeakersQuery } from './dto/list-speakers.query';
import { SpeakerDetailDto, SpeakerPageDto } from './dto/speaker.responses';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@Controller('speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'List speakers, newest first; with q, a type-ahead across scripts and cases ("токаеву", "Tokayev"), best match first' })
  @ApiOkResponse({ type: SpeakerPageDto })
  list(@Query() query: ListSpeakersQuery) {
    return this.speakers.list(query);
  }

  @Get(':id')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'A speaker with names, aliases, roles over time, merges and statement count' })
  @ApiOkResponse({ type: SpeakerDetailDto })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.speakers.get(id);
  }

  @Post()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Create a speaker (admin)' })
  @ApiCreatedResponse({ type: SpeakerDetailDto, description: 'The speaker as GET /speakers/:id shows it' })
  @ApiBadRequestResponse({ description: 'Invalid input; the message names the field' })
  create(@Body() dto: CreateSpeakerDto) {
    return this.speakers.create(dto);
  }

  @Patch(':id')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Update a speaker\'s name, type, gender, QID, description or names in other scripts (admin)' })
  @ApiNotFoundResponse({ description: 'No such speaker' })
  @ApiBadRequestResponse({ description: 'Invalid input; the message names the field' })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateSpeakerDto) {
    return this.speakers.update(id, dto);
  }
}
