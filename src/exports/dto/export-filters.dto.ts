import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ListStatementsQuery } from '../../statements/dto/list-statements.query';
import { VERDICTS } from '../../entities/statement.entity';

/**
 * The statement filters, as the statement list validates and documents them, without its paging
 * (a filter added there is available to exports at once), plus those of GET /statements/search:
 * search words, current verdict, assignee.
 */
export class ExportFiltersDto extends OmitType(ListStatementsQuery, ['cursor', 'limit'] as const) {
  @ApiPropertyOptional({ enum: VERDICTS, description: 'Current fact-check verdict' })
  @IsOptional()
  @IsIn(VERDICTS, { message: `verdict must be one of ${VERDICTS.join(', ')}` })
  verdict?: string;

  @ApiPropertyOptional({ description: 'Search words, in any inflected form, as GET /statements/search takes them; every word must match' })
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @MinLength(1, { message: 'q must not be empty' })
  @MaxLength(500, { message: 'q must be at most 500 characters' })
  q?: string;

  @ApiPropertyOptional({ description: 'API key id the statements are assigned to' })
  @IsOptional()
  @IsUUID('all', { message: 'assignee must be an API key id (UUID)' })
  assignee?: string;
}
