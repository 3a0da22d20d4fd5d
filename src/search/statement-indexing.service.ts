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
   * One keyset batch of a backfill, oldest first after `afterSeq`: the statements without keys, or
   * with `all` every statement (after the lemmatisation changed). Null `lastSeq` means done.
   */
  async indexBatch(afterSeq: string, limit: number, all: boolean): Promise<{ indexed: number; lastSeq: string | null }> {
    const batch = await this.indexWhere(`s.seq > $1${all ? '' : ' AND s.search_lemmas IS NULL'}`, [afterSeq, limit], 'ORDER BY s.seq LIMIT $2');
    return { indexed: batch.indexed, lastSeq: batch.indexed < limit ? null : batch.lastSeq };
  }

  /** How many statements a backfill would index. */
  async countToIndex(all: boolean): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM statements${all ? '' : ' WHERE search_lemmas IS NULL'}`);
    return row.n;
  }

  private async indexWhere(condition: string, params: unknown[], tail = ''): Promise<{ indexed: number; lastSeq: string | null }> {
    const rows: UnindexedRow[] = await this.db.query(
      `SELECT s.id, s.seq, s.quote, s.speaker_name, s.mention, sp.canonical_name, sp.aliases
         FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id
        WHERE ${condition} ${tail}`,
      params,
    );
    for (const row of rows) {
      const keys = documentKeys(this.morph, row.quote, row.speaker_name, row.canonical_name, row.mention, ...(row.aliases ?? []));
      await this.db.query(`UPDATE statements SET search_lemmas = array_to_tsvector($2::text[]), quote_lemmas = $3::text[] WHERE id = $1`, [
        row.id,
        keys,
        contentLemmas(this.morph, row.quote),
      ]);
    }
    return { indexed: rows.length, lastSeq: rows.length ? rows[rows.length - 1].seq : null };
  }
}
