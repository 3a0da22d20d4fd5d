import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ExportFilters } from './export-search-words';
import type { ExportFormat } from './export-format';

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** Row counts and sizes are bigint in the table; well inside a JS number in practice. */
const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An export job: what was asked for, how far it got, and where its file is until it expires. */
@Entity('exports')
export class StatementExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  format: ExportFormat;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  filters: ExportFilters;

  @Column({ type: 'boolean', default: false })
  bom: boolean;

  @Column({ type: 'text', default: 'queued' })
  status: ExportStatus;

  @Column({ type: 'int', default: 0 })
  percent: number;

  @Column({ name: 'row_count', type: 'bigint', default: 0, transformer: bigintAsNumber })
  rowCount: number;

  @Column({ name: 'total_rows', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  totalRows: number | null;

  @Column({ name: 'file_path', type: 'text', nullable: true })
  filePath: string | null;

  @Column({ name: 'file_size', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  fileSize: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The API key that asked for it. */
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
