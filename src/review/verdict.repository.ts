import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { StatementVerdict } from './statement-verdict.entity';

export type NewVerdict = Pick<StatementVerdict, 'statementId' | 'verdict' | 'rationale' | 'sources' | 'reviewerKeyId' | 'reviewerName'>;

/** Reads and writes of `statement_verdicts`; verdicts are only added, never changed. */
@Injectable()
export class VerdictRepository {
  constructor(@InjectRepository(StatementVerdict) private readonly verdicts: Repository<StatementVerdict>) {}

  /** Inside the caller's transaction, which also moves the statement's version. */
  add(tx: EntityManager, verdict: NewVerdict): Promise<StatementVerdict> {
    return tx.save(tx.create(StatementVerdict, verdict));
  }

  /** A statement's verdicts newest first, those before the sequence number `beforeSeq` when given. */
  newestFor(statementId: string, beforeSeq: string | null, limit: number): Promise<StatementVerdict[]> {
    const query = this.verdicts.createQueryBuilder('v').where('v.statement_id = :statementId', { statementId }).orderBy('v.seq', 'DESC').take(limit);
    if (beforeSeq) query.andWhere('v.seq < :after', { after: beforeSeq });
    return query.getMany();
  }
}
