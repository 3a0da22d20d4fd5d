import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListStatementsQuery } from '../../statements/dto/list-statements.query';
import { VERDICTS } from '../../review/statement-verdict.entity';

/**
 * The statement filters, as the statement list validates and documents them, without its paging
 * (a filter added there is available to exports at once), plus the current verdict.
 */
export class ExportFiltersDto extends OmitType(ListStatementsQuery, ['cursor', 'limit'] as const) {
  @ApiPropertyOptional({ enum: VERDICTS, description: 'Current fact-check verdict' })
  @IsOptional()
  @IsIn(VERDICTS, { message: `verdict must be one of ${VERDICTS.join(', ')}` })
  verdict?: string;
}
