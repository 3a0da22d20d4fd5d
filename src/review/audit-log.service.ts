import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { PageQueryDto } from '../common/page-query.dto';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { StatementRepository } from '../statements/statement.repository';
import { Actor } from '../auth/actor';
import { StatementEvent } from './statement-event.entity';

export interface StatementEventView {
  id: string;
  statementId: string;
  action: string;
  actor: { keyId: string | null; name: string };
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit trail: every change to a statement is written here in the transaction that makes it. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectRepository(StatementEvent) private readonly events: Repository<StatementEvent>,
    private readonly statements: StatementRepository,
  ) {}

  async record(
    tx: EntityManager,
    statementId: string,
    actor: Actor,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    await tx.save(tx.create(StatementEvent, { statementId, actorKeyId: actor.keyId, actorName: actor.name, action, before, after }));
  }

  /** Newest first; deleted statements keep their history. */
  async history(statementId: string, page: PageQueryDto): Promise<Page<StatementEventView>> {
    const exists = await this.statements.existsIncludingDeleted(statementId);
    if (!exists) throw new NotFoundException(`statement ${statementId} not found`);
    const qb = this.events
      .createQueryBuilder('e')
      .where('e.statement_id = :statementId', { statementId })
      .orderBy('e.seq', 'DESC')
      .take(page.limit + 1);
    const after = decodeCursor(page.cursor);
    if (after) qb.andWhere('e.seq < :after', { after });
    return toPage(await qb.getMany(), page.limit, toEventView);
  }
}

function toEventView(e: StatementEvent): StatementEventView {
  return {
    id: e.id,
    statementId: e.statementId,
    action: e.action,
    actor: { keyId: e.actorKeyId, name: e.actorName },
    at: e.createdAt,
    before: e.before,
    after: e.after,
  };
}
