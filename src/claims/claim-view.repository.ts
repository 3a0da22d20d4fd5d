import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Statement } from '../entities/statement.entity';
import { ClaimWordingDifference } from './claim.entity';

export interface ClaimViewRow {
  id: string;
  seq: string;
  speaker_id: string | null;
  wording_differs: boolean;
  differences: ClaimWordingDifference[];
  created_at: Date;
  updated_at: Date;
  appearance_count: number;
  /** The first appearance, null when every appearance was deleted. */
  first: {
    statement_id: string;
    quote: string;
    type: string;
    speaker_id: string | null;
    speaker_name: string;
    statement_date: string | null;
    date_precision: string | null;
    article_id: string;
    title: string | null;
    url: string | null;
    published_at: string | null;
    outlet_id: string | null;
    outlet_name: string | null;
  } | null;
}

export interface ClaimListFilters {
  wordingDiffers?: boolean;
  speakerId?: string;
  /** Claims older (smaller seq) than this one. */
  before?: string | null;
  limit: number;
}

/**
 * Claims with their appearance count and first appearance, a page in one query whatever its size:
 * the count and the first appearance are lateral subqueries over (claim_id, seq), a claim's few
 * dozen appearances at most.
 */
const CLAIM_VIEW = `
  SELECT c.id, c.seq, c.speaker_id, c.wording_differs, c.differences, c.created_at, c.updated_at,
         n.appearance_count, to_jsonb(f) AS first
    FROM claims c
    CROSS JOIN LATERAL (SELECT count(*)::int AS appearance_count FROM statements s WHERE s.claim_id = c.id AND s.deleted_at IS NULL) n
    LEFT JOIN LATERAL (
      SELECT s.id AS statement_id, s.quote, s.type, s.speaker_id, coalesce(sp.canonical_name, s.speaker_name) AS speaker_name,
             s.statement_date::text AS statement_date, s.date_precision, a.id AS article_id, a.title, a.url,
             a.published_at::text AS published_at, o.id AS outlet_id, o.name AS outlet_name
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN speakers sp ON sp.id = s.speaker_id
       WHERE s.claim_id = c.id AND s.deleted_at IS NULL
       ORDER BY a.published_at ASC NULLS LAST, s.statement_date ASC NULLS LAST, s.seq ASC
       LIMIT 1) f ON true`;

@Injectable()
export class ClaimViewRepository {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
  ) {}

  async page(filters: ClaimListFilters): Promise<ClaimViewRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filters.wordingDiffers !== undefined) where.push(`c.wording_differs = ${param(filters.wordingDiffers)}`);
    if (filters.speakerId) where.push(`c.speaker_id = ${param(filters.speakerId)}::uuid`);
    if (filters.before) where.push(`c.seq < ${param(filters.before)}::bigint`);
    return this.db.query(`${CLAIM_VIEW} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.seq DESC LIMIT ${param(filters.limit)}`, params);
  }

  async one(id: string): Promise<ClaimViewRow | null> {
    const [row] = await this.db.query(`${CLAIM_VIEW} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * A claim's live appearances newest stored first, before `beforeSeq`, with the article's heading
   * (not its raw input and body), outlet and speaker. Each joined row is one per statement, so a
   * plain LIMIT pages them (take() would add a DISTINCT query first).
   */
  appearances(claimId: string, beforeSeq: string | null, limit: number): Promise<Statement[]> {
    const query = this.statements
      .createQueryBuilder('s')
      .innerJoin('s.article', 'a')
      .addSelect(['a.id', 'a.title', 'a.url', 'a.publishedAt'])
      .leftJoinAndSelect('a.outlet', 'o')
      .leftJoinAndSelect('s.speaker', 'sp')
      .where('s.claim_id = :claimId', { claimId })
      .andWhere('s.deleted_at IS NULL')
      .orderBy('s.seq', 'DESC')
      .limit(limit);
    if (beforeSeq) query.andWhere('s.seq < :beforeSeq', { beforeSeq });
    return query.getMany();
  }
}
