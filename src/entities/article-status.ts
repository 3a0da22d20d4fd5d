// An article's life as a small state machine. ArticleRepository.transition is the only code that
// changes articles.status, and it refuses any move this table does not allow.

export const ARTICLE_STATUSES = ['queued', 'ingested', 'extracted', 'done', 'duplicate', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

const ALLOWED: Record<ArticleStatus, readonly ArticleStatus[]> = {
  queued: ['ingested', 'duplicate', 'failed'],
  ingested: ['extracted', 'failed'],
  extracted: ['done', 'failed'],
  done: [],
  duplicate: [],
  failed: [],
};

/** Statuses an article never leaves: nothing more will be done with it. */
export const FINAL_STATUSES: readonly ArticleStatus[] = ARTICLE_STATUSES.filter((s) => ALLOWED[s].length === 0);
/** Statuses with work still to do, in pipeline order. */
export const UNFINISHED_STATUSES: readonly ArticleStatus[] = ARTICLE_STATUSES.filter((s) => ALLOWED[s].length > 0);

export class IllegalStatusTransition extends Error {
  constructor(
    readonly from: ArticleStatus,
    readonly to: ArticleStatus,
  ) {
    super(`an article cannot go from ${from} to ${to}`);
    this.name = 'IllegalStatusTransition';
  }
}

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function assertTransition(from: ArticleStatus, to: ArticleStatus): void {
  if (!canTransition(from, to)) throw new IllegalStatusTransition(from, to);
}

/** The statuses an article may be in just before it moves to `to`. */
export function statusesBefore(to: ArticleStatus): ArticleStatus[] {
  return ARTICLE_STATUSES.filter((from) => canTransition(from, to));
}
