import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { StatementNote } from './statement-note.entity';

export type NewNote = Pick<StatementNote, 'statementId' | 'body' | 'authorKeyId' | 'authorName'>;

/** Reads and writes of `statement_notes`; notes are only added. */
@Injectable()
export class NoteRepository {
  constructor(@InjectRepository(StatementNote) private readonly notes: Repository<StatementNote>) {}

  add(tx: EntityManager, note: NewNote): Promise<StatementNote> {
    return tx.save(tx.create(StatementNote, note));
  }

  /** A statement's notes newest first, those before the sequence number `beforeSeq` when given. */
  newestFor(statementId: string, beforeSeq: string | null, limit: number): Promise<StatementNote[]> {
    const query = this.notes.createQueryBuilder('n').where('n.statement_id = :statementId', { statementId }).orderBy('n.seq', 'DESC').take(limit);
    if (beforeSeq) query.andWhere('n.seq < :after', { after: beforeSeq });
    return query.getMany();
  }
}
