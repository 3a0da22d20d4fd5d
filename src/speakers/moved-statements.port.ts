import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';

/** A move of statements from one speaker to another, by a merge or its split. */
export interface StatementsMove {
  statementIds: string[];
  actor: Actor;
  action: 'speaker-merged' | 'speaker-split';
  fromSpeaker: string;
  toSpeaker: string;
  mergeId: string;
}

/**
 * What other features keep about statements that change speaker: their audit trail (in the move's
 * transaction) and their search keys and claims (after it). Implemented where those live, so that
 * speakers need not import them.
 */
export interface MovedStatementsFollowUp {
  recordMove(em: EntityManager, move: StatementsMove): Promise<void>;
  refresh(statementIds: string[]): Promise<void>;
}

export const MOVED_STATEMENTS_FOLLOW_UP = Symbol('MOVED_STATEMENTS_FOLLOW_UP');
