import { StatementView } from '../statements/statement-view';
import { Article } from '../entities/article.entity';

export interface ArticleView {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  outlet: { id: string; name: string } | null;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
  status: string;
  failureReason: string | null;
  duplicateOf: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The cleaned body statement offsets point into; only on the single-article view. */
  body?: string | null;
  statements?: StatementView[];
}

export function toArticleView(a: Article, statements?: StatementView[]): ArticleView {
  const detail = statements ? { body: a.cleanedBody, statements } : {};
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    outlet: a.outlet ? { id: a.outlet.id, name: a.outlet.name } : null,
    title: a.title,
    publishedAt: a.publishedAt,
    language: a.language,
    status: a.status,
    failureReason: a.failureReason,
    duplicateOf: a.duplicateOf,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    ...detail,
  };
}
