import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { REVIEW_STATUSES, STATEMENT_TYPES } from '../../entities/statement.entity';

export class ListStatementsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Speaker id' })
  @IsOptional()
  @IsUUID('all', { message: 'speakerId must be a UUID' })
  speakerId?: string;

  @ApiPropertyOptional({ description: 'Speaker name, any part, case-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  speaker?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'articleId must be a UUID' })
  articleId?: string;

  @ApiPropertyOptional({ description: 'Outlet id or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  outlet?: string;

  @ApiPropertyOptional({ example: '2025-01-01', description: 'Statements made on or after this day' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date such as 2025-01-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2025-12-31', description: 'Statements made on or before this day' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date such as 2025-12-31' })
  to?: string;

  @ApiPropertyOptional({ enum: STATEMENT_TYPES })
  @IsOptional()
  @IsIn(STATEMENT_TYPES, { message: `type must be one of ${STATEMENT_TYPES.join(', ')}` })
  type?: string;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES, { message: `reviewStatus must be one of ${REVIEW_STATUSES.join(', ')}` })
  reviewStatus?: string;
}
