import { Injectable } from '@nestjs/common';
import { contentHash } from '../common/hash';
import { prepareArticle } from '../extraction/document/prepare-article';
import { UnrecoverableError } from '../queue/job-queue';
import { Article } from './article.entity';
import { ArticleRepository, IngestedFields } from './article.repository';

export type IngestOutcome = { ingested: IngestedFields } | { duplicateOf: string };

/**
 * The ingest stage: cleans the stored input into the article's document (body, title, publication
 * date, language) once, and recognises a story already stored under another input (same cleaned body).
 * Extraction later reads that stored document.
 */
@Injectable()
export class ArticleIngestionService {
  constructor(private readonly articles: ArticleRepository) {}

  async ingest(article: Article): Promise<IngestOutcome> {
    const prepared = prepareArticle({
      text: article.inputFormat === 'text' ? article.rawInput : undefined,
      html: article.inputFormat === 'html' ? article.rawInput : undefined,
      publishedAt: article.publishedAt,
      title: article.title,
      url: article.url,
    });
    if (!prepared.body.trim()) throw new UnrecoverableError('no article body found in the input');
    const hash = contentHash(prepared.body);
    const twin = await this.articles.findOtherWithContent(hash, article.id);
    if (twin) return { duplicateOf: twin.id };
    return {
      ingested: {
        cleanedBody: prepared.body,
        contentHash: hash,
        title: article.title ?? prepared.title,
        publishedAt: article.publishedAt ?? prepared.publishedAt,
        language: prepared.language,
      },
    };
  }
}
