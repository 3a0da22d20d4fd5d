import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SPEAKER_TYPES = ['person', 'organization', 'anonymous'] as const;
export type SpeakerKind = (typeof SPEAKER_TYPES)[number];
export const GENDERS = ['male', 'female'] as const;

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

  /** The visible aliases (speaker_aliases), kept here as a list for readers that only need the names. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  /** Slug of the seed entry this speaker came from; null for speakers created by linking or by hand. */
  @Column({ name: 'registry_id', type: 'text', nullable: true })
  registryId: string | null;

  @Column({ type: 'text', nullable: true })
  gender: 'male' | 'female' | null;

  /** Wikidata identifier, when known. */
  @Column({ type: 'text', nullable: true })
  qid: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The name in other languages and scripts, by ISO 639-1 code: { en, uk, kk… }. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  names: Record<string, string>;

  /** Set while this speaker is merged into another (speaker_merges); such speakers are hidden from lookups. */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
