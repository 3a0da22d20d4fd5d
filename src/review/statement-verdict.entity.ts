import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Verdict } from '../entities/statement.entity';


/** A fact-check verdict; the latest one is also kept on the statement for filtering. */
@Entity('statement_verdicts')
export class StatementVerdict {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @Column({ type: 'text' })
  verdict: Verdict;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  @Column({ name: 'reviewer_key_id', type: 'uuid', nullable: true })
  reviewerKeyId: string | null;

  @Column({ name: 'reviewer_name', type: 'text' })
  reviewerName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
