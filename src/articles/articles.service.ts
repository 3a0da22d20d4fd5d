import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { sha256 } from '../common/hash';
import { PageQueryDto } from '../common/page-query.dto';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { StatementRepository } from '../statements/statement.repository';
import { toStatementView } from '../statements/statement-view';
import { Article } from '../entities/article.entity';
import { ArticleRepository } from './article.repository';
import { ArticleView, toArticleView } from './article-view';
import { canonicalizeUrl, hostOf } from './canonical-url';
import { CreateArticleDto } from './dto/create-article.dto';
import { OutletsService } from './outlets.service';
import { ARTICLE_PIPELINE, ArticlePipelineStarter } from './article-pipeline-port';

export interface SubmissionResult {
  id: string;
  status: string;
  /** True when the article was already known (same input or same canonical URL). */
  duplicate: boolean;
}

@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly statements: StatementRepository,
    private readonly outlets: OutletsService,
    @Inject(ARTICLE_PIPELINE) private readonly pipeline: ArticlePipelineStarter,
  ) {}

  /** Stores an article and queues it for ingestion; the same article sent twice is one article. */
  async submit(dto: CreateArticleDto): Promise<SubmissionResult> {
    const inputFormat = dto.text !== undefined ? 'text' : dto.html !== undefined ? 'html' : 'url';
    const canonicalUrl = dto.url ? canonicalizeUrl(dto.url) : null;
    // An article sent as its address alone keeps the address as its input, downloaded at ingest.
    const rawInput = inputFormat === 'url' ? dto.url!.trim() : (dto.text ?? dto.html ?? '').replace(/\r\n?/g, '\n');
    const inputHash = sha256(`${inputFormat}\u0000${inputFormat === 'url' ? canonicalUrl : rawInput.trim()}`);

    const known = await this.findKnown(inputHash, canonicalUrl);
    if (known) return this.acknowledgeKnown(known);

    const outlet = await this.outlets.findOrCreate(dto.outlet, dto.url ? hostOf(dto.url) : null);
    const id = await this.articles.insertSubmitted({
      url: dto.url ?? null,
      canonicalUrl,
      outletId: outlet?.id ?? null,
      title: dto.title ?? null,
      publishedAt: dto.publishedAt ? dto.publishedAt.slice(0, 10) : null,
      inputFormat,
      rawInput,
      inputHash,
    });
    if (!id) {
      // A concurrent request stored the same article first.
      const winner = await this.findKnown(inputHash, canonicalUrl);
      if (!winner) throw new Error('article insert conflicted but no matching article was found');
      return this.acknowledgeKnown(winner);
    }
    await this.pipeline.start(id);
    return { id, status: 'queued', duplicate: false };
  }

  async submitBatch(dtos: CreateArticleDto[]): Promise<SubmissionResult[]> {
    const results: SubmissionResult[] = [];
    for (const dto of dtos) results.push(await this.submit(dto));
    return results;
  }

  /** Articles newest first, without bodies or statements: the web app's list of what was sent. */
  async list(page: PageQueryDto): Promise<Page<ArticleView>> {
    const rows = await this.articles.newestWithOutlets(decodeCursor(page.cursor), page.limit + 1);
    return toPage(rows, page.limit, (a) => toArticleView(a));
  }

  async get(id: string): Promise<ArticleView> {
    const article = await this.articles.findWithOutlet(id);
    if (!article) throw new NotFoundException(`article ${id} not found`);
    const statements = await this.statements.ofArticle(id);
    return toArticleView(article, statements.map(toStatementView));
  }

  private findKnown(inputHash: string, canonicalUrl: string | null): Promise<Article | null> {
    return this.articles.findKnown(inputHash, canonicalUrl);
  }

  /** A known article still waiting is queued again: its first job may have been lost with Redis. */
  private async acknowledgeKnown(article: Article): Promise<SubmissionResult> {
    if (article.status === 'queued') await this.pipeline.start(article.id);
    return { id: article.duplicateOf ?? article.id, status: article.status, duplicate: true };
  }
}
