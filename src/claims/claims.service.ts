import { Injectable, NotFoundException } from '@nestjs/common';
import { PageQueryDto } from '../common/page-query.dto';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { toDisplayDate } from '../common/statement-date';
import { Statement } from '../entities/statement.entity';
import { ClaimViewRepository, ClaimViewRow } from './claim-view.repository';
import { ClaimWordingDifference } from './claim.entity';
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
  constructor(private readonly views: ClaimViewRepository) {}

  async get(id: string, page: PageQueryDto): Promise<ClaimPage> {
    const [row, rows] = await Promise.all([this.views.one(id), this.views.appearances(id, decodeCursor(page.cursor), page.limit + 1)]);
    if (!row) throw new NotFoundException(`claim ${id} not found`);
    return { ...toClaimView(row), appearances: toPage(rows, page.limit, toAppearance) };
  }

  /** One query a page, whatever its size: counts and first appearances come with the claims. */
  async list(query: ListClaimsQuery): Promise<Page<ClaimView>> {
    const rows = await this.views.page({
      wordingDiffers: query.wordingDiffers === undefined ? undefined : query.wordingDiffers === 'true',
      speakerId: query.speakerId,
      before: decodeCursor(query.cursor),
      limit: query.limit + 1,
    });
    return toPage(rows, query.limit, toClaimView);
  }
}

function toClaimView(row: ClaimViewRow): ClaimView {
  const f = row.first;
  return {
    id: row.id,
    speakerId: row.speaker_id,
    wordingDiffers: row.wording_differs,
    differences: row.differences,
    appearanceCount: row.appearance_count,
    first: f
      ? {
          statementId: f.statement_id,
          quote: f.quote,
          type: f.type,
          speaker: { id: f.speaker_id, name: f.speaker_name },
          date: toDisplayDate(f.statement_date, f.date_precision),
          article: { id: f.article_id, title: f.title, url: f.url, publishedAt: f.published_at, outlet: f.outlet_id ? { id: f.outlet_id, name: f.outlet_name! } : null },
        }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
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
