import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PageQueryDto } from '../common/page-query.dto';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { toDisplayDate } from '../common/statement-date';
import { Statement } from '../statements/statement.entity';
import { Claim, ClaimWordingDifference } from './claim.entity';
import { ListClaimsQuery } from './dto/list-claims.query';

export interface AppearanceView {
  statementId: string;
  quote: string;
  type: string;
  speaker: { id: string | null; name: string };
  date: string | null;
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null; outlet: { id: string; name: string } | null };
}

export interface ClaimView {
  id: string;
  speakerId: string | null;
  wordingDiffers: boolean;
  differences: ClaimWordingDifference[];
  appearanceCount: number;
  /** The earliest appearance (by publication date, then statement date). */
  first: AppearanceView | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ClaimPage extends ClaimView {
  /** Every appearance, newest stored first, cursor-paged like any list. */
  appearances: Page<AppearanceView>;
}

@Injectable()
export class ClaimsService {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
  ) {}

  async get(id: string, page: PageQueryDto): Promise<ClaimPage> {
    const claim = await this.claims.findOne({ where: { id } });
    if (!claim) throw new NotFoundException(`claim ${id} not found`);
    const qb = this.appearances(id).orderBy('s.seq', 'DESC').take(page.limit + 1);
    const after = decodeCursor(page.cursor);
    if (after) qb.andWhere('s.seq < :after', { after });
    const [view, rows] = await Promise.all([this.toView(claim), qb.getMany()]);
    return { ...view, appearances: toPage(rows, page.limit, toAppearance) };
  }

  async list(query: ListClaimsQuery): Promise<Page<ClaimView>> {
    const qb = this.claims.createQueryBuilder('c').orderBy('c.seq', 'DESC').take(query.limit + 1);
    if (query.wordingDiffers !== undefined) qb.andWhere('c.wording_differs = :wd', { wd: query.wordingDiffers === 'true' });
    if (query.speakerId) qb.andWhere('c.speaker_id = :speakerId', { speakerId: query.speakerId });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('c.seq < :after', { after });
    const rows = await qb.getMany();
    const page = toPage(rows, query.limit, (c) => c);
    return { items: await Promise.all(page.items.map((c) => this.toView(c))), nextCursor: page.nextCursor };
  }

  private appearances(claimId: string) {
    return this.statements
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.article', 'a')
      .leftJoinAndSelect('a.outlet', 'o')
      .leftJoinAndSelect('s.speaker', 'sp')
      .where('s.claim_id = :claimId', { claimId })
      .andWhere('s.deleted_at IS NULL');
  }

  private async toView(claim: Claim): Promise<ClaimView> {
    const [first, appearanceCount] = await Promise.all([
      this.appearances(claim.id).orderBy('a.published_at', 'ASC', 'NULLS LAST').addOrderBy('s.statement_date', 'ASC', 'NULLS LAST').addOrderBy('s.seq', 'ASC').getOne(),
      this.appearances(claim.id).getCount(),
    ]);
    return {
      id: claim.id,
      speakerId: claim.speakerId,
      wordingDiffers: claim.wordingDiffers,
      differences: claim.differences,
      appearanceCount,
      first: first ? toAppearance(first) : null,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
    };
  }
}

export function toAppearance(s: Statement): AppearanceView {
  const a = s.article!;
  return {
    statementId: s.id,
    quote: s.quote,
    type: s.type,
    speaker: { id: s.speakerId, name: s.speaker?.canonicalName ?? s.speakerName },
    date: toDisplayDate(s.statementDate, s.datePrecision),
    article: { id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, outlet: a.outlet ? { id: a.outlet.id, name: a.outlet.name } : null },
  };
}
