import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { StatementExport } from './statement-export.entity';

export type NewExportJob = Pick<StatementExport, 'format' | 'filters' | 'bom' | 'requestedBy'>;
export type FinishedExportFields = Pick<StatementExport, 'rowCount' | 'filePath' | 'fileSize' | 'finishedAt' | 'expiresAt'>;

/** Reads and writes of `exports`, the export jobs (the statements they read are StatementExportRepository's). */
@Injectable()
export class ExportJobRepository {
  constructor(@InjectRepository(StatementExport) private readonly exports: Repository<StatementExport>) {}

  createQueued(job: NewExportJob): Promise<StatementExport> {
    return this.exports.save(this.exports.create({ ...job, status: 'queued' }));
  }

  findById(id: string): Promise<StatementExport | null> {
    return this.exports.findOneBy({ id });
  }

  /** Ids of the jobs not yet finished, queued or running. */
  async unfinishedIds(): Promise<string[]> {
    const rows = await this.exports.find({ where: { status: In(['queued', 'running']) }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  async markRunning(id: string, totalRows: number, startedAt: Date): Promise<void> {
    await this.exports.update({ id }, { status: 'running', percent: 0, rowCount: 0, totalRows, error: null, startedAt });
  }

  async recordProgress(id: string, percent: number, rowCount: number): Promise<void> {
    await this.exports.update({ id }, { percent, rowCount });
  }

  async markDone(id: string, fields: FinishedExportFields): Promise<void> {
    await this.exports.update({ id }, { status: 'done', percent: 100, error: null, ...fields });
  }

  /** `finishedAt` is left as it was when not given (a job that could not even be queued never started). */
  async markFailed(id: string, error: string, finishedAt?: Date): Promise<void> {
    await this.exports.update({ id }, finishedAt ? { status: 'failed', error, finishedAt } : { status: 'failed', error });
  }

  /** Marks every done job expiring by `now` as expired; returns them with the files that are now to delete. */
  async expireDue(now: Date): Promise<Array<{ id: string; filePath: string | null }>> {
    const rows = updatedRows<{ id: string; file_path: string | null }>(
      await this.exports.query(
        `UPDATE exports SET status = 'expired', updated_at = now()
         WHERE status = 'done' AND expires_at <= $1 RETURNING id, file_path`,
        [now],
      ),
    );
    return rows.map((r) => ({ id: r.id, filePath: r.file_path }));
  }

  /**
   * Expires one job if it is still done; returns its file path only to the caller whose UPDATE did it,
   * so that only one caller deletes the file. Empty when another caller got there first.
   */
  async expireIfDone(id: string): Promise<Array<string | null>> {
    const rows = updatedRows<{ file_path: string | null }>(
      await this.exports.query(`UPDATE exports SET status = 'expired', updated_at = now() WHERE id = $1 AND status = 'done' RETURNING file_path`, [id]),
    );
    return rows.map((r) => r.file_path);
  }
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected count]. */
function updatedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
