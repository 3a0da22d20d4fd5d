import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NameSource } from './speaker-alias.entity';

/** A role a speaker held over a period: (президент, США, 2021-01-20, 2025-01-20). */
@Entity('speaker_roles')
export class SpeakerRole {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'speaker_id', type: 'uuid' })
  speakerId: string;

  /** Nominative Russian: "министр иностранных дел". */
  @Column({ type: 'text' })
  role: string;

  /** Country or organisation: "Россия", "НАТО", "МИД России". */
  @Column({ type: 'text' })
  of: string;

  /** roleKey(role, of): folded, for lookups by role. */
  @Column({ name: 'role_key', type: 'text' })
  roleKey: string;

  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  @Column({ name: 'valid_from', type: 'text', nullable: true })
  validFrom: string | null;

  /** Exclusive end, same format; null while held. */
  @Column({ name: 'valid_to', type: 'text', nullable: true })
  validTo: string | null;

  @Column({ type: 'text' })
  source: NameSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
