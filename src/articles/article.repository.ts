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

  /** These articles, in no particular order; ids not stored are left out. */
  findByIds(ids: readonly string[]): Promise<Article[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.articles.createQueryBuilder('a').where('a.id IN (:...ids)', { ids }).getMany();
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

  /** For each of these cleaned-body hashes, the id of a stored article with it other than `exceptIds`. */
  async othersWithContent(contentHashes: readonly string[], exceptIds: readonly string[]): Promise<Map<string, string>> {
    if (!contentHashes.length) return new Map();
    const rows: Array<{ id: string; content_hash: string }> = await this.articles.query(
      `SELECT DISTINCT ON (content_hash) content_hash, id FROM articles
        WHERE content_hash = ANY($1::text[]) AND NOT id = ANY($2::uuid[]) ORDER BY content_hash, seq`,
      [contentHashes, exceptIds],
    );
    return new Map(rows.map((r) => [r.content_hash, r.id]));
  }

  /**
   * queued → ingested for many articles in one UPDATE, each with what the ingest stage found. For
   * each article moved: null, or the id of the article that took the same body in the meantime (the
   * unique content hash; then that statement changed nothing, and the articles are recorded one by
   * one). An article another worker moved first is left out.
   */
  async recordIngestedMany(rows: ReadonlyArray<{ id: string; fields: IngestedFields }>): Promise<Map<string, { duplicateOf: string } | null>> {
    if (!rows.length) return new Map();
    try {
      return new Map([...(await this.updateIngested(rows))].map((id) => [id, null]));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const recorded = new Map<string, { duplicateOf: string } | null>();
      for (const row of rows) recorded.set(row.id, await this.recordIngested(row.id, row.fields));
      return recorded;
    }
  }

  private async updateIngested(rows: ReadonlyArray<{ id: string; fields: IngestedFields }>): Promise<Set<string>> {
    // TypeORM answers an UPDATE with [rows, count].
    const [moved]: [Array<{ id: string }>, number] = await this.articles.query(
      `UPDATE articles a
          SET cleaned_body = v.cleaned_body, content_hash = v.content_hash, title = v.title, published_at = v.published_at,
              language = v.language, status = 'ingested', updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[]) AS v(id, cleaned_body, content_hash, title, published_at, language)
        WHERE a.id = v.id AND a.status = ANY($7::text[])
       RETURNING a.id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.fields.cleanedBody),
        rows.map((r) => r.fields.contentHash),
        rows.map((r) => r.fields.title),
        rows.map((r) => r.fields.publishedAt),
        rows.map((r) => r.fields.language),
        statusesBefore('ingested'),
      ],
    );
    const ids = new Set(moved.map((r) => r.id));
    await this.assertLegalMoves(rows.map((r) => r.id).filter((id) => !ids.has(id)), 'ingested');
    return ids;
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

  /**
   * transition() for many articles in one UPDATE: the ids moved. An article that another worker moved
   * first is left out; one the state machine does not let go to `to` throws IllegalStatusTransition.
   */
  async transitionMany(ids: readonly string[], to: ArticleStatus): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const [moved]: [Array<{ id: string }>, number] = await this.articles.query(
      `UPDATE articles SET status = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND status = ANY($3::text[]) RETURNING id`,
      [ids, to, statusesBefore(to)],
    );
    const done = new Set(moved.map((r) => r.id));
    await this.assertLegalMoves(ids.filter((id) => !done.has(id)), to);
    return done;
  }

  /** Throws when one of these articles (which an UPDATE did not move) is at a status the state machine does not let go to `to`. */
  private async assertLegalMoves(notMoved: readonly string[], to: ArticleStatus): Promise<void> {
    if (!notMoved.length) return;
    const current: Array<{ status: ArticleStatus }> = await this.articles.query(`SELECT status FROM articles WHERE id = ANY($1::uuid[])`, [notMoved]);
    for (const { status } of current) assertTransition(status, to);
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
