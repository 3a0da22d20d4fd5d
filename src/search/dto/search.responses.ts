// Response shapes of GET /statements/search, for the OpenAPI document.
import { ApiProperty } from '@nestjs/swagger';

export class ArticleRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true }) title: string | null;
  @ApiProperty({ nullable: true }) url: string | null;
  @ApiProperty({ nullable: true, example: '2025-04-08' }) publishedAt: string | null;
  @ApiProperty({ nullable: true, type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } }) outlet: { id: string; name: string } | null;
}

export class WordSpanDto {
  @ApiProperty() text: string;
  @ApiProperty() start: number;
  @ApiProperty() end: number;
}

export class SearchHitDto {
  @ApiProperty() id: string;
  @ApiProperty() quote: string;
  @ApiProperty({ description: 'The quote, HTML-escaped, matched words in <mark>…</mark>', example: '<mark>Переговоры</mark> продолжатся' }) highlight: string;
  @ApiProperty({ type: [WordSpanDto], description: 'Matched words with offsets in the quote' }) matches: WordSpanDto[];
  @ApiProperty({ type: ArticleRefDto }) article: ArticleRefDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Speaker { id, name, type, linkRule, linkConfidence }' }) speaker: object;
  @ApiProperty({ nullable: true }) date: string | null;
  @ApiProperty() type: string;
  @ApiProperty() reviewStatus: string;
  @ApiProperty({ nullable: true }) verdict: string | null;
  @ApiProperty({ nullable: true }) claimId: string | null;
  @ApiProperty() version: number;
}

export class SpeakerFacetDto {
  @ApiProperty({ nullable: true }) id: string | null;
  @ApiProperty() name: string;
  @ApiProperty() count: number;
}

export class MonthFacetDto {
  @ApiProperty({ nullable: true, example: '2025-04' }) month: string | null;
  @ApiProperty() count: number;
}

export class VerdictFacetDto {
  @ApiProperty({ nullable: true }) verdict: string | null;
  @ApiProperty() count: number;
}

export class OutletFacetDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() count: number;
}

export class SearchFacetsDto {
  @ApiProperty({ description: 'True when the counts cover every match; past a few thousand matches they are estimated from a sample (every 64th statement), rounded' }) exact: boolean;
  @ApiProperty({ type: [SpeakerFacetDto] }) speakers: SpeakerFacetDto[];
  @ApiProperty({ type: [MonthFacetDto] }) months: MonthFacetDto[];
  @ApiProperty({ type: [VerdictFacetDto] }) verdicts: VerdictFacetDto[];
  @ApiProperty({ type: [OutletFacetDto], description: "The matches' outlets (their articles'), most matches first; matches without an outlet are not listed" }) outlets: OutletFacetDto[];
}

export class SearchPageDto {
  @ApiProperty({ type: [SearchHitDto] }) items: SearchHitDto[];
  @ApiProperty({ nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: 'object', properties: { count: { type: 'number' }, exact: { type: 'boolean' } }, description: 'How many statements match; an estimate when exact is false', example: { count: 210000, exact: false } })
  total: { count: number; exact: boolean };
  @ApiProperty({ type: SearchFacetsDto, description: 'Counts over every match, not only this page' }) facets: SearchFacetsDto;
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'Lemma groups the query became' }) terms: string[][];
}
