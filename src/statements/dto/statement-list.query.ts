import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { ListStatementsQuery } from './list-statements.query';

/** GET /statements: the shared filters, plus what the review queue needs (search and exports have their own). */
export class StatementListQuery extends ListStatementsQuery {
  @ApiPropertyOptional({ description: 'Assigned to this API key id, or `me` for the caller' })
  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'assignee must be an API key id or me' })
  assignee?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Only statements the extractor was at most this confident of' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'maxConfidence must be a number between 0 and 1' })
  @Min(0, { message: 'maxConfidence must be between 0 and 1' })
  @Max(1, { message: 'maxConfidence must be between 0 and 1' })
  maxConfidence?: number;

  @ApiPropertyOptional({ enum: ['newest', 'confidence'], default: 'newest', description: '`confidence`: least confident first (the review queue)' })
  @IsOptional()
  @IsIn(['newest', 'confidence'], { message: 'sort must be newest or confidence' })
  sort?: 'newest' | 'confidence';
}
