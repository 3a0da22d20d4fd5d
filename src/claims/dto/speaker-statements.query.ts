import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class SpeakerStatementsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'What about: words in any inflected form, all must match', example: 'налогов' })
  @IsOptional()
  @IsString({ message: 'topic must be text' })
  @MinLength(1, { message: 'topic must not be empty' })
  @MaxLength(500, { message: 'topic must be at most 500 characters' })
  topic?: string;
}
