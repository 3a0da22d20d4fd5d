import { ApiProperty } from '@nestjs/swagger';
import { EXPORT_FORMATS } from '../export-format';
import { EXPORT_STATUSES } from '../statement-export.entity';
import { ExportFiltersDto } from './export-filters.dto';

/** An export job as GET /exports/:id shows it (documentation of ExportView). */
export class ExportViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: EXPORT_FORMATS })
  format: string;

  @ApiProperty()
  bom: boolean;

  @ApiProperty({ type: ExportFiltersDto })
  filters: ExportFiltersDto;

  @ApiProperty({ enum: EXPORT_STATUSES, description: 'queued → running → done → expired, or failed' })
  status: string;

  @ApiProperty({ minimum: 0, maximum: 100, description: '100 once the file is ready' })
  percent: number;

  @ApiProperty({ description: 'Statements written so far' })
  rowCount: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Statements selected, counted when the job started' })
  totalRows: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Bytes' })
  fileSize: number | null;

  @ApiProperty({ nullable: true, type: String, description: 'Why the job failed' })
  error: string | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ nullable: true, type: Date })
  startedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  finishedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, description: 'When the file is deleted (EXPORT_TTL_HOURS after it was written)' })
  expiresAt: Date | null;

  @ApiProperty({ nullable: true, type: String, description: 'GET this (with your key) to download the file; set once status is done' })
  downloadUrl: string | null;
}
