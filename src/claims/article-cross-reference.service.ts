import { Injectable } from '@nestjs/common';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { ClaimGroupingService } from './claim-grouping.service';

/**
 * What follows speaker linking for articles (one or a batch): lemma keys for search, then claim grouping (which
 * compares those lemmas). Both steps only touch statements not yet done, so a retried job is harmless.
 */
@Injectable()
export class ArticleCrossReferenceService {
  constructor(
    private readonly indexing: StatementIndexingService,
    private readonly claims: ClaimGroupingService,
  ) {}

  async crossReference(articleIds: readonly string[]): Promise<void> {
    const t0 = performance.now();
    await this.indexing.indexArticles(articleIds);
    const t1 = performance.now();
    await this.claims.groupArticles(articleIds);
    if (process.env.QT_DEBUG) console.error('XREFT', articleIds.length, Math.round(t1 - t0), Math.round(performance.now() - t1));
  }
}
