import { Inject, Injectable } from '@nestjs/common';
import { join, resolve } from 'path';
import { AppConfig } from '../config/app-config';
import { writeFileAtomically } from './atomic-file-write';
import { EXPORT_FORMAT_FILES } from './export-format';
import { ExportJobRepository } from './export-job.repository';
import { createStatementExportStream, exportSelection, StatementExportRequest } from './statement-export-stream';
import { StatementExportRepository } from './statement-export.repository';

/** Progress is written at most this often, so a fast export does not spend its time on updates. */
const PROGRESS_INTERVAL_MS = 500;

/**
 * Runs an export job: streams the selected statements into EXPORT_DIR/<id>.<ext> and keeps the
 * exports row (and the queue's progress) up to date. Running it again rewrites the same file whole.
 */
@Injectable()
export class ExportRunner {
  constructor(
    private readonly exports: ExportJobRepository,
    private readonly statements: StatementExportRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async run(exportId: string, reportProgress: (percent: number) => Promise<void>): Promise<void> {
    const job = await this.exports.findById(exportId);
    // Gone, or expired after an earlier run: nothing to do.
    if (!job || job.status === 'expired') return;
    const request: StatementExportRequest = { format: job.format, filters: job.filters, bom: job.bom };
    const total = await this.statements.count(await exportSelection(request));
    await this.exports.markRunning(exportId, total, new Date());
    await reportProgress(0);

    let lastReport = 0;
    let rows = 0;
    const stream = createStatementExportStream(this.statements, request, {
      publisher: { name: this.config.PUBLISHER_NAME, url: this.config.PUBLIC_URL },
      onBatch: async (rowsSoFar) => {
        rows = rowsSoFar;
        if (Date.now() - lastReport < PROGRESS_INTERVAL_MS) return;
        lastReport = Date.now();
        // 100 means the file is there to download, so a running export shows at most 99.
        const percent = Math.min(99, Math.floor((rowsSoFar * 100) / Math.max(total, 1)));
        await this.exports.recordProgress(exportId, percent, rowsSoFar);
        await reportProgress(percent);
      },
    });
    const path = join(resolve(this.config.EXPORT_DIR), `${exportId}.${EXPORT_FORMAT_FILES[job.format].extension}`);
    const size = await writeFileAtomically(path, stream);

    const finishedAt = new Date();
    await this.exports.markDone(exportId, {
      rowCount: rows,
      filePath: path,
      fileSize: size,
      finishedAt,
      expiresAt: new Date(finishedAt.getTime() + this.config.EXPORT_TTL_HOURS * 3600_000),
    });
    await reportProgress(100);
  }

  async markFailed(exportId: string, error: Error): Promise<void> {
    await this.exports.markFailed(exportId, error.message, new Date());
  }
}
