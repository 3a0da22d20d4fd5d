import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const NAME_SOURCES = ['seed', 'admin', 'linking'] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

/** Another nominative name of a speaker (short form, other script, former name); case forms are derived, never stored here. */
@Entity('speaker_aliases')
export class SpeakerAlias {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'speaker_id', type: 'uuid' })
  speakerId: string;

  @Column({ type: 'text' })
  alias: string;

  /** foldName(alias): one alias per folded spelling and speaker. */
  @Column({ type: 'text' })
  normalized: string;

  @Column({ type: 'text', nullable: true })
  lang: string | null;

  @Column({ type: 'text' })
  source: NameSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
