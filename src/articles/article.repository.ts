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

  /** The first article stored with this input or under this canonical URL. */
  findKnown(inputHash: string, canonicalUrl: string | null): Promise<Article | null> {
    const query = this.articles.createQueryBuilder('a').where('a.input_hash = :inputHash', { inputHash });
    if (canonicalUrl) query.orWhere('a.canonical_url = :canonicalUrl', { canonicalUrl });
    return query.orderBy('a.seq', 'ASC').getOne();
  }

  /** Stores a submitted article as queued; null when a concurrent request stored the same input first. */
  async insertSubmitted(article: NewArticle): Promise<string | null> {
    const inserted = await this.articles
      .createQueryBuilder()
      .insert()
      .values({ ...article, status: 'queued' })
      .orIgnore()
      .returning(['id'])
      .execute();
    return inserted.raw[0]?.id ?? null;
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
