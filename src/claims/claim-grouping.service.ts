import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { ClaimCandidate, StatementRepository } from '../statements/statement.repository';
import { ClaimWordingDifference } from './claim.entity';
import { ClaimPlan } from './claim-plan';
import { ClaimRepository } from './claim.repository';
import { LemmaFrequencies } from './lemma-frequencies';
import { PreparedQuote, prepareQuote, SAME_CLAIM_THRESHOLD, similarityScore } from './near-duplicate';
import { compareProfiles } from './polarity';
import { PolarityProfileCache } from './polarity-profile-cache';
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
  private readonly profiles: PolarityProfileCache;

  constructor(
    private readonly db: DataSource,
    private readonly statements: StatementRepository,
    private readonly claims: ClaimRepository,
    private readonly frequencies: LemmaFrequencies,
    @Inject(MORPHOLOGY) morph: Morphology,
  ) {
    this.profiles = new PolarityProfileCache(morph);
  }

  async groupArticle(articleId: string): Promise<number> {
    return this.groupArticles([articleId]);
  }

  /**
   * Groups the pending statements of several articles in one transaction, in storage order: a
   * statement sees the ones of earlier articles of the batch as if they had been grouped before it.
   */
  async groupArticles(articleIds: readonly string[]): Promise<number> {
    if (!articleIds.length) return 0;
    return this.groupBatch(await this.statements.claimPendingOfArticles(articleIds));
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
        await this.refreshWording(tx, [claimId]);
      }
    });
  }

  /** Detaches a corrected statement and groups it afresh from its current quote and speaker. */
  async regroup(statementId: string): Promise<void> {
    await this.detach(statementId);
    const row = await this.statements.groupable(statementId);
    if (row) await this.groupBatch([row]);
  }

  /**
   * Groups statements (a batch of articles') in one transaction: candidates for all of them in one
   * query, the decisions in memory (each statement seeing what the ones before it did), then
   * set-based writes. Returns how many are in a claim.
   */
  private async groupBatch(rows: ClaimCandidate[]): Promise<number> {
    if (!rows.length) return 0;
    const selections = await Promise.all(rows.map((row) => this.frequencies.candidateSelection(row.quoteLemmas, row.speakerId)));
    // What each statement repeats is found and scored before the speakers' lock below, so that two
    // batches sharing speakers search at once; under the lock only the claims are read again.
    const candidates = await this.statements.claimCandidatesOfMany(this.db.manager, rows.map((row, i) => ({ row, ...selections[i] })), MAX_CANDIDATES);
    // A reprinted quote is a candidate of every statement repeating it: its lemmas are prepared for
    // comparison once a batch, its polarity worked out once a process (the claim's newest appearances
    // are the candidates of every batch that repeats it).
    const prepared = new Map<string, PreparedQuote>();
    const preparedOf = (s: ClaimCandidate) => prepared.get(s.id) ?? prepared.set(s.id, prepareQuote(s.quoteLemmas)).get(s.id)!;
    const repeats = rows.map((row, i) =>
      candidates[i]
        .filter(
          (c) =>
            similarityScore(preparedOf(row), preparedOf(c)) >= SAME_CLAIM_THRESHOLD &&
            // Near-identical wording with the polarity turned («не будем повышать» / «придется повысить»)
            // is a possible contradiction, not another appearance of the same claim.
            !compareProfiles(this.profiles.profileOf(row.quote), this.profiles.profileOf(c.quote)),
        )
        .map((c) => c.id),
    );
    return this.db.transaction(async (tx) => {
      // A speaker's statements are grouped one batch at a time, across workers: two articles quoting
      // the same words, linked at once, must land in one claim rather than in two.
      await this.statements.lockSpeakersForClaims(tx, rows.map((row) => row.speakerId ?? `name:${row.speakerName.toLowerCase()}`));
      const now = await this.statements.claimStatesOf(tx, [...new Set([...rows.map((row) => row.id), ...repeats.flat()])]);
      const open = rows.map((row, i) => ({ row, repeats: repeats[i] })).filter(({ row }) => now.get(row.id)?.unchecked);
      if (!open.length) return 0;
      const plan = new ClaimPlan(randomUUID);
      let grouped = 0;
      for (const { row, repeats: ids } of open) {
        const matches = ids.flatMap((id) => {
          const state = now.get(id);
          return state?.matchable ? [{ id, claimId: state.claimId }] : [];
        });
        // The statement may already be in a claim (a statement grouped before it matched it): every
        // claim it now touches becomes one, so the order in which workers group articles does not matter.
        if (plan.group({ id: row.id, claimId: now.get(row.id)?.claimId ?? null, speakerId: row.speakerId, matches })) grouped++;
      }
      const outcome = plan.outcome();
      await this.claims.createMany(tx, outcome.created);
      await this.statements.moveClaims(tx, outcome.absorbed);
      await this.statements.assignClaimsAndMarkChecked(tx, outcome.assignments, open.map(({ row }) => row.id));
      await this.claims.delete(tx, outcome.absorbed.map((a) => a.from));
      await this.compareNewcomers(tx, outcome.newcomers, outcome.refresh);
      return grouped;
    });
  }

  /**
   * Compares the direct quotes that just joined each claim with the claim's first one: a claim's 74th
   * appearance costs what its 2nd did. New and merged claims (`refresh`), and a claim whose newcomer
   * is its earliest, have every quote compared anew.
   */
  private async compareNewcomers(tx: EntityManager, newcomers: Map<string, string[]>, refresh: string[]): Promise<void> {
    const firsts = await this.statements.firstDirectQuotesOfClaims(tx, [...newcomers.keys()]);
    const quotes = new Map((await this.statements.directQuotesAmong(tx, [...newcomers.values()].flat())).map((q) => [q.id, q.quote]));
    const again = [...refresh];
    for (const [claimId, ids] of newcomers) {
      const first = firsts.get(claimId);
      if (!first) continue;
      if (ids.includes(first.id)) {
        again.push(claimId);
        continue;
      }
      const differences: ClaimWordingDifference[] = [];
      for (const id of ids) {
        const quote = quotes.get(id);
        if (quote !== undefined && wordingDiffers(first.quote, quote)) differences.push({ statementId: id, comparedWith: first.id, ...diffWords(first.quote, quote) });
      }
      await this.claims.appendWording(tx, claimId, differences);
      if (differences.length) this.logger.log(`claim ${claimId}: direct quotes differ in wording`);
    }
    await this.refreshWording(tx, again);
  }

  /** Compares every direct quote of these claims with the claim's first one, word by word; any difference flags the claim. */
  async refreshWording(tx: EntityManager, claimIds: string[]): Promise<void> {
    if (!claimIds.length) return;
    const byClaim = new Map<string, Array<{ id: string; quote: string }>>(claimIds.map((id) => [id, []]));
    for (const q of await this.statements.directQuotesOfClaims(tx, claimIds)) byClaim.get(q.claimId)?.push(q);
    const wordings = [...byClaim].map(([claimId, [first, ...rest]]) => ({
      claimId,
      differences: rest
        .filter((other) => wordingDiffers(first.quote, other.quote))
        .map((other): ClaimWordingDifference => ({ statementId: other.id, comparedWith: first.id, ...diffWords(first.quote, other.quote) })),
    }));
    await this.claims.setWording(tx, wordings);
    for (const w of wordings) if (w.differences.length) this.logger.log(`claim ${w.claimId}: direct quotes differ in wording`);
  }
}
