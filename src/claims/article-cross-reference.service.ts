import { Injectable } from '@nestjs/common';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { ClaimGroupingService } from './claim-grouping.service';

/**
 * What follows the extract stage for a batch of articles: lemma keys for any statement stored without
 * them (the extract stage writes its own statements' keys), then claim grouping (which compares those
 * lemmas). Both steps only touch statements not yet done, so a retried job is harmless.
 */
@Injectable()
export class ArticleCrossReferenceService {
  constructor(
    private readonly indexing: StatementIndexingService,
    private readonly claims: ClaimGroupingService,
  ) {}

  async crossReference(articleIds: readonly string[]): Promise<void> {
    await this.indexing.indexArticles(articleIds);
    await this.claims.groupArticles(articleIds);
  }
}
