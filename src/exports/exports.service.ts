import { ConflictException, GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createReadStream } from 'fs';
import { rm, stat } from 'fs/promises';
import { Readable } from 'stream';
import { AppConfig } from '../config/app-config';
import { JOB_QUEUE, JobQueue } from '../queue/job-queue';
import { ExportFilters, withSearchWords } from './export-search-words';
import { ExportFormat, EXPORT_FORMAT_FILES } from './export-format';
import { ExportJob, exportJobId } from './export-job';
import { ExportJobRepository } from './export-job.repository';
import { StatementExport } from './statement-export.entity';

export interface ExportView {
  id: string;
  format: ExportFormat;
  bom: boolean;
  filters: ExportFilters;
  status: StatementExport['status'];
  percent: number;
  rowCount: number;
  totalRows: number | null;
  fileSize: number | null;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  expiresAt: Date | null;
  /** Where to download the file once status is done. */
  downloadUrl: string | null;
}

export interface ExportDownload {
  stream: Readable;
  contentType: string;
  fileName: string;
  size: number;
}

/** Export jobs as the API sees them: asked for, looked up, downloaded, expired. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly exports: ExportJobRepository,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async request(format: ExportFormat, filters: ExportFilters, bom: boolean, requestedBy: string | null): Promise<ExportView> {
    // Search words with nothing searchable are the caller's mistake: a 400 now, not a failed job later.
    await withSearchWords(filters);
    const created = await this.exports.createQueued({ format, filters, bom, requestedBy });
    try {
      await this.queue.enqueue<ExportJob>('export', { exportId: created.id }, { jobId: exportJobId(created.id) });
    } catch (err) {
      await this.exports.markFailed(created.id, `could not queue: ${(err as Error).message}`);
      throw err;
    }
    return this.toView((await this.exports.findById(created.id)) ?? created);
  }

  async get(id: string): Promise<ExportView> {
    return this.toView(await this.expireIfDue(await this.find(id)));
  }

  async openDownload(id: string): Promise<ExportDownload> {
    const job = await this.expireIfDue(await this.find(id));
    if (job.status === 'expired') throw new GoneException(`export ${id} expired at ${job.expiresAt?.toISOString()}; ask for it again`);
    if (job.status !== 'done' || !job.filePath) throw new ConflictException(`export ${id} is ${job.status}${job.status === 'failed' ? `: ${job.error}` : ''}; nothing to download yet`);
    const size = await stat(job.filePath).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) {
      // The file went away under us (cleaned up by hand, another volume): the export is no more.
      await this.expire(job.id);
      throw new GoneException(`export ${id} has no file any more; ask for it again`);
    }
    const files = EXPORT_FORMAT_FILES[job.format];
    return { stream: createReadStream(job.filePath), contentType: files.contentType, fileName: `statements-${job.id}.${files.extension}`, size };
  }

  /** Marks every finished export past its expiry as expired and deletes its file; returns how many. */
  async expireDue(now = new Date()): Promise<number> {
    const expired = await this.exports.expireDue(now);
    await Promise.all(expired.map((e) => removeFile(e.filePath)));
    return expired.length;
  }

  private async expireIfDue(job: StatementExport): Promise<StatementExport> {
    if (job.status !== 'done' || !job.expiresAt || job.expiresAt > new Date()) return job;
    await this.expire(job.id);
    return this.find(job.id);
  }

  private async expire(id: string): Promise<void> {
    // Only the caller whose update expired it gets the path back, so only one deletes the file.
    const filePaths = await this.exports.expireIfDone(id);
    await Promise.all(filePaths.map(removeFile));
  }

  private async find(id: string): Promise<StatementExport> {
    const job = await this.exports.findById(id);
    if (!job) throw new NotFoundException(`export ${id} not found`);
    return job;
  }

  private toView(job: StatementExport): ExportView {
    return {
      id: job.id,
      format: job.format,
      bom: job.bom,
      filters: job.filters,
      status: job.status,
      percent: job.percent,
      rowCount: job.rowCount,
      totalRows: job.totalRows,
      fileSize: job.fileSize,
      error: job.error,
      createdAt: job.createdAt,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      expiresAt: job.expiresAt,
      downloadUrl: job.status === 'done' ? `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/exports/${job.id}/download` : null,
    };
  }
}

async function removeFile(path: string | null): Promise<void> {
  if (path) await rm(path, { force: true });
}
