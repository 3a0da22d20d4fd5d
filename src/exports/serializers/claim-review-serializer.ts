import { ClaimReviewPublisher, toClaimReview } from '../claim-review';
import type { ExportRow } from '../export-row';

/**
 * A JSON array of ClaimReview objects, one per line, each with its own @context: the whole file is
 * one JSON(-LD) document, and the line layout keeps it easy to stream and to diff.
 */
export class ClaimReviewSerializer {
  private written = 0;

  constructor(private readonly publisher: ClaimReviewPublisher) {}

  start(): string {
    return '[';
  }

  rows(rows: readonly ExportRow[]): string {
    let text = '';
    for (const row of rows) {
      const review = toClaimReview(row, this.publisher);
      if (!review) continue;
      text += (this.written++ === 0 ? '\n' : ',\n') + JSON.stringify(review);
    }
    return text;
  }

  end(): string {
    return '\n]\n';
  }
}
