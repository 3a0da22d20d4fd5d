import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Min, ValidateIf } from 'class-validator';
import { STATEMENT_TYPES } from '../../entities/statement.entity';
import { VersionDto } from './version.dto';

export const REVIEW_OUTCOMES = ['confirmed', 'corrected', 'rejected'] as const;

export class UpdateStatementDto extends VersionDto {
  @ApiPropertyOptional({ enum: REVIEW_OUTCOMES, description: 'Review outcome. Omitted with a correction, it becomes "corrected".' })
  @IsOptional()
  @IsIn(REVIEW_OUTCOMES, { message: `reviewStatus must be one of ${REVIEW_OUTCOMES.join(', ')}` })
  reviewStatus?: (typeof REVIEW_OUTCOMES)[number];

  @ApiPropertyOptional({ description: 'Corrected quote start, an offset into the article body; send with end. The quote is re-read from the body.' })
  @IsOptional()
  @IsInt({ message: 'start must be an integer offset into the article body' })
  @Min(0, { message: 'start must be 0 or more' })
  start?: number;

  @ApiPropertyOptional({ description: 'Corrected quote end (exclusive); send with start.' })
  @IsOptional()
  @IsInt({ message: 'end must be an integer offset into the article body' })
  @Min(1, { message: 'end must be 1 or more' })
  end?: number;

  @ApiPropertyOptional({ description: 'Corrected speaker: a speaker id from GET /speakers' })
  @IsOptional()
  @IsUUID('all', { message: 'speakerId must be a speaker id (UUID)' })
  speakerId?: string;

  @ApiPropertyOptional({ type: String, description: 'Corrected date; its form sets the precision: YYYY, YYYY-MM or YYYY-MM-DD. null clears it.', example: '2025-09', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'date must be YYYY, YYYY-MM or YYYY-MM-DD' })
  date?: string | null;

  @ApiPropertyOptional({ enum: STATEMENT_TYPES })
  @IsOptional()
  @IsIn(STATEMENT_TYPES, { message: `type must be one of ${STATEMENT_TYPES.join(', ')}` })
  type?: (typeof STATEMENT_TYPES)[number];
}
