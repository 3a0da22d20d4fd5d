import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ArticleRepository } from '../articles/article.repository';
import { ApiKey } from '../auth/api-key.entity';
import { ApiKeyRepository } from '../auth/api-key.repository';
import { toDisplayDate, toStoredDate } from '../common/statement-date';
import { ClaimGroupingService } from '../claims/claim-grouping.service';
import { StatementIndexingService } from '../search/statement-indexing.service';
import { SpeakerRepository } from '../speakers/speaker.repository';
import { Statement } from '../entities/statement.entity';
import { ReviewedFields, StatementRepository } from '../statements/statement.repository';
import { StatementView, toStatementView } from '../statements/statement-view';
import { Actor } from '../auth/actor';
import { AuditLogService } from './audit-log.service';
import { AssignStatementDto } from './dto/assign-statement.dto';
import { UpdateStatementDto } from './dto/update-statement.dto';

type Fields = Record<string, unknown>;

/** Review of one statement: status, corrections, assignment and soft deletion, each with its audit event. */
@Injectable()
export class StatementReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLogService,
    private readonly statements: StatementRepository,
    private readonly articles: ArticleRepository,
    private readonly indexing: StatementIndexingService,
    private readonly claims: ClaimGroupingService,
    private readonly apiKeys: ApiKeyRepository,
    private readonly speakers: SpeakerRepository,
  ) {}

  async update(id: string, dto: UpdateStatementDto, version: number, actor: Actor): Promise<StatementView> {
    const { reviewStatus, start, end, speakerId, date, type } = dto;
    const corrects = start !== undefined || end !== undefined || speakerId !== undefined || date !== undefined || type !== undefined;
    if (!corrects && !reviewStatus) throw new BadRequestException('nothing to change: send reviewStatus or a correction (start/end, speakerId, date, type)');
    let textChanged = false;
    let claimChanged = false;
    await this.db.transaction(async (tx) => {
      const s = await this.statements.lockAtVersion(tx, id, version);
      const before: Fields = {};
      const after: Fields = {};
      const set: ReviewedFields = { version: s.version + 1 };
      const change = (field: string, from: unknown, to: unknown) => {
        if (JSON.stringify(from) === JSON.stringify(to)) return;
        before[field] = from;
        after[field] = to;
      };

      if (start !== undefined || end !== undefined) {
        const span = await this.correctedSpan(tx, s, start, end);
        change('start', s.startOffset, span.start);
        change('end', s.endOffset, span.end);
        change('quote', s.quote, span.quote);
        Object.assign(set, { startOffset: span.start, endOffset: span.end, quote: span.quote });
        textChanged ||= span.quote !== s.quote;
      }
      if (speakerId !== undefined) {
        const speaker = await this.speakers.findById(tx, speakerId);
        if (!speaker) throw new BadRequestException(`speakerId ${speakerId} names no speaker`);
        change('speaker', { id: s.speakerId, name: s.speakerName }, { id: speaker.id, name: speaker.canonicalName });
        Object.assign(set, { speakerId: speaker.id, speakerName: speaker.canonicalName, speakerType: speaker.type, linkRule: 'editor', linkConfidence: 1 });
        textChanged ||= speaker.id !== s.speakerId;
      }
      if (date !== undefined) {
        const stored = toStoredDate(date);
        change('date', toDisplayDate(s.statementDate, s.datePrecision), date);
        change('datePrecision', s.datePrecision, stored.precision);
        Object.assign(set, { statementDate: stored.date, datePrecision: stored.precision, dateSource: 'editor' });
      }
      if (type !== undefined) {
        change('type', s.type, type);
        set.type = type;
      }
      const status = reviewStatus ?? 'corrected';
      claimChanged = textChanged || set.type !== undefined || (status === 'rejected') !== (s.reviewStatus === 'rejected');
      change('reviewStatus', s.reviewStatus, status);
      set.reviewStatus = status;
      before.version = s.version;
      after.version = s.version + 1;
      await this.statements.applyReview(tx, id, set);
      await this.audit.record(tx, id, actor, corrects ? 'correct' : 'review', before, after);
    });
    // Search keys and claims follow the quote, the speaker and the type; a rejected statement
    // (not a statement at all) leaves its claim.
    if (textChanged) await this.indexing.reindexStatement(id);
    if (claimChanged) await this.claims.regroup(id);
    return this.view(id);
  }

  async assign(id: string, dto: AssignStatementDto, version: number, actor: Actor): Promise<StatementView> {
    await this.db.transaction(async (tx) => {
      const s = await this.statements.lockAtVersion(tx, id, version);
      const assignee = dto.assignee === null ? null : await this.findAssignee(tx, dto.assignee);
      const previous = s.assigneeKeyId ? await this.apiKeys.findById(s.assigneeKeyId, tx) : null;
      await this.statements.applyReview(tx, id, { assigneeKeyId: assignee?.id ?? null, version: s.version + 1 });
      await this.audit.record(
        tx,
        id,
        actor,
        'assign',
        { assignee: previous ? { id: previous.id, name: previous.name } : null, version: s.version },
        { assignee: assignee ? { id: assignee.id, name: assignee.name } : null, version: s.version + 1 },
      );
    });
    return this.view(id);
  }

  /** Soft deletion: the row stays, with its history; lists and look-ups no longer show it. */
  async remove(id: string, version: number, actor: Actor): Promise<{ id: string; deletedAt: Date; version: number }> {
    const removed = await this.db.transaction(async (tx) => {
      const s = await this.statements.lockAtVersion(tx, id, version);
      const deletedAt = new Date();
      await this.statements.applyReview(tx, id, { deletedAt, version: s.version + 1 });
      await this.audit.record(tx, id, actor, 'delete', { deletedAt: null, version: s.version }, { deletedAt: deletedAt.toISOString(), version: s.version + 1 });
      return { id, deletedAt, version: s.version + 1 };
    });
    await this.claims.detach(id);
    return removed;
  }

  async view(id: string): Promise<StatementView> {
    const s = await this.statements.findWithSpeaker(id);
    if (!s) throw new NotFoundException(`statement ${id} not found`);
    return toStatementView(s);
  }

  private async correctedSpan(tx: EntityManager, s: Statement, start: number | undefined, end: number | undefined) {
    const from = start ?? s.startOffset;
    const to = end ?? s.endOffset;
    const body = (await this.articles.cleanedBodyOf(s.articleId, tx)) ?? '';
    if (to > body.length) throw new BadRequestException(`end must be at most ${body.length}, the length of the article body`);
    if (from >= to) throw new BadRequestException('start must be less than end');
    const quote = body.slice(from, to).trim();
    if (!quote) throw new BadRequestException('start and end enclose no text of the article body');
    return { start: from, end: to, quote };
  }

  private async findAssignee(tx: EntityManager, idOrName: string): Promise<ApiKey> {
    const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName);
    const candidates = await this.apiKeys.liveByIdOrName(tx, idOrName, isId);
    if (!candidates.length) throw new BadRequestException(`assignee ${idOrName} names no live API key`);
    if (candidates.length > 1) throw new BadRequestException(`assignee ${idOrName} names ${candidates.length} keys: use the key id`);
    if (candidates[0].role === 'viewer') throw new BadRequestException(`assignee ${idOrName} is a viewer key: assign to an editor or admin`);
    return candidates[0];
  }
}
