import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface ClaimWordingDifference {
  /** The direct quote compared with the claim's first direct quote. */
  statementId: string;
  comparedWith: string;
  ops: Array<{ op: 'equal' | 'removed' | 'added'; text: string }>;
  removed: string[];
  added: string[];
}

/** One statement as it appears across articles; its statements point here through claim_id. */
@Entity('claims')
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;

  /** Direct quotes of this claim differ in wording: a possible misquote. */
  @Column({ name: 'wording_differs', type: 'boolean', default: false })
  wordingDiffers: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  differences: ClaimWordingDifference[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
