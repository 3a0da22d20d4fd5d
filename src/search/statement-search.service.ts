import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, Page, toPage } from '../common/pagination';
import type { Morphology } from '../extraction/morphology';
import { applyStatementFilters, StatementFilters } from '../statements/statement-filters';
import { Statement } from '../statements/statement.entity';
import { StatementView, toStatementView } from '../statements/statement-view';
import { SearchStatementsQuery } from './dto/search-statements.query';
import { buildLemmaQuery, highlight, LemmaQuery, WordSpan } from '../language/lemma-text';
import { MORPHOLOGY } from '../language/morphology.provider';

export interface SearchHit extends StatementView {
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null; outlet: { id: string; name: string } | null };
  /** The quote, HTML-escaped, with the matched words in <mark>…</mark>. */
  highlight: string;
  matches: WordSpan[];
}

export interface SearchFacets {
  speakers: Array<{ id: string | null; name: string; count: number }>;
  months: Array<{ month: string | null; count: number }>;
  verdicts: Array<{ verdict: string | null; count: number }>;
}

export interface SearchPage extends Page<SearchHit> {
  /** Counts over every match, not only this page. */
  facets: SearchFacets;
  /** The lemma groups the query was reduced to: a statement matches when it has a key of each group. */
  terms: string[][];
}

const FACET_SIZE = 20;

/** Full-text statement search over lemma keys, with facets and highlighting. Newest first, cursor-paged. */
@Injectable()
export class StatementSearchService {
  constructor(
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  /** The user's words as a lemma query, or a 400 when none is searchable. */
  lemmaQuery(q: string): LemmaQuery {
    const query = buildLemmaQuery(this.morph, q);
    if (!query) throw new BadRequestException('q holds no searchable word (only stop words or punctuation)');
    return query;
  }

  async search(params: SearchStatementsQuery): Promise<SearchPage> {
    const query = this.lemmaQuery(params.q);
    const filters: StatementFilters = { ...params, lemmaQuery: query.tsquery };
    const page = this.filtered(filters)
      .leftJoinAndSelect('s.speaker', 'sp')
      .addSelect(['a.id', 'a.title', 'a.url', 'a.publishedAt'])
      .leftJoinAndSelect('a.outlet', 'o')
      .orderBy('s.seq', 'DESC')
      .take(params.limit + 1);
    const after = decodeCursor(params.cursor);
    if (after) page.andWhere('s.seq < :after', { after });
    const [rows, facets] = await Promise.all([page.getMany(), this.facets(filters)]);
    return { ...toPage(rows, params.limit, (s) => this.toHit(s, query)), facets, terms: query.groups };
  }

  private filtered(filters: StatementFilters): SelectQueryBuilder<Statement> {
    return applyStatementFilters(this.statements.createQueryBuilder('s').innerJoin('s.article', 'a'), filters);
  }

  private async facets(filters: StatementFilters): Promise<SearchFacets> {
    const [speakers, months, verdicts] = await Promise.all([
      this.filtered(filters)
        .leftJoin('s.speaker', 'sp')
        .select('s.speaker_id', 'id')
        .addSelect('coalesce(sp.canonical_name, min(s.speaker_name))', 'name')
        .addSelect('count(*)::int', 'count')
        .groupBy('s.speaker_id')
        .addGroupBy('sp.canonical_name')
        .orderBy('count', 'DESC')
        .limit(FACET_SIZE)
        .getRawMany(),
      this.filtered(filters)
        .select(`to_char(s.statement_date, 'YYYY-MM')`, 'month')
        .addSelect('count(*)::int', 'count')
        .groupBy('month')
        .orderBy('month', 'ASC', 'NULLS LAST')
        .getRawMany(),
      this.filtered(filters).select('s.verdict', 'verdict').addSelect('count(*)::int', 'count').groupBy('s.verdict').orderBy('count', 'DESC').getRawMany(),
    ]);
    return { speakers, months, verdicts };
  }

  private toHit(s: Statement, query: LemmaQuery): SearchHit {
    const marked = highlight(this.morph, s.quote, query);
    const a = s.article!;
    return {
      ...toStatementView(s),
      article: { id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, outlet: a.outlet ? { id: a.outlet.id, name: a.outlet.name } : null },
      highlight: marked.text,
      matches: marked.matches,
    };
  }
}
