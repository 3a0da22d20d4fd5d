import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClaimGroupingService } from '../claims/claim-grouping.service';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { MovedStatementsFollowUp, StatementsMove } from '../speakers/moved-statements.port';
import { StatementEventRepository } from './statement-event.repository';

/** After a speaker merge or split: each moved statement gets an audit event, new search keys and its claim afresh. */
@Injectable()
export class MovedStatementsFollowUpService implements MovedStatementsFollowUp {
  constructor(
    private readonly indexing: StatementIndexingService,
    private readonly claims: ClaimGroupingService,
    private readonly events: StatementEventRepository,
  ) {}

  async recordMove(em: EntityManager, move: StatementsMove): Promise<void> {
    if (!move.statementIds.length) return;
    await this.events.addMany(
      em,
      move.statementIds.map((statementId) => ({
        statementId,
        actorKeyId: move.actor.keyId,
        actorName: move.actor.name,
        action: move.action,
        before: { speakerId: move.fromSpeaker },
        after: { speakerId: move.toSpeaker, mergeId: move.mergeId },
      })),
    );
  }

  /** Search keys include the speaker's names, and claims group one speaker's statements. */
  async refresh(statementIds: string[]): Promise<void> {
    for (const id of statementIds) {
      await this.indexing.reindexStatement(id);
      await this.claims.regroup(id);
    }
  }
}
