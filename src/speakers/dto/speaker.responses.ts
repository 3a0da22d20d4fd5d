// Response shapes of the speaker endpoints, for the OpenAPI document (and the web app's typed client).
import { ApiProperty } from '@nestjs/swagger';

export class SpeakerDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'person' }) type: string;
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Names by script or language: { ru, en, uk, kk, … }' }) names: Record<string, string>;
  @ApiProperty({ type: String, nullable: true }) gender: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Wikidata id' }) qid: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) registryId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The speaker this one is merged into, while the merge stands' }) mergedInto: string | null;
}

export class SpeakerPageDto {
  @ApiProperty({ type: [SpeakerDto] }) items: SpeakerDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SpeakerAliasRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() alias: string;
  @ApiProperty({ type: String, nullable: true }) lang: string | null;
  @ApiProperty() source: string;
}

export class SpeakerRoleRecordDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'министр финансов' }) role: string;
  @ApiProperty({ example: 'Россия' }) of: string;
  @ApiProperty({ type: String, nullable: true, example: '2020-01-21' }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty() source: string;
}

export class SpeakerMergeDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The speaker that stays' }) targetId: string;
  @ApiProperty({ description: 'The speaker merged into it' }) sourceId: string;
  @ApiProperty() statementsMoved: number;
  @ApiProperty() aliasesMoved: number;
  @ApiProperty() aliasesAdded: number;
  @ApiProperty() rolesMoved: number;
  @ApiProperty({ type: String, nullable: true }) mergedBy: string | null;
  @ApiProperty() mergedAt: Date;
  @ApiProperty({ type: String, nullable: true }) splitBy: string | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When the merge was undone' }) splitAt: Date | null;
}

export class SpeakerMergePageDto {
  @ApiProperty({ type: [SpeakerMergeDto] }) items: SpeakerMergeDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SpeakerDetailDto extends SpeakerDto {
  @ApiProperty({ type: [SpeakerAliasRecordDto] }) aliasRecords: SpeakerAliasRecordDto[];
  @ApiProperty({ type: [SpeakerRoleRecordDto] }) roles: SpeakerRoleRecordDto[];
  @ApiProperty({ type: [SpeakerMergeDto] }) merges: SpeakerMergeDto[];
  @ApiProperty() statementCount: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
