// Response shapes of the review endpoints, for the OpenAPI document.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VERDICTS } from '../../entities/statement.entity';

export class ActorDto {
  @ApiProperty({ type: String, nullable: true, description: 'API key id' }) keyId: string | null;
  @ApiProperty({ description: 'API key name at the time' }) name: string;
}

export class StatementEventDto {
  @ApiProperty() id: string;
  @ApiProperty() statementId: string;
  @ApiProperty({ enum: ['review', 'correct', 'assign', 'verdict', 'note', 'delete'] }) action: string;
  @ApiProperty({ type: ActorDto }) actor: ActorDto;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'Changed fields before' }) before: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'Changed fields after' }) after: Record<string, unknown> | null;
}

export class StatementEventPageDto {
  @ApiProperty({ type: [StatementEventDto] }) items: StatementEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class VerdictDto {
  @ApiProperty() id: string;
  @ApiProperty() statementId: string;
  @ApiProperty({ enum: VERDICTS }) verdict: string;
  @ApiProperty() rationale: string;
  @ApiProperty({ type: [String] }) sources: string[];
  @ApiProperty({ type: ActorDto }) reviewer: ActorDto;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ description: 'Statement version after this verdict (on creation)' }) statementVersion?: number;
}

export class VerdictPageDto {
  @ApiProperty({ type: [VerdictDto] }) items: VerdictDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class NoteDto {
  @ApiProperty() id: string;
  @ApiProperty() statementId: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: ActorDto }) author: ActorDto;
  @ApiProperty() createdAt: Date;
}

export class NotePageDto {
  @ApiProperty({ type: [NoteDto] }) items: NoteDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class DeletedStatementDto {
  @ApiProperty() id: string;
  @ApiProperty() deletedAt: Date;
  @ApiProperty() version: number;
}

export class VersionConflictDto {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'statement … has changed since version 1: it is at version 2; re-read it and apply your change again' }) message: string;
  @ApiProperty({ description: 'The version to re-read from' }) currentVersion: number;
}

export class ReviewedStatementDto {
  @ApiProperty() id: string;
  @ApiProperty() quote: string;
  @ApiProperty() start: number;
  @ApiProperty() end: number;
  @ApiProperty() type: string;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ type: String, nullable: true }) datePrecision: string | null;
  @ApiProperty({ enum: ['new', 'confirmed', 'corrected', 'rejected'] }) reviewStatus: string;
  @ApiProperty({ type: String, nullable: true, enum: VERDICTS }) verdict: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeKeyId: string | null;
  @ApiProperty({ type: String, nullable: true }) claimId: string | null;
  @ApiProperty({ description: 'Send this back with the next change' }) version: number;
}
