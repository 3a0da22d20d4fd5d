import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class ResolveRoleQuery {
  @ApiProperty({ example: 'президент США', description: 'Head word in the nominative, dependents as written' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  role: string;

  @ApiPropertyOptional({ example: '2023-06-01', description: 'YYYY, YYYY-MM or YYYY-MM-DD; today when absent' })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'date must be YYYY, YYYY-MM or YYYY-MM-DD' })
  date?: string;
}
