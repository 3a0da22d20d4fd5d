import { Column, CreateDateColumn, DeleteDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Article } from './article.entity';
import { Speaker } from './speaker.entity';

export const STATEMENT_TYPES = ['direct', 'indirect', 'mixed', 'according_to'] as const;
export type StatementKind = (typeof STATEMENT_TYPES)[number];
export const REVIEW_STATUSES = ['new', 'confirmed', 'corrected', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Fact-check verdicts (history in review's statement_verdicts; the latest on the statement). */
export const VERDICTS = ['true', 'mostly-true', 'half-true', 'misleading', 'false', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

@Entity('statements')
export class Statement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  /** Same article, span, cue and speaker give the same fingerprint: extraction re-runs never duplicate. */
  @Column({ type: 'text' })
  fingerprint: string;

  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;

  @ManyToOne(() => Speaker, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: Speaker | null;

  /** The speaker as the extractor named it (canonical form from the article). */
  @Column({ name: 'speaker_name', type: 'text' })
  speakerName: string;

  @Column({ name: 'speaker_type', type: 'text' })
  speakerType: string;

  @Column({ type: 'text' })
  mention: string;

  @Column({ name: 'mention_start', type: 'int', nullable: true })
  mentionStart: number | null;

  @Column({ name: 'mention_end', type: 'int', nullable: true })
  mentionEnd: number | null;

  @Column({ type: 'text' })
  cue: string;

  @Column({ type: 'text' })
  type: StatementKind;

  @Column({ type: 'text' })
  quote: string;

  @Column({ name: 'start_offset', type: 'int' })
  startOffset: number;

  @Column({ name: 'end_offset', type: 'int' })
  endOffset: number;

  @Column({ type: 'text', nullable: true })
  via: string | null;

  /** First day of the period the statement was made in; see datePrecision. */
  @Column({ name: 'statement_date', type: 'date', nullable: true })
  statementDate: string | null;

  @Column({ name: 'date_precision', type: 'text', nullable: true })
  datePrecision: 'day' | 'month' | 'year' | null;

  @Column({ name: 'date_source', type: 'text', nullable: true })
  dateSource: string | null;

  @Column({ type: 'real' })
  confidence: number;

  /** The speaker the extractor's registry named (by role or organisation name), which linking takes as is. */
  @Column({ name: 'registry_speaker_id', type: 'uuid', nullable: true })
  registrySpeakerId: string | null;

  @Column({ name: 'link_rule', type: 'text', nullable: true })
  linkRule: string | null;

  @Column({ name: 'link_confidence', type: 'real', nullable: true })
  linkConfidence: number | null;

  @Column({ name: 'review_status', type: 'text', default: 'new' })
  reviewStatus: ReviewStatus;

  /** Optimistic-lock version: an update names the version it read. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Soft deletion (review): TypeORM leaves such rows out of find() and query builders unless asked. */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** The editor's key the statement is assigned to for review. */
  @Column({ name: 'assignee_key_id', type: 'uuid', nullable: true })
  assigneeKeyId: string | null;

  /** The latest fact-check verdict (history in statement_verdicts). */
  @Column({ type: 'text', nullable: true })
  verdict: string | null;

  /** The claim grouping this statement with its appearances in other articles. */
  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  /** Set once claim grouping has compared the statement with the speaker's others; cleared to group it again. */
  @Column({ name: 'claim_checked_at', type: 'timestamptz', nullable: true })
  claimCheckedAt: Date | null;
}
