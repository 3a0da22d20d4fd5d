import { Inject, Injectable } from '@nestjs/common';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { IndexingSelection, StatementRepository } from '../statements/statement.repository';
import { computeSearchKeys } from './search-keys';
import { SearchKeysPool } from './search-keys-pool';

/**
 * Fills search_lemmas (quote, speaker names and mention as lemma keys) and quote_lemmas (the
 * quote's content lemmas, for claims) of statements that lack them, in statement_search_keys. The
 * morphology lives in the application, so keys are computed here rather than in a trigger. The
 * extract stage writes the keys of the statements it stores itself (keysOfTexts); the link stage
 * calls this for any statement stored without them (by hand, or before keys moved there), and
 * reindexing and editors' corrections call it too. Running it twice is harmless.
 */
@Injectable()
export class StatementIndexingService {
  constructor(
    private readonly statements: StatementRepository,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  async indexArticle(articleId: string): Promise<number> {
    return this.indexArticles([articleId]);
  }

  /** The statements of these articles that lack keys, in one read and one write. */
  async indexArticles(articleIds: readonly string[]): Promise<number> {
    if (!articleIds.length) return 0;
    return (await this.index({ articleIds })).indexed;
  }

  /** Recomputes the keys of one statement, after an editor changed its quote or speaker. */
  async reindexStatement(statementId: string): Promise<number> {
    return (await this.index({ statementId })).indexed;
  }

  /**
   * One keyset batch of a backfill, oldest first after `afterSeq` (and up to `untilSeq`): the
   * statements without keys, or with `all` every statement (after the lemmatisation changed). Null
   * `lastSeq` means done; `changed` counts the rows whose keys were written (unchanged keys are not).
   */
  async indexBatch(afterSeq: string, limit: number, all: boolean, untilSeq?: string, pool?: SearchKeysPool): Promise<{ indexed: number; changed: number; lastSeq: string | null }> {
    const batch = await this.index({ afterSeq, limit, all, untilSeq }, pool, true);
    return { ...batch, lastSeq: batch.indexed < limit ? null : batch.lastSeq };
  }

  /**
   * A whole backfill (`quotes reindex`): keyset batches over `lanes` seq ranges at once, so the
   * database writes one batch while the next one's keys are computed. With `threads`, the keys are
   * computed by that many worker threads (one lane more than threads keeps them and the database
   * busy). Reports progress after each batch.
   */
  async backfill(options: {
    all: boolean;
    batch: number;
    lanes?: number;
    threads?: number;
    onProgress?: (indexed: number, changed: number) => void;
  }): Promise<{ indexed: number; changed: number }> {
    const threads = options.threads ?? 0;
    const pool = threads > 0 ? SearchKeysPool.start(threads) : undefined;
    try {
      return await this.backfillLanes({ ...options, lanes: options.lanes ?? (threads > 0 ? threads + 1 : 2) }, pool);
    } finally {
      await pool?.close();
      // The bulk writes left entries in the key indexes' pending lists, which every search reads whole.
      await this.statements.mergePendingKeys();
    }
  }

  private async backfillLanes(
    options: { all: boolean; batch: number; lanes: number; onProgress?: (indexed: number, changed: number) => void },
    pool: SearchKeysPool | undefined,
  ): Promise<{ indexed: number; changed: number }> {
    const range = await this.statements.seqRange();
    const lanes = Math.max(1, options.lanes);
    const first = BigInt(range.min) - 1n;
    const span = BigInt(range.max) - first;
    const totals = { indexed: 0, changed: 0 };
    const lane = async (i: number) => {
      const until = i === lanes - 1 ? BigInt(range.max) : first + (span * BigInt(i + 1)) / BigInt(lanes);
      for (let after: string | null = String(first + (span * BigInt(i)) / BigInt(lanes)); after !== null; ) {
        const step = await this.indexBatch(after, options.batch, options.all, String(until), pool);
        totals.indexed += step.indexed;
        totals.changed += step.changed;
        after = step.lastSeq;
        options.onProgress?.(totals.indexed, totals.changed);
      }
    };
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
    return totals;
  }

  /** How many statements a backfill would index. */
  countToIndex(all: boolean): Promise<number> {
    return this.statements.countToIndex(all);
  }

  private async index(selection: IndexingSelection, pool?: SearchKeysPool, bulk = false): Promise<{ indexed: number; changed: number; lastSeq: string | null }> {
    const rows = await this.statements.textsForIndexing(selection);
    const keys = pool && rows.length ? await pool.compute(rows) : rows.map((row) => computeSearchKeys(this.morph, row));
    const changed = await this.statements.writeSearchKeys(keys, { bulk });
    return { indexed: rows.length, changed, lastSeq: rows.length ? rows[rows.length - 1].seq : null };
  }
}
