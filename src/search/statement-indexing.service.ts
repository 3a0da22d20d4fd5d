import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { contentLemmas, documentKeys } from './lemma-text';
import { MORPHOLOGY } from './morphology.provider';

interface UnindexedRow {
  id: string;
  seq: string;
  quote: string;
  speaker_name: string;
  mention: string;
  canonical_name: string | null;
  aliases: string[] | null;
}

/**
 * Fills search_lemmas (quote, speaker names and mention as lemma keys) and quote_lemmas (the
 * quote's content lemmas, for claims) of statements that lack them. The morphology lives in the
 * application, so this runs after the link stage rather than in a trigger; running it twice is harmless.
 */
@Injectable()
export class StatementIndexingService {
  constructor(
    private readonly db: DataSource,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  async indexArticle(articleId: string): Promise<number> {
    return (await this.indexWhere('s.article_id = $1 AND s.search_lemmas IS NULL', [articleId])).indexed;
  }

  /** Recomputes the keys of one statement, after an editor changed its quote or speaker. */
  async reindexStatement(statementId: string): Promise<number> {
    return (await this.indexWhere('s.id = $1', [statementId])).indexed;
  }

  /**
   * One keyset batch of a backfill, oldest first after `afterSeq` (and up to `untilSeq`): the
   * statements without keys, or with `all` every statement (after the lemmatisation changed). Null
   * `lastSeq` means done; `changed` counts the rows whose keys were written (unchanged keys are not).
   */
  async indexBatch(afterSeq: string, limit: number, all: boolean, untilSeq?: string): Promise<{ indexed: number; changed: number; lastSeq: string | null }> {
    const until = untilSeq === undefined ? '' : ' AND s.seq <= $3';
    const params = untilSeq === undefined ? [afterSeq, limit] : [afterSeq, limit, untilSeq];
    const batch = await this.indexWhere(`s.seq > $1${until}${all ? '' : ' AND s.search_lemmas IS NULL'}`, params, 'ORDER BY s.seq LIMIT $2');
    return { ...batch, lastSeq: batch.indexed < limit ? null : batch.lastSeq };
  }

  /**
   * A whole backfill (`quotes reindex`): keyset batches over `lanes` seq ranges at once, so the
   * database writes one batch while the next one's keys are computed. Reports progress after each batch.
   */
  async backfill(options: { all: boolean; batch: number; lanes?: number; onProgress?: (indexed: number, changed: number) => void }): Promise<{ indexed: number; changed: number }> {
    const [range] = await this.db.query(`SELECT coalesce(min(seq), 0)::text AS min, coalesce(max(seq), 0)::text AS max FROM statements`);
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
  async countToIndex(all: boolean): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM statements${all ? '' : ' WHERE search_lemmas IS NULL'}`);
    return row.n;
  }

  private async indexWhere(condition: string, params: unknown[], tail = ''): Promise<{ indexed: number; changed: number; lastSeq: string | null }> {
    const rows: UnindexedRow[] = await this.db.query(
      `SELECT s.id, s.seq, s.quote, s.speaker_name, s.mention, sp.canonical_name, sp.aliases
         FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id
        WHERE ${condition} ${tail}`,
      params,
    );
    // One UPDATE for the whole batch; keys are letters and digits only, so a space joins them safely.
    // Rows whose keys come out the same are not rewritten: a reindex after a small rule change touches few.
    const [, changed] = await this.db.query(
      `UPDATE statements s
          SET search_lemmas = v.search_lemmas, quote_lemmas = v.quote_lemmas
         FROM (SELECT id, array_to_tsvector(string_to_array(keys, ' ')) AS search_lemmas, string_to_array(lemmas, ' ') AS quote_lemmas
                 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, keys, lemmas)) v
        WHERE s.id = v.id AND (s.search_lemmas IS DISTINCT FROM v.search_lemmas OR s.quote_lemmas IS DISTINCT FROM v.quote_lemmas)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => documentKeys(this.morph, r.quote, r.speaker_name, r.canonical_name, r.mention, ...(r.aliases ?? [])).join(' ')),
        rows.map((r) => contentLemmas(this.morph, r.quote).join(' ')),
      ],
    );
    return { indexed: rows.length, changed: Number(changed ?? 0), lastSeq: rows.length ? rows[rows.length - 1].seq : null };
  }
}
