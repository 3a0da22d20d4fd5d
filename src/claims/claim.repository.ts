import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Claim, ClaimWordingDifference } from './claim.entity';

/** Writes of `claims`; the statements' side of a claim (claim_id) is StatementRepository's. */
@Injectable()
export class ClaimRepository {
  async create(tx: EntityManager, speakerId: string | null): Promise<string> {
    const [claim] = await tx.query(`INSERT INTO claims (speaker_id) VALUES ($1) RETURNING id`, [speakerId]);
    return claim.id as string;
  }

  async delete(tx: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await tx.query(`DELETE FROM claims WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async setWording(tx: EntityManager, claimId: string, differences: ClaimWordingDifference[]): Promise<void> {
    await tx.update(Claim, { id: claimId }, { wordingDiffers: differences.length > 0, differences });
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
