import { Injectable, NotFoundException } from '@nestjs/common';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { decodeConfidenceCursor, encodeConfidenceCursor } from './confidence-cursor';
import { StatementListQuery } from './dto/statement-list.query';
import { REVIEW_STATUSES, ReviewStatus } from '../entities/statement.entity';
import { StatementRepository } from './statement.repository';
import { StatementView, toStatementView } from './statement-view';

/** Counts per review status stop here: the queue shows "10000+" rather than wait on a full count. */
export const STATUS_COUNT_CAP = 10_000;

@Injectable()
export class StatementsService {
  constructor(private readonly statements: StatementRepository) {}

  /** `assignee` is an API key id here (the controller resolves `me`). */
  async list(query: StatementListQuery): Promise<Page<StatementView>> {
    if (query.sort === 'confidence') return this.leastConfidentFirst(query);
    return toPage(await this.statements.listNewestFirst(query, decodeCursor(query.cursor), query.limit + 1), query.limit, toStatementView);
  }

  async get(id: string): Promise<StatementView> {
    const statement = await this.statements.findWithSpeaker(id);
    if (!statement) throw new NotFoundException(`statement ${id} not found`);
    return toStatementView(statement);
  }

  /** Live statements per review status, each counted up to STATUS_COUNT_CAP. */
  async countByStatus(): Promise<Array<{ status: ReviewStatus; count: number; exact: boolean }>> {
    const counts = [];
    for (const status of REVIEW_STATUSES) {
      const n = await this.statements.countLiveWithStatus(status, STATUS_COUNT_CAP + 1);
      counts.push({ status, count: Math.min(n, STATUS_COUNT_CAP), exact: n <= STATUS_COUNT_CAP });
    }
    return counts;
  }

  private async leastConfidentFirst(query: StatementListQuery): Promise<Page<StatementView>> {
    const rows = await this.statements.listLeastConfidentFirst(query, decodeConfidenceCursor(query.cursor), query.limit + 1);
    const more = rows.length > query.limit;
    const page = more ? rows.slice(0, query.limit) : rows;
    const last = page[page.length - 1];
    return { items: page.map(toStatementView), nextCursor: more ? encodeConfidenceCursor({ confidence: last.confidence, seq: last.seq }) : null };
  }
}
