// Response shapes of the claims and speaker endpoints, for the OpenAPI document.
import { ApiProperty } from '@nestjs/swagger';
import { ArticleRefDto } from '../../search/dto/search.responses';

export class AppearanceDto {
  @ApiProperty() statementId: string;
  @ApiProperty() quote: string;
  @ApiProperty({ enum: ['direct', 'indirect', 'mixed', 'according_to'] }) type: string;
  @ApiProperty({ type: 'object', properties: { id: { type: 'string', nullable: true }, name: { type: 'string' } } }) speaker: { id: string | null; name: string };
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ type: ArticleRefDto }) article: ArticleRefDto;
}

export class DiffOpDto {
  @ApiProperty({ enum: ['equal', 'removed', 'added'] }) op: string;
  @ApiProperty() text: string;
}

export class WordingDifferenceDto {
  @ApiProperty({ description: 'The direct quote that differs' }) statementId: string;
  @ApiProperty({ description: 'The claim’s first direct quote' }) comparedWith: string;
  @ApiProperty({ type: [DiffOpDto] }) ops: DiffOpDto[];
  @ApiProperty({ type: [String] }) removed: string[];
  @ApiProperty({ type: [String] }) added: string[];
}

export class AppearancePageDto {
  @ApiProperty({ type: [AppearanceDto] }) items: AppearanceDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ClaimDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) speakerId: string | null;
  @ApiProperty({ description: 'Direct quotes of the claim differ in wording: a possible misquote' }) wordingDiffers: boolean;
  @ApiProperty({ type: [WordingDifferenceDto] }) differences: WordingDifferenceDto[];
  @ApiProperty() appearanceCount: number;
  @ApiProperty({ type: AppearanceDto, nullable: true, description: 'The earliest appearance' }) first: AppearanceDto | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ClaimWithAppearancesDto extends ClaimDto {
  @ApiProperty({ type: AppearancePageDto }) appearances: AppearancePageDto;
}

export class ClaimPageDto {
  @ApiProperty({ type: [ClaimDto] }) items: ClaimDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MonthCountDto {
  @ApiProperty({ type: String, nullable: true, example: '2025-04' }) month: string | null;
  @ApiProperty() count: number;
}

export class SentenceContextDto {
  @ApiProperty({ type: String, nullable: true }) before: string | null;
  @ApiProperty({ type: String, nullable: true }) after: string | null;
}

export class SpeakerStatementDto {
  @ApiProperty() id: string;
  @ApiProperty() quote: string;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty() type: string;
  @ApiProperty({ type: ArticleRefDto }) article: ArticleRefDto;
  @ApiProperty({ type: SentenceContextDto }) context: SentenceContextDto;
  @ApiProperty({ type: String, nullable: true, description: 'With a topic: the quote with topic words in <mark>…</mark>' }) highlight: string | null;
}

export class SpeakerStatementsPageDto {
  @ApiProperty({ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' } } }) speaker: object;
  @ApiProperty({ type: String, nullable: true }) topic: string | null;
  @ApiProperty({ type: [MonthCountDto], description: 'Statements per month over every match' }) timeline: MonthCountDto[];
  @ApiProperty({ type: [SpeakerStatementDto] }) items: SpeakerStatementDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ContradictionSideDto {
  @ApiProperty() statementId: string;
  @ApiProperty() articleId: string;
  @ApiProperty() quote: string;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ description: 'The opposed words as written', example: 'не повышать' }) words: string;
}

export class ContradictionDto {
  @ApiProperty({ type: ContradictionSideDto }) first: ContradictionSideDto;
  @ApiProperty({ type: ContradictionSideDto }) second: ContradictionSideDto;
  @ApiProperty({ enum: ['negation', 'antonyms'] }) reason: string;
  @ApiProperty({ example: 'рост' }) concept: string;
  @ApiProperty({ type: [String], description: 'Shared topic lemmas' }) topic: string[];
  @ApiProperty() score: number;
}

export class ContradictionPageDto {
  @ApiProperty({ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } }) speaker: object;
  @ApiProperty() note: string;
  @ApiProperty({ description: 'How many of the speaker’s statements were compared' }) compared: number;
  @ApiProperty({ type: [ContradictionDto] }) items: ContradictionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
