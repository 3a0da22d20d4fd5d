import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change to a statement: who (key id and name as it was), when, what, and the fields before and after. */
@Entity('statement_events')
export class StatementEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @Column({ name: 'actor_key_id', type: 'uuid', nullable: true })
  actorKeyId: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  /** update, assign, verdict, note, delete. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
