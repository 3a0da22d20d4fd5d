// Response shapes of the article endpoints, for the OpenAPI document (and the web app's typed client).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { StatementDto } from '../../statements/dto/statement.responses';
import { ARTICLE_STATUSES } from '../../entities/article-status';

export class OutletRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class SubmissionDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ARTICLE_STATUSES }) status: string;
  @ApiProperty({ description: 'True when the article was already known (same input or canonical URL)' }) duplicate: boolean;
}

export class SubmissionBatchDto {
  @ApiProperty({ type: [SubmissionDto] }) results: SubmissionDto[];
}

export class ArticleSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, nullable: true }) canonicalUrl: string | null;
  @ApiProperty({ type: OutletRefDto, nullable: true }) outlet: OutletRefDto | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-04-08' }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) language: string | null;
  @ApiProperty({ enum: ARTICLE_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) failureReason: string | null;
  @ApiProperty({ type: String, nullable: true }) duplicateOf: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ArticleDto extends ArticleSummaryDto {
  @ApiProperty({ type: String, nullable: true, description: 'The cleaned body statement offsets point into; null until ingested' }) body: string | null;
  @ApiPropertyOptional({ type: [StatementDto] }) statements?: StatementDto[];
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleSummaryDto] }) items: ArticleSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
