import { Injectable, NotFoundException } from '@nestjs/common';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { decodeConfidenceCursor, encodeConfidenceCursor } from './confidence-cursor';
import { StatementListQuery } from './dto/statement-list.query';
import { applyStatementFilters } from './statement-filters';
import { REVIEW_STATUSES, ReviewStatus, Statement } from '../entities/statement.entity';
import { StatementRepository } from './statement.repository';
import { StatementView, toStatementView } from './statement-view';

/** Counts per review status stop here: the queue shows "10000+" rather than wait on a full count. */
export const STATUS_COUNT_CAP = 10_000;

@Injectable()
export class StatementsService {
  constructor(private readonly statements: StatementRepository) {}

  /** `assignee` is an API key id here (the controller resolves `me`). */
  async list(query: StatementListQuery): Promise<Page<StatementView>> {
    const qb = this.statements
      .listingQuery()
      .leftJoinAndSelect('s.speaker', 'sp')
      .limit(query.limit + 1); // a statement has one speaker: LIMIT needs no take()-style DISTINCT subquery
    applyStatementFilters(qb, query);
    if (query.maxConfidence !== undefined) qb.andWhere('s.confidence <= :maxConfidence', { maxConfidence: query.maxConfidence });
    if (query.sort === 'confidence') return this.leastConfidentFirst(qb, query);
    qb.orderBy('s.seq', 'DESC');
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('s.seq < :after', { after });
    return toPage(await qb.getMany(), query.limit, toStatementView);
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

  private async leastConfidentFirst(qb: ReturnType<StatementRepository['listingQuery']>, query: StatementListQuery): Promise<Page<StatementView>> {
    qb.orderBy('s.confidence', 'ASC').addOrderBy('s.seq', 'DESC');
    const after = decodeConfidenceCursor(query.cursor);
    if (after) {
      qb.andWhere('(s.confidence > CAST(:afterConfidence AS real) OR (s.confidence = CAST(:afterConfidence AS real) AND s.seq < :afterSeq))', {
        afterConfidence: after.confidence,
        afterSeq: after.seq,
      });
    }
    const rows: Statement[] = await qb.getMany();
    const more = rows.length > query.limit;
    const page = more ? rows.slice(0, query.limit) : rows;
    const last = page[page.length - 1];
    return { items: page.map(toStatementView), nextCursor: more ? encodeConfidenceCursor({ confidence: last.confidence, seq: last.seq }) : null };
  }
}
