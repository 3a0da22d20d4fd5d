import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Claim, ClaimWordingDifference } from './claim.entity';

/** Writes of `claims`; the statements' side of a claim (claim_id) is StatementRepository's. */
@Injectable()
export class ClaimRepository {
  /** New claims under ids chosen by the caller (grouping decides a batch before it writes). */
  async createMany(tx: EntityManager, claims: Array<{ id: string; speakerId: string | null }>): Promise<void> {
    if (!claims.length) return;
    await tx.query(`INSERT INTO claims (id, speaker_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [claims.map((c) => c.id), claims.map((c) => c.speakerId)]);
  }

  async delete(tx: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await tx.query(`DELETE FROM claims WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Replaces the wording differences of each claim, in one UPDATE. */
  async setWording(tx: EntityManager, wordings: Array<{ claimId: string; differences: ClaimWordingDifference[] }>): Promise<void> {
    if (!wordings.length) return;
    await tx.query(
      `UPDATE claims c SET wording_differs = jsonb_array_length(v.differences) > 0, differences = v.differences, updated_at = now()
         FROM unnest($1::uuid[], $2::jsonb[]) AS v(id, differences) WHERE c.id = v.id`,
      [wordings.map((w) => w.claimId), wordings.map((w) => JSON.stringify(w.differences))],
    );
  }

  /** Adds the differences of newcomers to a claim's, leaving those already found in place. */
  async appendWording(tx: EntityManager, claimId: string, differences: ClaimWordingDifference[]): Promise<void> {
    if (!differences.length) return;
    // A statement compared again replaces its earlier entry rather than adding a second one.
    await tx.query(
      `UPDATE claims SET wording_differs = true, updated_at = now(),
              differences = (SELECT coalesce(jsonb_agg(d), '[]'::jsonb) FROM jsonb_array_elements(differences) d WHERE d->>'statementId' <> ALL($3::text[])) || $2::jsonb
        WHERE id = $1`,
      [claimId, JSON.stringify(differences), differences.map((d) => d.statementId)],
    );
  }
}
