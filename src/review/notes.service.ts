import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PageQueryDto } from '../common/page-query.dto';
import { StatementRepository } from '../statements/statement.repository';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { Actor } from '../auth/actor';
import { AuditLogService } from './audit-log.service';
import { CreateNoteDto } from './dto/create-note.dto';
import { NoteRepository } from './note.repository';
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
    private readonly notes: NoteRepository,
  ) {}

  async add(statementId: string, dto: CreateNoteDto, actor: Actor): Promise<NoteView> {
    return this.db.transaction(async (tx) => {
      await this.statements.requireLive(statementId, tx);
      const note = await this.notes.add(tx, { statementId, body: dto.body, authorKeyId: actor.keyId, authorName: actor.name });
      await this.audit.record(tx, statementId, actor, 'note', null, { noteId: note.id, body: note.body });
      return toNoteView(note);
    });
  }

  async list(statementId: string, page: PageQueryDto): Promise<Page<NoteView>> {
    await this.statements.requireLive(statementId);
    const rows = await this.notes.newestFor(statementId, decodeCursor(page.cursor), page.limit + 1);
    return toPage(rows, page.limit, toNoteView);
  }
}

function toNoteView(n: StatementNote): NoteView {
  return { id: n.id, statementId: n.statementId, body: n.body, author: { keyId: n.authorKeyId, name: n.authorName }, createdAt: n.createdAt };
}
