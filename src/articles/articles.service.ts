import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { sha256 } from '../common/hash';
import { PageQueryDto } from '../common/page-query.dto';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { StatementRepository } from '../statements/statement.repository';
import { toStatementView } from '../statements/statement-view';
import { ArticleRepository, KnownArticle, NewArticle } from './article.repository';
import { planAcceptance } from './batch-acceptance';
import { OutletKey, OutletRepository } from './outlet.repository';
import { ArticleView, toArticleView } from './article-view';
import { canonicalizeUrl, hostOf } from './canonical-url';
import { CreateArticleDto } from './dto/create-article.dto';
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
    private readonly outlets: OutletRepository,
    @Inject(ARTICLE_PIPELINE) private readonly pipeline: ArticlePipelineStarter,
  ) {}

  /** Stores an article and queues it for ingestion; the same article sent twice is one article. */
  async submit(dto: CreateArticleDto): Promise<SubmissionResult> {
    const [result] = await this.submitBatch([dto]);
    return result;
  }

  /**
   * Accepts a batch with a fixed number of round trips, whatever its size: one lookup of what is already
   * stored, one outlet upsert, one INSERT of the new articles, one enqueue. The results, one per article
   * in order, are those of posting the articles one by one. The rows are committed before their jobs are
   * queued; a crash in between leaves queued articles the reconciler queues again.
   */
  async submitBatch(dtos: CreateArticleDto[]): Promise<SubmissionResult[]> {
    const submissions = dtos.map(toSubmission);
    const stored = await this.articles.findKnownMany(
      submissions.map((s) => s.inputHash),
      submissions.flatMap((s) => (s.canonicalUrl ? [s.canonicalUrl] : [])),
    );
    const plan = planAcceptance(submissions, stored);
    const fresh = submissions.filter((_, i) => 'isNew' in plan[i]);
    const insertedIds = await this.insertNew(fresh);
    const lostRaces = await this.storedByConcurrentRequests(fresh.filter((s) => !insertedIds.has(s.inputHash)));

    const resultOf = (index: number): SubmissionResult => {
      const step = plan[index];
      if ('stored' in step) return acknowledged(step.stored);
      if ('sameAs' in step) return { ...resultOf(step.sameAs), duplicate: true };
      const { inputHash } = submissions[index];
      const id = insertedIds.get(inputHash);
      return id ? { id, status: 'queued', duplicate: false } : acknowledged(lostRaces.get(inputHash)!);
    };
    const results = submissions.map((_, i) => resultOf(i));

    // A known article still waiting is queued again: its first job may have been lost with Redis.
    const waiting = [...insertedIds.values(), ...[...stored, ...lostRaces.values()].filter((a) => a.status === 'queued').map((a) => a.id)];
    await this.pipeline.startMany([...new Set(waiting)]);
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

  /** Stores the new articles with their outlets; the input hash of each one stored maps to its id. */
  private async insertNew(fresh: Submission[]): Promise<Map<string, string>> {
    const withOutlet = fresh.filter((s) => s.outlet);
    const outletIds = await this.outlets.upsertMany(withOutlet.map((s) => s.outlet!));
    const outletOf = new Map(withOutlet.map((s, i) => [s, outletIds[i]]));
    return this.articles.insertSubmittedMany(fresh.map((s) => ({ ...s.article, outletId: outletOf.get(s) ?? null })));
  }

  /** The article a concurrent request stored first, for each submission whose insert it beat. */
  private async storedByConcurrentRequests(lost: Submission[]): Promise<Map<string, KnownArticle>> {
    if (lost.length === 0) return new Map();
    const stored = await this.articles.findKnownMany(
      lost.map((s) => s.inputHash),
      lost.flatMap((s) => (s.canonicalUrl ? [s.canonicalUrl] : [])),
    );
    const plan = planAcceptance(lost, stored);
    return new Map(
      lost.map((s, i) => {
        const step = plan[i];
        if (!('stored' in step)) throw new Error('article insert conflicted but no matching article was found');
        return [s.inputHash, step.stored];
      }),
    );
  }
}

interface Submission {
  inputHash: string;
  canonicalUrl: string | null;
  article: Omit<NewArticle, 'outletId'>;
  outlet: OutletKey | null;
}

function toSubmission(dto: CreateArticleDto): Submission {
  const inputFormat = dto.text !== undefined ? 'text' : dto.html !== undefined ? 'html' : 'url';
  const canonicalUrl = dto.url ? canonicalizeUrl(dto.url) : null;
  // An article sent as its address alone keeps the address as its input, downloaded at ingest.
  const rawInput = inputFormat === 'url' ? dto.url!.trim() : (dto.text ?? dto.html ?? '').replace(/\r\n?/g, '\n');
  const inputHash = sha256(`${inputFormat}\u0000${inputFormat === 'url' ? canonicalUrl : rawInput.trim()}`);
  // The outlet named, or the one behind the URL's host.
  const domain = dto.url ? hostOf(dto.url) : null;
  const outletName = dto.outlet?.trim() || domain;
  return {
    inputHash,
    canonicalUrl,
    article: {
      url: dto.url ?? null,
      canonicalUrl,
      title: dto.title ?? null,
      publishedAt: dto.publishedAt ? dto.publishedAt.slice(0, 10) : null,
      inputFormat,
      rawInput,
      inputHash,
    },
    outlet: outletName ? { name: outletName, domain } : null,
  };
}

function acknowledged(article: KnownArticle): SubmissionResult {
  return { id: article.duplicateOf ?? article.id, status: article.status, duplicate: true };
}
