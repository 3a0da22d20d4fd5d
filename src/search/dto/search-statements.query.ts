import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { VERDICTS } from '../../entities/statement.entity';
import { ListStatementsQuery } from '../../statements/dto/list-statements.query';

export class SearchStatementsQuery extends ListStatementsQuery {
  @ApiProperty({ description: 'Words to find, in any inflected form; every word must match (stop words aside)', example: 'переговоров Токаеву' })
  @IsString({ message: 'q must be text' })
  @MinLength(1, { message: 'q must not be empty' })
  @MaxLength(500, { message: 'q must be at most 500 characters' })
  q: string;

  @ApiPropertyOptional({ enum: VERDICTS, description: 'Current fact-check verdict' })
  @IsOptional()
  @IsIn(VERDICTS, { message: `verdict must be one of ${VERDICTS.join(', ')}` })
  verdict?: string;

  @ApiPropertyOptional({ description: 'API key id the statements are assigned to' })
  @IsOptional()
  @IsUUID('all', { message: 'assignee must be an API key id (UUID)' })
  assignee?: string;
}
