import { Inject, Injectable } from '@nestjs/common';
import type { Morphology } from '../extraction/morphology';
import { contentLemmas, documentKeys } from '../language/lemma-text';
import { MORPHOLOGY } from '../language/morphology.provider';
import { IndexingSelection, StatementRepository } from '../statements/statement.repository';

/**
 * Fills search_lemmas (quote, speaker names and mention as lemma keys) and quote_lemmas (the
 * quote's content lemmas, for claims) of statements that lack them. The morphology lives in the
 * application, so this runs after the link stage rather than in a trigger; running it twice is harmless.
 */
@Injectable()
export class StatementIndexingService {
  constructor(
    private readonly statements: StatementRepository,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  async indexArticle(articleId: string): Promise<number> {
    return (await this.index({ articleId })).indexed;
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
  async indexBatch(afterSeq: string, limit: number, all: boolean, untilSeq?: string): Promise<{ indexed: number; changed: number; lastSeq: string | null }> {
    const batch = await this.index({ afterSeq, limit, all, untilSeq });
    return { ...batch, lastSeq: batch.indexed < limit ? null : batch.lastSeq };
  }

  /**
   * A whole backfill (`quotes reindex`): keyset batches over `lanes` seq ranges at once, so the
   * database writes one batch while the next one's keys are computed. Reports progress after each batch.
   */
  async backfill(options: { all: boolean; batch: number; lanes?: number; onProgress?: (indexed: number, changed: number) => void }): Promise<{ indexed: number; changed: number }> {
    const range = await this.statements.seqRange();
    const lanes = Math.max(1, options.lanes ?? 2);
    const first = BigInt(range.min) - 1n;
    const span = BigInt(range.max) - first;
    const totals = { indexed: 0, changed: 0 };
    const lane = async (i: number) => {
      const until = i === lanes - 1 ? BigInt(range.max) : first + (span * BigInt(i + 1)) / BigInt(lanes);
      for (let after: string | null = String(first + (span * BigInt(i)) / BigInt(lanes)); after !== null; ) {
        const step = await this.indexBatch(after, options.batch, options.all, String(until));
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

  private async index(selection: IndexingSelection): Promise<{ indexed: number; changed: number; lastSeq: string | null }> {
    const rows = await this.statements.textsForIndexing(selection);
    const changed = await this.statements.writeSearchKeys(
      rows.map((row) => ({
        id: row.id,
        searchKeys: documentKeys(this.morph, row.quote, row.speakerName, row.canonicalName, row.mention, ...(row.aliases ?? [])),
        quoteLemmas: contentLemmas(this.morph, row.quote),
      })),
    );
    return { indexed: rows.length, changed, lastSeq: rows.length ? rows[rows.length - 1].seq : null };
  }
}
