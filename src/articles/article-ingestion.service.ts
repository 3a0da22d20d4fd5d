import { Inject, Injectable } from '@nestjs/common';
import { contentHash } from '../common/hash';
import { AppConfig } from '../config/app-config';
import { prepareArticle } from '../extraction/document/prepare-article';
import { UnrecoverableError } from '../queue/job-queue';
import { Article } from '../entities/article.entity';
import { ArticleRepository, IngestedFields } from './article.repository';
import { fetchPage, PageFetchError, PageFetchLimits } from './page-fetcher';

/** Long enough for a slow news site, short enough not to hold a worker slot for minutes. */
const PAGE_FETCH_TIMEOUT_MS = 20000;

export type IngestOutcome = { ingested: IngestedFields } | { duplicateOf: string };

/**
 * The ingest stage: cleans the stored input into the article's document (body, title, publication
 * date, language) once, and recognises a story already stored under another input (same cleaned body).
 * An article sent as a URL alone is downloaded here first. Extraction later reads the stored document.
 */
@Injectable()
export class ArticleIngestionService {
  private readonly fetchLimits: PageFetchLimits;

  constructor(
    private readonly articles: ArticleRepository,
    @Inject(AppConfig) config: AppConfig,
  ) {
    // A page may be as large as a body the API itself accepts.
    this.fetchLimits = { maxBytes: bytesOf(config.MAX_BODY_SIZE), timeoutMs: PAGE_FETCH_TIMEOUT_MS };
  }

  /**
   * The ingest stage for several articles: each cleaned on its own (a failure stays with its article),
   * then one lookup for stored twins. Of two articles of the batch with the same body the first is
   * ingested and the second is its duplicate, as if they had come one after the other.
   */
  async ingestMany(articles: readonly Article[]): Promise<Array<IngestOutcome | { error: Error }>> {
    const cleaned = await Promise.all(
      articles.map((article) =>
        this.clean(article).then(
          (ingested) => ({ ingested }),
          (error: Error) => ({ error }),
        ),
      ),
    );
    const hashes = cleaned.flatMap((c) => ('ingested' in c ? [c.ingested.contentHash!] : []));
    const stored = await this.articles.othersWithContent(hashes, articles.map((a) => a.id));
    const firstInBatch = new Map<string, string>();
    return cleaned.map((outcome, i) => {
      if (!('ingested' in outcome)) return outcome;
      const hash = outcome.ingested.contentHash!;
      const twin = stored.get(hash) ?? firstInBatch.get(hash);
      if (twin) return { duplicateOf: twin };
      firstInBatch.set(hash, articles[i].id);
      return outcome;
    });
  }

  private async clean(article: Article): Promise<IngestedFields> {
    const input = await this.inputOf(article);
    const prepared = prepareArticle({ ...input, publishedAt: article.publishedAt, title: article.title, url: article.url });
    if (!prepared.body.trim()) throw new UnrecoverableError('no article body found in the input');
    return {
      cleanedBody: prepared.body,
      contentHash: contentHash(prepared.body),
      title: article.title ?? prepared.title,
      publishedAt: article.publishedAt ?? prepared.publishedAt,
      language: prepared.language,
    };
  }

  /** The article's content as text or HTML: stored as sent, or downloaded from its URL. */
  private async inputOf(article: Article): Promise<{ text?: string; html?: string }> {
    if (article.inputFormat === 'text') return { text: article.rawInput };
    if (article.inputFormat === 'html') return { html: article.rawInput };
    try {
      const page = await fetchPage(article.rawInput, this.fetchLimits);
      return page.format === 'text' ? { text: page.content } : { html: page.content };
    } catch (err) {
      // A permanent failure fails the article at once; anything else is retried by the queue.
      if (err instanceof PageFetchError && err.permanent) throw new UnrecoverableError(err.message);
      throw err;
    }
  }
}

/** MAX_BODY_SIZE as validated by AppConfig (e.g. 512kb, 10mb) in bytes. */
function bytesOf(size: string): number {
  const [, amount, unit] = /^(\d+)(kb|mb)$/i.exec(size)!;
  return Number(amount) * (unit.toLowerCase() === 'mb' ? 1024 * 1024 : 1024);
}
