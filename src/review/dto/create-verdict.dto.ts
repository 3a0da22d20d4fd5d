import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { VERDICTS } from '../../entities/statement.entity';
import { VersionDto } from './version.dto';

export class CreateVerdictDto extends VersionDto {
  @ApiProperty({ enum: VERDICTS })
  @IsIn(VERDICTS, { message: `verdict must be one of ${VERDICTS.join(', ')}` })
  verdict: (typeof VERDICTS)[number];

  @ApiProperty({ description: 'Why: what the sources show', maxLength: 10000 })
  @IsString({ message: 'rationale must be text' })
  @MinLength(3, { message: 'rationale must say why, in at least 3 characters' })
  @MaxLength(10000, { message: 'rationale must be at most 10000 characters' })
  rationale: string;

  @ApiPropertyOptional({ type: [String], description: 'http(s) links to the sources', example: ['https://stat.example.org/report-2025'] })
  @IsOptional()
  @IsArray({ message: 'sources must be a list of URLs' })
  @ArrayMaxSize(20, { message: 'sources may hold at most 20 links' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each of sources must be an http(s) URL' })
  sources?: string[];
}
