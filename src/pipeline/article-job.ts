/** Payload of the ingest, extract and link jobs. */
export interface ArticleJob {
  articleId: string;
}
