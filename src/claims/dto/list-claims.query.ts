import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class ListClaimsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only claims whose direct quotes differ in wording (or do not)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'wordingDiffers must be true or false' })
  wordingDiffers?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Speaker id' })
  @IsOptional()
  @IsUUID('all', { message: 'speakerId must be a UUID' })
  speakerId?: string;
}
