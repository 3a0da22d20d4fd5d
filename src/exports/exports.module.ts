import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { StatementExportService } from './statement-export.service';
import { StatementExportRepository } from './statement-export.repository';

/** API side of exports: streamed exports, export jobs asked for, looked up and downloaded. */
@Module({
  controllers: [ExportsController],
  providers: [ExportsService, StatementExportService, StatementExportRepository],
  exports: [ExportsService],
})
export class ExportsModule {}
