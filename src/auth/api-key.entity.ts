import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const API_ROLES = ['viewer', 'editor', 'admin'] as const;
export type ApiRole = (typeof API_ROLES)[number];

@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: ApiRole;

  /** sha256 of the key: the key itself is shown once, at creation, and never stored. */
  @Column({ name: 'key_hash', type: 'text' })
  keyHash: string;

  /** The key's first characters, to tell keys apart in listings. */
  @Column({ type: 'text' })
  prefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
