import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PageQueryDto } from '../common/page-query.dto';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { StatementRepository } from '../statements/statement.repository';
import { Actor } from '../auth/actor';
import { StatementEvent } from './statement-event.entity';
import { StatementEventRepository } from './statement-event.repository';

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
    private readonly events: StatementEventRepository,
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
    await this.events.add(tx, { statementId, actorKeyId: actor.keyId, actorName: actor.name, action, before, after });
  }

  /** Newest first; deleted statements keep their history. */
  async history(statementId: string, page: PageQueryDto): Promise<Page<StatementEventView>> {
    const exists = await this.statements.existsIncludingDeleted(statementId);
    if (!exists) throw new NotFoundException(`statement ${statementId} not found`);
    const rows = await this.events.newestFor(statementId, decodeCursor(page.cursor), page.limit + 1);
    return toPage(rows, page.limit, toEventView);
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
