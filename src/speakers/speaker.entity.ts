import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SPEAKER_TYPES = ['person', 'organization', 'anonymous'] as const;
export type SpeakerKind = (typeof SPEAKER_TYPES)[number];

@Entity('speakers')
export class Speaker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ name: 'canonical_name', type: 'text' })
  canonicalName: string;

  @Column({ type: 'text' })
  type: SpeakerKind;

  /** Other written forms of the name (surname alone, full name with patronymic, other scripts). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
