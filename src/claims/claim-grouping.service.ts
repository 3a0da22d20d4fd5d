import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../search/morphology.provider';
import { Claim, ClaimWordingDifference } from './claim.entity';
import { quoteSimilarity, SAME_CLAIM_THRESHOLD } from './near-duplicate';
import { compareProfiles, polarityProfile } from './polarity';
import { diffWords, wordingDiffers } from './word-diff';

interface PendingRow {
  id: string;
  article_id: string;
  speaker_id: string | null;
  speaker_name: string;
  quote: string;
  quote_lemmas: string[];
}

interface CandidateRow {
  id: string;
  claim_id: string | null;
  quote: string;
  quote_lemmas: string[];
}

/** How many earlier statements of one speaker, sharing a lemma, are scored against a new one. */
const MAX_CANDIDATES = 300;

/**
 * Groups the statements of an article with their appearances in other articles: the same speaker,
 * a near-duplicate quote (direct or retold). Runs after linking and indexing; statements are marked
 * once checked, so running it twice changes nothing.
 */
@Injectable()
export class ClaimGroupingService {
  private readonly logger = new Logger(ClaimGroupingService.name);

  constructor(
    private readonly db: DataSource,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  async groupArticle(articleId: string): Promise<number> {
    const pending: PendingRow[] = await this.db.query(
      `SELECT id, article_id, speaker_id, speaker_name, quote, quote_lemmas FROM statements
        WHERE article_id = $1 AND claim_checked_at IS NULL AND quote_lemmas IS NOT NULL AND deleted_at IS NULL
        ORDER BY seq`,
      [articleId],
    );
    let grouped = 0;
    for (const row of pending) if (await this.groupStatement(row)) grouped++;
    return grouped;
  }

  /**
   * Takes a statement out of its claim, after an editor deleted or rejected it or changed what it
   * says or who said it. A claim left with a single appearance is dissolved.
   */
  async detach(statementId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT claim_id FROM statements WHERE id = $1 FOR UPDATE`, [statementId]);
      await tx.query(`UPDATE statements SET claim_id = NULL, claim_checked_at = NULL WHERE id = $1`, [statementId]);
      const claimId: string | null = row?.claim_id ?? null;
      if (!claimId) return;
      const [{ live }] = await tx.query(`SELECT count(*)::int AS live FROM statements WHERE claim_id = $1 AND deleted_at IS NULL`, [claimId]);
      if (live < 2) {
        await tx.query(`UPDATE statements SET claim_id = NULL WHERE claim_id = $1`, [claimId]);
        await tx.query(`DELETE FROM claims WHERE id = $1`, [claimId]);
      } else {
        await this.refreshWording(tx, claimId);
      }
    });
  }

  /** Detaches a corrected statement and groups it afresh from its current quote and speaker. */
  async regroup(statementId: string): Promise<void> {
    await this.detach(statementId);
    const [row]: PendingRow[] = await this.db.query(
      `SELECT id, article_id, speaker_id, speaker_name, quote, quote_lemmas FROM statements
        WHERE id = $1 AND quote_lemmas IS NOT NULL AND deleted_at IS NULL AND review_status <> 'rejected'`,
      [statementId],
    );
    if (row) await this.groupStatement(row);
  }

  private groupStatement(row: PendingRow): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // One speaker's statements are grouped one at a time, across workers: two articles quoting the
      // same words, linked at once, must land in one claim rather than in two.
      const speakerKey = row.speaker_id ?? `name:${row.speaker_name.toLowerCase()}`;
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('claims:' || $1))`, [speakerKey]);
      const fresh = await tx.query(`SELECT 1 FROM statements WHERE id = $1 AND claim_checked_at IS NULL`, [row.id]);
      if (!fresh.length) return false;
      const candidates: CandidateRow[] = row.quote_lemmas.length
        ? await tx.query(
            `SELECT id, claim_id, quote, quote_lemmas FROM statements
              WHERE article_id <> $1 AND deleted_at IS NULL AND review_status <> 'rejected' AND quote_lemmas && $2::text[]
                AND ${row.speaker_id ? 'speaker_id = $3' : 'speaker_id IS NULL AND lower(speaker_name) = lower($3)'}
              ORDER BY claim_id IS NULL, seq DESC LIMIT ${MAX_CANDIDATES}`,
            [row.article_id, row.quote_lemmas, row.speaker_id ?? row.speaker_name],
          )
        : [];
      const profile = polarityProfile(this.morph, row.quote);
      const matches = candidates.filter(
        (c) =>
          quoteSimilarity(row.quote_lemmas, c.quote_lemmas).score >= SAME_CLAIM_THRESHOLD &&
          // Near-identical wording with the polarity turned («не будем повышать» / «придется повысить»)
          // is a possible contradiction, not another appearance of the same claim.
          !compareProfiles(profile, polarityProfile(this.morph, c.quote)),
      );
      // The statement may already be in a claim: a statement grouped before it matched it. Every claim
      // it now touches becomes one, so the order in which workers group the articles does not matter.
      const [{ claim_id: own }] = await tx.query(`SELECT claim_id FROM statements WHERE id = $1`, [row.id]);
      const claims = [...new Set([own, ...matches.map((m) => m.claim_id)].filter((id): id is string => !!id))];
      let claimId: string | null = claims[0] ?? null;
      if (matches.length && !claimId) {
        const [claim] = await tx.query(`INSERT INTO claims (speaker_id) VALUES ($1) RETURNING id`, [row.speaker_id]);
        claimId = claim.id as string;
      }
      if (claimId) {
        const absorbed = claims.slice(1);
        if (absorbed.length) {
          await tx.query(`UPDATE statements SET claim_id = $1 WHERE claim_id = ANY($2::uuid[])`, [claimId, absorbed]);
          await tx.query(`DELETE FROM claims WHERE id = ANY($1::uuid[])`, [absorbed]);
        }
        const unclaimed = matches.filter((m) => !m.claim_id).map((m) => m.id);
        await tx.query(`UPDATE statements SET claim_id = $1 WHERE id = ANY($2::uuid[])`, [claimId, [row.id, ...unclaimed]]);
        await this.refreshWording(tx, claimId);
      }
      await tx.query(`UPDATE statements SET claim_checked_at = now() WHERE id = $1`, [row.id]);
      return claimId !== null;
    });
  }

  /** Compares every direct quote of a claim with its first one, word by word; any difference flags the claim. */
  async refreshWording(tx: EntityManager, claimId: string): Promise<void> {
    const direct: Array<{ id: string; quote: string }> = await tx.query(
      `SELECT s.id, s.quote FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE s.claim_id = $1 AND s.deleted_at IS NULL AND s.type = 'direct'
        ORDER BY a.published_at ASC NULLS LAST, s.seq ASC`,
      [claimId],
    );
    const differences: ClaimWordingDifference[] = [];
    const [first, ...rest] = direct;
    for (const other of rest) {
      if (!wordingDiffers(first.quote, other.quote)) continue;
      differences.push({ statementId: other.id, comparedWith: first.id, ...diffWords(first.quote, other.quote) });
    }
    await tx.update(Claim, { id: claimId }, { wordingDiffers: differences.length > 0, differences });
    if (differences.length) this.logger.log(`claim ${claimId}: direct quotes differ in wording`);
  }
}
