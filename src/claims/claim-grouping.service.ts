import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { ClaimCandidate, StatementRepository } from '../statements/statement.repository';
import { ClaimWordingDifference } from './claim.entity';
import { ClaimRepository } from './claim.repository';
import { LemmaFrequencies } from './lemma-frequencies';
import { quoteSimilarity, SAME_CLAIM_THRESHOLD } from './near-duplicate';
import { compareProfiles, polarityProfile } from './polarity';
import { diffWords, wordingDiffers } from './word-diff';

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
    private readonly statements: StatementRepository,
    private readonly claims: ClaimRepository,
    private readonly frequencies: LemmaFrequencies,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  async groupArticle(articleId: string): Promise<number> {
    const pending = await this.statements.claimPendingOfArticle(articleId);
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
      const claimId = await this.statements.claimOf(tx, statementId, true);
      await this.statements.leaveClaim(tx, statementId);
      if (!claimId) return;
      if ((await this.statements.countLiveInClaim(tx, claimId)) < 2) {
        await this.statements.emptyClaim(tx, claimId);
        await this.claims.delete(tx, [claimId]);
      } else {
        await this.refreshWording(tx, claimId);
      }
    });
  }

  /** Detaches a corrected statement and groups it afresh from its current quote and speaker. */
  async regroup(statementId: string): Promise<void> {
    await this.detach(statementId);
    const row = await this.statements.groupable(statementId);
    if (row) await this.groupStatement(row);
  }

  private groupStatement(row: ClaimCandidate): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // One speaker's statements are grouped one at a time, across workers: two articles quoting the
      // same words, linked at once, must land in one claim rather than in two.
      await this.statements.lockSpeakerForClaims(tx, row.speakerId ?? `name:${row.speakerName.toLowerCase()}`);
      if (!(await this.statements.claimUnchecked(tx, row.id))) return false;
      const selection = await this.frequencies.candidateSelection(row.quoteLemmas, row.speakerId);
      const candidates = await this.statements.claimCandidates(tx, row, MAX_CANDIDATES, selection);
      const profile = polarityProfile(this.morph, row.quote);
      const matches = candidates.filter(
        (c) =>
          quoteSimilarity(row.quoteLemmas, c.quoteLemmas).score >= SAME_CLAIM_THRESHOLD &&
          // Near-identical wording with the polarity turned («не будем повышать» / «придется повысить»)
          // is a possible contradiction, not another appearance of the same claim.
          !compareProfiles(profile, polarityProfile(this.morph, c.quote)),
      );
      // The statement may already be in a claim: a statement grouped before it matched it. Every claim
      // it now touches becomes one, so the order in which workers group the articles does not matter.
      const own = await this.statements.claimOf(tx, row.id);
      const claims = [...new Set([own, ...matches.map((m) => m.claimId)].filter((id): id is string => !!id))];
      let claimId: string | null = claims[0] ?? null;
      const created = matches.length > 0 && !claimId;
      if (created) claimId = await this.claims.create(tx, row.speakerId);
      if (claimId) {
        const absorbed = claims.slice(1);
        if (absorbed.length) {
          await this.statements.moveClaims(tx, claimId, absorbed);
          await this.claims.delete(tx, absorbed);
        }
        // The statement itself may already be in the claim: an earlier grouping put it there as a match.
        const joining = [...(own === claimId ? [] : [row.id]), ...matches.filter((m) => !m.claimId).map((m) => m.id)];
        await this.statements.putInClaim(tx, claimId, joining);
        if (created || absorbed.length) await this.refreshWording(tx, claimId);
        else await this.compareNewcomers(tx, claimId, joining);
      }
      await this.statements.markClaimChecked(tx, row.id);
      return claimId !== null;
    });
  }

  /**
   * Compares the direct quotes that just joined a claim with its first one: a claim's 74th appearance
   * costs what its 2nd did. Should a newcomer be the claim's earliest, every quote is compared anew.
   */
  private async compareNewcomers(tx: EntityManager, claimId: string, newcomers: string[]): Promise<void> {
    const first = await this.statements.firstDirectQuoteOfClaim(tx, claimId);
    if (!first) return;
    if (newcomers.includes(first.id)) return this.refreshWording(tx, claimId);
    const differences: ClaimWordingDifference[] = [];
    for (const other of await this.statements.directQuotesAmong(tx, newcomers)) {
      if (wordingDiffers(first.quote, other.quote)) differences.push({ statementId: other.id, comparedWith: first.id, ...diffWords(first.quote, other.quote) });
    }
    await this.claims.appendWording(tx, claimId, differences);
    if (differences.length) this.logger.log(`claim ${claimId}: direct quotes differ in wording`);
  }

  /** Compares every direct quote of a claim with its first one, word by word; any difference flags the claim. */
  async refreshWording(tx: EntityManager, claimId: string): Promise<void> {
    const direct = await this.statements.directQuotesOfClaim(tx, claimId);
    const differences: ClaimWordingDifference[] = [];
    const [first, ...rest] = direct;
    for (const other of rest) {
      if (!wordingDiffers(first.quote, other.quote)) continue;
      differences.push({ statementId: other.id, comparedWith: first.id, ...diffWords(first.quote, other.quote) });
    }
    await this.claims.setWording(tx, claimId, differences);
    if (differences.length) this.logger.log(`claim ${claimId}: direct quotes differ in wording`);
  }
}
