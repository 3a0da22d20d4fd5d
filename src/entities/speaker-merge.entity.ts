import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A merge of `sourceId` into `targetId`, with what it moved, so that a split can move exactly that back. */
@Entity('speaker_merges')
export class SpeakerMerge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  /** Rows the merge moved from the source to the target; a split moves them back. */
  @Column({ name: 'statement_ids', type: 'uuid', array: true, default: () => "'{}'" })
  statementIds: string[];

  @Column({ name: 'alias_ids', type: 'uuid', array: true, default: () => "'{}'" })
  aliasIds: string[];

  /** Aliases the merge created on the target from the source's own names; a split deletes them. */
  @Column({ name: 'added_alias_ids', type: 'uuid', array: true, default: () => "'{}'" })
  addedAliasIds: string[];

  @Column({ name: 'role_ids', type: 'uuid', array: true, default: () => "'{}'" })
  roleIds: string[];

  /** API key id (or "cli") of who merged. */
  @Column({ name: 'merged_by', type: 'text', nullable: true })
  mergedBy: string | null;

  @Column({ name: 'merged_at', type: 'timestamptz', default: () => 'now()' })
  mergedAt: Date;

  @Column({ name: 'split_by', type: 'text', nullable: true })
  splitBy: string | null;

  @Column({ name: 'split_at', type: 'timestamptz', nullable: true })
  splitAt: Date | null;
}
