import { Injectable, NotFoundException } from '@nestjs/common';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { ListStatementsQuery } from './dto/list-statements.query';
import { applyStatementFilters } from './statement-filters';
import { StatementRepository } from './statement.repository';
import { StatementView, toStatementView } from './statement-view';

@Injectable()
export class StatementsService {
  constructor(private readonly statements: StatementRepository) {}

  async list(query: ListStatementsQuery): Promise<Page<StatementView>> {
    const qb = this.statements
      .listingQuery()
      .leftJoinAndSelect('s.speaker', 'sp')
      .orderBy('s.seq', 'DESC')
      .take(query.limit + 1);
    applyStatementFilters(qb, query);
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('s.seq < :after', { after });
    return toPage(await qb.getMany(), query.limit, toStatementView);
  }

  async get(id: string): Promise<StatementView> {
    const statement = await this.statements.findWithSpeaker(id);
    if (!statement) throw new NotFoundException(`statement ${id} not found`);
    return toStatementView(statement);
  }
}
