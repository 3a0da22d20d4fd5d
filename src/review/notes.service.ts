import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { PageQueryDto } from '../common/page-query.dto';
import { StatementRepository } from '../statements/statement.repository';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { Actor } from '../auth/actor';
import { AuditLogService } from './audit-log.service';
import { CreateNoteDto } from './dto/create-note.dto';
import { StatementNote } from './statement-note.entity';

export interface NoteView {
  id: string;
  statementId: string;
  body: string;
  author: { keyId: string | null; name: string };
  createdAt: Date;
}

/** Editors' notes on a statement. Notes only add, so they need no version: they cannot overwrite anything. */
@Injectable()
export class NotesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLogService,
    private readonly statements: StatementRepository,
    @InjectRepository(StatementNote) private readonly notes: Repository<StatementNote>,
  ) {}

  async add(statementId: string, dto: CreateNoteDto, actor: Actor): Promise<NoteView> {
    return this.db.transaction(async (tx) => {
      await this.statements.requireLive(statementId, tx);
      const note = await tx.save(tx.create(StatementNote, { statementId, body: dto.body, authorKeyId: actor.keyId, authorName: actor.name }));
      await this.audit.record(tx, statementId, actor, 'note', null, { noteId: note.id, body: note.body });
      return toNoteView(note);
    });
  }

  async list(statementId: string, page: PageQueryDto): Promise<Page<NoteView>> {
    await this.statements.requireLive(statementId);
    const qb = this.notes.createQueryBuilder('n').where('n.statement_id = :statementId', { statementId }).orderBy('n.seq', 'DESC').take(page.limit + 1);
    const after = decodeCursor(page.cursor);
    if (after) qb.andWhere('n.seq < :after', { after });
    return toPage(await qb.getMany(), page.limit, toNoteView);
  }
}

function toNoteView(n: StatementNote): NoteView {
  return { id: n.id, statementId: n.statementId, body: n.body, author: { keyId: n.authorKeyId, name: n.authorName }, createdAt: n.createdAt };
}
