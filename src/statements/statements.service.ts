import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { ListStatementsQuery } from './dto/list-statements.query';
import { applyStatementFilters } from './statement-filters';
import { Statement } from './statement.entity';
import { StatementView, toStatementView } from './statement-view';

@Injectable()
export class StatementsService {
  constructor(@InjectRepository(Statement) private readonly statements: Repository<Statement>) {}

  async list(query: ListStatementsQuery): Promise<Page<StatementView>> {
    const qb = this.statements
      .createQueryBuilder('s')
      .innerJoin('s.article', 'a')
      .leftJoinAndSelect('s.speaker', 'sp')
      .orderBy('s.seq', 'DESC')
      .take(query.limit + 1);
    applyStatementFilters(qb, query);
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('s.seq < :after', { after });
    return toPage(await qb.getMany(), query.limit, toStatementView);
  }

  async get(id: string): Promise<StatementView> {
    const statement = await this.statements.findOne({ where: { id }, relations: { speaker: true } });
    if (!statement) throw new NotFoundException(`statement ${id} not found`);
    return toStatementView(statement);
  }
}
