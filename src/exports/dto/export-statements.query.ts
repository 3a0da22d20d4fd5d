import type { ExportFormat } from '../export-format';
import { ExportFiltersDto } from './export-filters.dto';
import { BomProperty, ExportFormatProperty } from './export-options';

/** GET /exports/statements: the statement filters plus the format. */
export class ExportStatementsQuery extends ExportFiltersDto {
  @ExportFormatProperty()
  format: ExportFormat;

  @BomProperty()
  bom?: boolean;
}
