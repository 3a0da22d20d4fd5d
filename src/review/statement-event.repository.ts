import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { StatementEvent } from './statement-event.entity';

export type NewStatementEvent = Pick<StatementEvent, 'statementId' | 'actorKeyId' | 'actorName' | 'action' | 'before' | 'after'>;

/**
 * Reads and writes of `statement_events`, the audit trail. Events are written in the transaction of the
 * change they record, by review and by speaker merges alike.
 */
@Injectable()
export class StatementEventRepository {
  constructor(@InjectRepository(StatementEvent) private readonly events: Repository<StatementEvent>) {}

  async add(tx: EntityManager, event: NewStatementEvent): Promise<void> {
    await tx.save(tx.create(StatementEvent, event));
  }

  /** One INSERT for many events (a merge moves many statements at once). */
  async addMany(tx: EntityManager, events: NewStatementEvent[]): Promise<void> {
    // jsonb before/after are plain records; TypeORM's insert type cannot tell them from relations.
    await tx.getRepository(StatementEvent).insert(events as QueryDeepPartialEntity<StatementEvent>[]);
  }

  /** A statement's events newest first, those before the sequence number `beforeSeq` when given. */
  newestFor(statementId: string, beforeSeq: string | null, limit: number): Promise<StatementEvent[]> {
    const query = this.events.createQueryBuilder('e').where('e.statement_id = :statementId', { statementId }).orderBy('e.seq', 'DESC').take(limit);
    if (beforeSeq) query.andWhere('e.seq < :after', { after: beforeSeq });
    return query.getMany();
  }
}
