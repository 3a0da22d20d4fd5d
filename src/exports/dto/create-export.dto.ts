import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import type { ExportFormat } from '../export-format';
import { ExportFiltersDto } from './export-filters.dto';
import { BomProperty, ExportFormatProperty } from './export-options';

/** POST /exports: an export to run as a job. */
export class CreateExportDto {
  @ExportFormatProperty()
  format: ExportFormat;

  @BomProperty()
  bom?: boolean;

  @ApiPropertyOptional({ type: ExportFiltersDto, description: 'The same filters as GET /statements' })
  @IsOptional()
  @IsObject({ message: 'filters must be an object' })
  @ValidateNested()
  @Type(() => ExportFiltersDto)
  filters?: ExportFiltersDto;
}
