import { Module } from '@nestjs/common';
import { ExportCleanup } from './export-cleanup.service';
import { ExportHandler } from './export.handler';
import { ExportRunner } from './export-runner.service';
import { ExportsService } from './exports.service';
import { StatementExportRepository } from './statement-export.repository';

/** Worker side of exports: runs export jobs and deletes expired files. */
@Module({
  providers: [ExportRunner, ExportHandler, ExportsService, ExportCleanup, StatementExportRepository],
})
export class ExportWorkerModule {}
