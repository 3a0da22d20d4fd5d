import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles';
import { ListSpeakersQuery } from './dto/list-speakers.query';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@Controller('speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @RequireRole('viewer')
  list(@Query() query: ListSpeakersQuery) {
    return this.speakers.list(query);
  }
}
