import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DATE_MESSAGE = 'must be YYYY, YYYY-MM or YYYY-MM-DD';

export class SpeakerRoleDto {
  @ApiProperty({ example: 'министр иностранных дел', description: 'Nominative Russian' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  role: string;

  @ApiProperty({ example: 'Россия', description: 'Country or organisation as the registry names it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  of: string;

  @ApiPropertyOptional({ example: '2004-03-09', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: `from ${DATE_MESSAGE}` })
  from?: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'Exclusive end; null while held' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: `to ${DATE_MESSAGE}` })
  to?: string | null;
}

export class UpdateSpeakerRoleDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  role?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  of?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: `from ${DATE_MESSAGE}` })
  from?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: `to ${DATE_MESSAGE}` })
  to?: string | null;
}
