import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Article } from '../entities/article.entity';
import type { Morphology } from '../extraction/morphology';
import { buildLemmaQuery, highlight, LemmaQuery } from '../language/lemma-text';
import { MORPHOLOGY } from '../language/morphology.provider';
import { Speaker } from '../entities/speaker.entity';
import { Statement } from '../entities/statement.entity';
import { StatementView, toStatementView } from '../statements/statement-view';
import { decodeDateCursor, encodeDateCursor } from '../common/offset-cursor';
import { SpeakerStatementsQuery } from './dto/speaker-statements.query';
import { contextAround, SentenceContext } from './sentence-context';

export interface SpeakerStatementItem extends StatementView {
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null; outlet: { id: string; name: string } | null };
  /** The sentences just before and after the statement in its article. */
  context: SentenceContext;
  /** With a topic: the quote, HTML-escaped, with the topic words in <mark>…</mark>. */
  highlight: string | null;
}

export interface SpeakerStatementsPage {
  speaker: { id: string; name: string; type: string };
  topic: string | null;
  /** Statements per month over every match (not only this page); undated ones under null. */
  timeline: Array<{ month: string | null; count: number }>;
  items: SpeakerStatementItem[];
  nextCursor: string | null;
}

/** "What did X say about Y": a speaker's statements on a topic, oldest first, with a monthly timeline and context. */
@Injectable()
export class SpeakerStatementsService {
  constructor(
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
    @InjectRepository(Speaker) private readonly speakers: Repository<Speaker>,
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  async about(speakerId: string, query: SpeakerStatementsQuery): Promise<SpeakerStatementsPage> {
    const speaker = await this.speakers.findOne({ where: { id: speakerId } });
    if (!speaker) throw new NotFoundException(`speaker ${speakerId} not found`);
    let lemmaQuery: LemmaQuery | null = null;
    if (query.topic) {
      lemmaQuery = buildLemmaQuery(this.morph, query.topic);
      if (!lemmaQuery) throw new BadRequestException('topic holds no searchable word (only stop words or punctuation)');
    }
    const matching = () => {
      const qb = this.statements.createQueryBuilder('s').where('s.speaker_id = :speakerId', { speakerId }).andWhere('s.deleted_at IS NULL');
      if (lemmaQuery) qb.andWhere('s.search_lemmas @@ CAST(:tsq AS tsquery)', { tsq: lemmaQuery.tsquery });
      return qb;
    };
    const page = matching()
      .leftJoinAndSelect('s.speaker', 'sp')
      .orderBy(`coalesce(s.statement_date, DATE '9999-12-31')`, 'ASC')
      .addOrderBy('s.seq', 'ASC')
      .limit(query.limit + 1);
    const after = decodeDateCursor(query.cursor);
    if (after) page.andWhere(`(coalesce(s.statement_date, DATE '9999-12-31'), s.seq) > (CAST(:afterDate AS date), CAST(:afterSeq AS bigint))`, { afterDate: after.date, afterSeq: after.seq });
    const [rows, timeline] = await Promise.all([
      page.getMany(),
      matching()
        // Grouped on the expression of statements_speaker_chronology_idx, so the count can come from
        // the index alone; undated statements sort as 9999-12 there and are shown under null.
        .select(`to_char(date_trunc('month', coalesce(s.statement_date, DATE '9999-12-31')), 'YYYY-MM')`, 'month')
        .addSelect('count(*)::int', 'count')
        .groupBy(`date_trunc('month', coalesce(s.statement_date, DATE '9999-12-31'))`)
        .orderBy('month', 'ASC')
        .getRawMany<{ month: string; count: number }>()
        .then((months) => months.map((m) => ({ month: m.month === '9999-12' ? null : m.month, count: m.count }))),
    ]);
    const more = rows.length > query.limit;
    const pageRows = more ? rows.slice(0, query.limit) : rows;
    const articles = await this.articlesOf(pageRows);
    const last = pageRows[pageRows.length - 1];
    return {
      speaker: { id: speaker.id, name: speaker.canonicalName, type: speaker.type },
      topic: query.topic ?? null,
      timeline,
      items: pageRows.map((s) => this.toItem(s, articles.get(s.articleId)!, lemmaQuery)),
      nextCursor: more ? encodeDateCursor(last.statementDate, last.seq) : null,
    };
  }

  private async articlesOf(rows: Statement[]): Promise<Map<string, Article>> {
    if (!rows.length) return new Map();
    const found = await this.articles.find({ where: { id: In([...new Set(rows.map((s) => s.articleId))]) }, relations: { outlet: true } });
    return new Map(found.map((a) => [a.id, a]));
  }

  private toItem(s: Statement, a: Article, lemmaQuery: LemmaQuery | null): SpeakerStatementItem {
    return {
      ...toStatementView(s),
      article: { id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, outlet: a.outlet ? { id: a.outlet.id, name: a.outlet.name } : null },
      context: contextAround(a.cleanedBody, s.startOffset, s.endOffset),
      highlight: lemmaQuery ? highlight(this.morph, s.quote, lemmaQuery).text : null,
    };
  }
}

