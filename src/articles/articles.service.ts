import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { sha256 } from '../common/hash';
import { JOB_QUEUE, JobQueue } from '../queue/job-queue';
import { Statement } from '../statements/statement.entity';
import { toStatementView } from '../statements/statement-view';
import { Article } from './article.entity';
import { ArticleView, toArticleView } from './article-view';
import { canonicalizeUrl, hostOf } from './canonical-url';
import { CreateArticleDto } from './dto/create-article.dto';
import { OutletsService } from './outlets.service';

export interface SubmissionResult {
  id: string;
  status: string;
  /** True when the article was already known (same input or same canonical URL). */
  duplicate: boolean;
}

@Injectable()
export class ArticlesService {
  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
    private readonly outlets: OutletsService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  /** Stores an article and queues it for ingestion; the same article sent twice is one article. */
  async submit(dto: CreateArticleDto): Promise<SubmissionResult> {
    const inputFormat = dto.text !== undefined ? 'text' : 'html';
    const rawInput = (dto.text ?? dto.html ?? '').replace(/\r\n?/g, '\n');
    const inputHash = sha256(`${inputFormat}\u0000${rawInput.trim()}`);
    const canonicalUrl = dto.url ? canonicalizeUrl(dto.url) : null;

    const known = await this.findKnown(inputHash, canonicalUrl);
    if (known) return this.acknowledgeKnown(known);

    const outlet = await this.outlets.findOrCreate(dto.outlet, dto.url ? hostOf(dto.url) : null);
    const inserted = await this.articles
      .createQueryBuilder()
      .insert()
      .values({
        url: dto.url ?? null,
        canonicalUrl,
        outletId: outlet?.id ?? null,
        title: dto.title ?? null,
        publishedAt: dto.publishedAt ? dto.publishedAt.slice(0, 10) : null,
        inputFormat,
        rawInput,
        inputHash,
        status: 'queued',
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id: string | undefined = inserted.raw[0]?.id;
    if (!id) {
      // A concurrent request stored the same article first.
      const winner = await this.findKnown(inputHash, canonicalUrl);
      if (!winner) throw new Error('article insert conflicted but no matching article was found');
      return this.acknowledgeKnown(winner);
    }
    await this.queue.enqueue('ingest', { articleId: id }, { jobId: `ingest-${id}` });
    return { id, status: 'queued', duplicate: false };
  }

  async submitBatch(dtos: CreateArticleDto[]): Promise<SubmissionResult[]> {
    const results: SubmissionResult[] = [];
    for (const dto of dtos) results.push(await this.submit(dto));
    return results;
  }

  async get(id: string): Promise<ArticleView> {
    const article = await this.articles.findOne({ where: { id }, relations: { outlet: true } });
    if (!article) throw new NotFoundException(`article ${id} not found`);
    const statements = await this.statements.find({
      where: { articleId: id },
      relations: { speaker: true },
      order: { startOffset: 'ASC', seq: 'ASC' },
    });
    return toArticleView(article, statements.map(toStatementView));
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.articles.update({ id }, { status: 'failed', failureReason: reason.slice(0, 2000) });
  }

  private findKnown(inputHash: string, canonicalUrl: string | null): Promise<Article | null> {
    const query = this.articles.createQueryBuilder('a').where('a.input_hash = :inputHash', { inputHash });
    if (canonicalUrl) query.orWhere('a.canonical_url = :canonicalUrl', { canonicalUrl });
    return query.orderBy('a.seq', 'ASC').getOne();
  }

  /** A known article still waiting is queued again: its first job may have been lost with Redis. */
  private async acknowledgeKnown(article: Article): Promise<SubmissionResult> {
    if (article.status === 'queued') {
      await this.queue.enqueue('ingest', { articleId: article.id }, { jobId: `ingest-${article.id}` });
    }
    return { id: article.duplicateOf ?? article.id, status: article.status, duplicate: true };
  }
}
