import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { API_ROLES, ApiRole } from '../api-key.entity';

export class CreateApiKeyDto {
  @ApiProperty({ enum: API_ROLES })
  @IsIn(API_ROLES, { message: `role must be one of ${API_ROLES.join(', ')}` })
  role: ApiRole;

  @ApiPropertyOptional({ example: 'night desk' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}
