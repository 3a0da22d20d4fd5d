import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ArticleStatus } from './article-status';
import { Outlet } from './outlet.entity';

@Entity('articles')
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Monotonic order for cursor pagination. */
  @Column({ type: 'bigint', insert: false, update: false, generated: 'increment' })
  seq: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'canonical_url', type: 'text', nullable: true })
  canonicalUrl: string | null;

  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId: string | null;

  @ManyToOne(() => Outlet, { nullable: true })
  @JoinColumn({ name: 'outlet_id' })
  outlet?: Outlet | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ name: 'published_at', type: 'date', nullable: true })
  publishedAt: string | null;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  /** 'url': the article was sent as its address alone; raw_input holds that address, downloaded at ingest. */
  @Column({ name: 'input_format', type: 'text' })
  inputFormat: 'text' | 'html' | 'url';

  @Column({ name: 'raw_input', type: 'text' })
  rawInput: string;

  /** sha256 of the input as sent, so the very same payload posted twice is recognised at once. */
  @Column({ name: 'input_hash', type: 'text' })
  inputHash: string;

  @Column({ name: 'cleaned_body', type: 'text', nullable: true })
  cleanedBody: string | null;

  /** sha256 of the cleaned body: the same story scraped twice with different boilerplate is one article. */
  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash: string | null;

  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf: string | null;

  @Column({ type: 'text', default: 'queued' })
  status: ArticleStatus;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
