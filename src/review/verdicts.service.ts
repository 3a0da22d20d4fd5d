import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PageQueryDto } from '../common/page-query.dto';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { StatementRepository } from '../statements/statement.repository';
import { Actor } from '../auth/actor';
import { AuditLogService } from './audit-log.service';
import { CreateVerdictDto } from './dto/create-verdict.dto';
import { StatementVerdict } from './statement-verdict.entity';
import { VerdictRepository } from './verdict.repository';

export interface VerdictView {
  id: string;
  statementId: string;
  verdict: string;
  rationale: string;
  sources: string[];
  reviewer: { keyId: string | null; name: string };
  createdAt: Date;
  /** The statement's version after this verdict. */
  statementVersion?: number;
}

/** Fact-check verdicts: each one is kept; the latest is the statement's current verdict. */
@Injectable()
export class VerdictsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLogService,
    private readonly statements: StatementRepository,
    private readonly verdicts: VerdictRepository,
  ) {}

  async add(statementId: string, dto: CreateVerdictDto, version: number, actor: Actor): Promise<VerdictView> {
    return this.db.transaction(async (tx) => {
      const s = await this.statements.lockAtVersion(tx, statementId, version);
      const sources = [...new Set(dto.sources ?? [])];
      const saved = await this.verdicts.add(tx, { statementId, verdict: dto.verdict, rationale: dto.rationale.trim(), sources, reviewerKeyId: actor.keyId, reviewerName: actor.name });
      await this.statements.applyReview(tx, statementId, { verdict: dto.verdict, version: s.version + 1 });
      await this.audit.record(
        tx,
        statementId,
        actor,
        'verdict',
        { verdict: s.verdict, version: s.version },
        { verdict: dto.verdict, rationale: saved.rationale, sources, verdictId: saved.id, version: s.version + 1 },
      );
      return { ...toVerdictView(saved), statementVersion: s.version + 1 };
    });
  }

  async list(statementId: string, page: PageQueryDto): Promise<Page<VerdictView>> {
    await this.statements.requireLive(statementId);
    const rows = await this.verdicts.newestFor(statementId, decodeCursor(page.cursor), page.limit + 1);
    return toPage(rows, page.limit, toVerdictView);
  }
}

function toVerdictView(v: StatementVerdict): VerdictView {
  return {
    id: v.id,
    statementId: v.statementId,
    verdict: v.verdict,
    rationale: v.rationale,
    sources: v.sources,
    reviewer: { keyId: v.reviewerKeyId, name: v.reviewerName },
    createdAt: v.createdAt,
  };
}
