import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('statement_notes')
export class StatementNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @Column({ name: 'author_key_id', type: 'uuid', nullable: true })
  authorKeyId: string | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
