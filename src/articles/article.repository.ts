import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { Article } from '../entities/article.entity';
import { ArticleStatus, assertTransition, statusesBefore, UNFINISHED_STATUSES } from '../entities/article-status';

export type NewArticle = Pick<Article, 'url' | 'canonicalUrl' | 'outletId' | 'title' | 'publishedAt' | 'inputFormat' | 'rawInput' | 'inputHash'>;

/** What the ingest stage learned from the raw input. */
export type IngestedFields = Pick<Article, 'cleanedBody' | 'contentHash' | 'title' | 'publishedAt' | 'language'>;

/** Fields that may change together with the status. */
type TransitionFields = Partial<Pick<Article, 'cleanedBody' | 'contentHash' | 'title' | 'publishedAt' | 'language' | 'failureReason' | 'duplicateOf'>>;

/** What acceptance needs to know of an article already stored. */
export type KnownArticle = Pick<Article, 'id' | 'seq' | 'inputHash' | 'canonicalUrl' | 'status' | 'duplicateOf'>;

export interface UnfinishedArticle {
  id: string;
  seq: string;
  status: ArticleStatus;
}

const MAX_REASON_LENGTH = 2000;

/** The only code that writes `articles`; its status moves only through transition(), by the state machine of article-status.ts. */
@Injectable()
export class ArticleRepository {
  constructor(@InjectRepository(Article) private readonly articles: Repository<Article>) {}

  findById(id: string, em?: EntityManager): Promise<Article | null> {
    return this.repo(em).findOne({ where: { id } });
  }

  findWithOutlet(id: string): Promise<Article | null> {
    return this.articles.findOne({ where: { id }, relations: { outlet: true } });
  }

  /** Articles newest first (before the sequence number `beforeSeq`, when given), with their outlets. */
  newestWithOutlets(beforeSeq: string | null, limit: number): Promise<Article[]> {
    const query = this.articles.createQueryBuilder('a').leftJoinAndSelect('a.outlet', 'o').orderBy('a.seq', 'DESC').take(limit);
    if (beforeSeq) query.where('a.seq < :beforeSeq', { beforeSeq });
    return query.getMany();
  }

  /** The body of an article alone, for code that only needs the text (review corrections, sentence context). */
  async cleanedBodyOf(id: string, em?: EntityManager): Promise<string | null> {
    const article = await this.repo(em).findOne({ where: { id }, select: { id: true, cleanedBody: true } });
    return article?.cleanedBody ?? null;
  }

  /** Every stored article with one of these inputs or canonical URLs, oldest first: one query for a whole batch. */
  async findKnownMany(inputHashes: readonly string[], canonicalUrls: readonly string[]): Promise<KnownArticle[]> {
    if (inputHashes.length === 0 && canonicalUrls.length === 0) return [];
    return this.articles.query(
      `SELECT id, seq, input_hash AS "inputHash", canonical_url AS "canonicalUrl", status, duplicate_of AS "duplicateOf"
         FROM articles WHERE input_hash = ANY($1::text[])
       UNION
       SELECT id, seq, input_hash, canonical_url, status, duplicate_of
         FROM articles WHERE canonical_url = ANY($2::text[])
       ORDER BY seq`,
      [inputHashes, canonicalUrls],
    );
  }

  /**
   * Stores submitted articles as queued in one INSERT, in the order given (their seq follows it).
   * An article whose input or canonical URL a concurrent request stored first is skipped: the result
   * maps the input hash of each article stored to its new id.
   */
  async insertSubmittedMany(articles: readonly NewArticle[]): Promise<Map<string, string>> {
    if (articles.length === 0) return new Map();
    const column = <K extends keyof NewArticle>(key: K) => articles.map((a) => a[key]);
    const rows: { id: string; input_hash: string }[] = await this.articles.query(
      `INSERT INTO articles (url, canonical_url, outlet_id, title, published_at, input_format, raw_input, input_hash, status)
       SELECT a.url, a.canonical_url, a.outlet_id, a.title, a.published_at, a.input_format, a.raw_input, a.input_hash, 'queued'
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[])
              WITH ORDINALITY AS a(url, canonical_url, outlet_id, title, published_at, input_format, raw_input, input_hash, ord)
        ORDER BY a.ord
       ON CONFLICT DO NOTHING
       RETURNING id, input_hash`,
      [
        column('url'),
        column('canonicalUrl'),
        column('outletId'),
        column('title'),
        column('publishedAt'),
        column('inputFormat'),
        column('rawInput'),
        column('inputHash'),
      ],
    );
    return new Map(rows.map((r) => [r.input_hash, r.id]));
  }

  /** Another article whose cleaned body is the same. */
  findOtherWithContent(contentHash: string, exceptId: string): Promise<Article | null> {
    return this.articles.createQueryBuilder('a').where('a.content_hash = :contentHash AND a.id <> :exceptId', { contentHash, exceptId }).getOne();
  }

  /**
   * queued → ingested with what the ingest stage found. When another article took the same body in
   * the meantime (the unique content hash), returns that article's id instead and changes nothing.
   */
  async recordIngested(id: string, fields: IngestedFields): Promise<{ duplicateOf: string } | null> {
    try {
      await this.transition(id, 'ingested', fields);
      return null;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await this.articles.findOne({ where: { contentHash: fields.contentHash! } });
      if (!winner || winner.id === id) throw err;
      return { duplicateOf: winner.id };
    }
  }

  /**
   * Moves an article to `to`, with the fields that go with it. Throws IllegalStatusTransition when the
   * state machine does not allow the move from the current status; false when the article is gone or
   * changed status under us (another worker moved it first).
   */
  async transition(id: string, to: ArticleStatus, fields: TransitionFields = {}, em?: EntityManager): Promise<boolean> {
    // One UPDATE from any status the state machine allows; the status is read only when it did nothing.
    const result = await this.repo(em)
      .createQueryBuilder()
      .update()
      .set({ ...fields, status: to })
      .where('id = :id AND status IN (:...from)', { id, from: statusesBefore(to) })
      .execute();
    if ((result.affected ?? 0) > 0) return true;
    const current = await this.repo(em).findOne({ where: { id }, select: { id: true, status: true } });
    if (current) assertTransition(current.status, to);
    return false;
  }

  /** Fails an unfinished article with the reason; an article already finished keeps its status (false). */
  async markFailed(id: string, reason: string): Promise<boolean> {
    const current = await this.articles.findOne({ where: { id }, select: { id: true, status: true } });
    if (!current || !UNFINISHED_STATUSES.includes(current.status)) return false;
    return this.transition(id, 'failed', { failureReason: reason.slice(0, MAX_REASON_LENGTH) });
  }

  /** Articles with work still to do, in storage order after `afterSeq`: what the reconciler walks. */
  unfinished(afterSeq: string, limit: number): Promise<UnfinishedArticle[]> {
    return this.articles
      .createQueryBuilder('a')
      .select(['a.id AS id', 'a.seq AS seq', 'a.status AS status'])
      .where('a.status IN (:...statuses) AND a.seq > :afterSeq', { statuses: UNFINISHED_STATUSES, afterSeq })
      .orderBy('a.seq', 'ASC')
      .limit(limit)
      .getRawMany<UnfinishedArticle>();
  }

  private repo(em?: EntityManager): Repository<Article> {
    return em ? em.getRepository(Article) : this.articles;
  }
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string })?.code === '23505';
}
