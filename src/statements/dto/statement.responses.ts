// Response shapes of the statement endpoints, for the OpenAPI document (and the web app's typed client).
import { ApiProperty } from '@nestjs/swagger';
import { REVIEW_STATUSES, STATEMENT_TYPES } from '../../entities/statement.entity';

export class StatementSpeakerDto {
  @ApiProperty({ type: String, nullable: true, description: 'Registry speaker id; null when not linked' }) id: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'person' }) type: string;
  @ApiProperty({ type: String, nullable: true, example: 'exact-alias' }) linkRule: string | null;
  @ApiProperty({ type: Number, nullable: true }) linkConfidence: number | null;
}

export class StatementDto {
  @ApiProperty() id: string;
  @ApiProperty() articleId: string;
  @ApiProperty() quote: string;
  @ApiProperty({ description: 'Offset of the quote in the cleaned article body' }) start: number;
  @ApiProperty() end: number;
  @ApiProperty({ enum: STATEMENT_TYPES }) type: string;
  @ApiProperty() cue: string;
  @ApiProperty({ description: 'The speaker as the article names them' }) mention: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Offset of the mention in the cleaned body, when known' }) mentionStart: number | null;
  @ApiProperty({ type: Number, nullable: true }) mentionEnd: number | null;
  @ApiProperty({ type: StatementSpeakerDto }) speaker: StatementSpeakerDto;
  @ApiProperty({ type: String, nullable: true }) via: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-04-08' }) date: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['day', 'month', 'year'] }) datePrecision: string | null;
  @ApiProperty({ type: String, nullable: true }) dateSource: string | null;
  @ApiProperty() confidence: number;
  @ApiProperty({ enum: REVIEW_STATUSES }) reviewStatus: string;
  @ApiProperty({ type: String, nullable: true }) verdict: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeKeyId: string | null;
  @ApiProperty({ type: String, nullable: true }) claimId: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class StatementPageDto {
  @ApiProperty({ type: [StatementDto] }) items: StatementDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class StatusCountDto {
  @ApiProperty({ enum: REVIEW_STATUSES }) status: string;
  @ApiProperty({ description: 'Statements with this status, counted up to the cap' }) count: number;
  @ApiProperty({ description: 'False when the count reached the cap: there are at least this many' }) exact: boolean;
}

export class StatusCountsDto {
  @ApiProperty({ type: [StatusCountDto] }) items: StatusCountDto[];
}
