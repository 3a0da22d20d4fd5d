import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExportCleanup } from './export-cleanup.service';
import { ExportHandler } from './export.handler';
import { ExportRunner } from './export-runner.service';
import { ExportsService } from './exports.service';
import { StatementExport } from './statement-export.entity';
import { StatementExportRepository } from './statement-export.repository';

/** Worker side of exports: runs export jobs and deletes expired files. */
@Module({
  imports: [TypeOrmModule.forFeature([StatementExport])],
  providers: [ExportRunner, ExportHandler, ExportsService, ExportCleanup, StatementExportRepository],
})
export class ExportWorkerModule {}
