import type { KnownArticle } from './article.repository';

/** What acceptance compares of a submission: the hash of its input and its canonical URL. */
export interface SubmissionKeys {
  inputHash: string;
  canonicalUrl: string | null;
}

/**
 * What becomes of each submission of a batch: an article already stored, a new article, or the same
 * article as an earlier new one of the batch (same input or same canonical URL).
 */
export type AcceptancePlan = { stored: KnownArticle } | { isNew: true } | { sameAs: number };

/**
 * Decides a whole batch at once as posting its articles one by one would: a submission matching a
 * stored article takes the oldest such article; otherwise one matching an earlier new submission is that
 * submission; otherwise it is new. `stored` is everything stored under the batch's inputs and URLs.
 */
export function planAcceptance(submissions: readonly SubmissionKeys[], stored: readonly KnownArticle[]): AcceptancePlan[] {
  const storedByHash = oldestBy(stored, (a) => a.inputHash);
  const storedByUrl = oldestBy(stored, (a) => a.canonicalUrl);
  const newByHash = new Map<string, number>();
  const newByUrl = new Map<string, number>();
  return submissions.map((s, index) => {
    const match = oldest(storedByHash.get(s.inputHash), s.canonicalUrl ? storedByUrl.get(s.canonicalUrl) : undefined);
    if (match) return { stored: match };
    const earlier = [newByHash.get(s.inputHash), s.canonicalUrl ? newByUrl.get(s.canonicalUrl) : undefined].filter((i): i is number => i !== undefined);
    if (earlier.length > 0) return { sameAs: Math.min(...earlier) };
    newByHash.set(s.inputHash, index);
    if (s.canonicalUrl) newByUrl.set(s.canonicalUrl, index);
    return { isNew: true };
  });
}

function oldestBy(articles: readonly KnownArticle[], keyOf: (a: KnownArticle) => string | null): Map<string, KnownArticle> {
  const byKey = new Map<string, KnownArticle>();
  for (const article of articles) {
    const key = keyOf(article);
    if (key !== null) byKey.set(key, oldest(byKey.get(key), article)!);
  }
  return byKey;
}

function oldest(a: KnownArticle | undefined, b: KnownArticle | undefined): KnownArticle | undefined {
  if (!a || !b) return a ?? b;
  return BigInt(a.seq) <= BigInt(b.seq) ? a : b;
}
