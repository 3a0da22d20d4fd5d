import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { SPEAKER_TYPES } from '../../entities/speaker.entity';

export class ListSpeakersQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Type-ahead over names and aliases' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SPEAKER_TYPES })
  @IsOptional()
  @IsIn(SPEAKER_TYPES, { message: `type must be one of ${SPEAKER_TYPES.join(', ')}` })
  type?: string;
}
