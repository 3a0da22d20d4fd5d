import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Speaker } from '../entities/speaker.entity';
import { Statement } from '../entities/statement.entity';

/** Where a chronological page starts: after this (date, seq); undated statements sort as 9999-12-31. */
export interface ChronologyPosition {
  date: string;
  seq: string;
}

export interface MonthCount {
  /** YYYY-MM, null for undated statements. */
  month: string | null;
  count: number;
}

/** What the contradiction comparison reads of a statement. */
export type ComparedStatement = Pick<Statement, 'id' | 'seq' | 'articleId' | 'quote' | 'statementDate' | 'datePrecision' | 'claimId'>;

// A speaker's live statements holding a topic's words, found together through the side table's GIN
// over speaker and lemmas (statement_search_keys_speaker_lemmas_idx); the trigger keeps the side
// row's speaker, date and deletion in step with the statement.
const TOPIC_MATCH = `t_keys.speaker_id = :speakerId AND t_keys.search_lemmas @@ CAST(:tsq AS tsquery) AND t_keys.deleted_at IS NULL`;

/**
 * Reads of one speaker's statements: the speaker page ("what did X say about Y") and the statements
 * contradiction candidates are drawn from. `tsquery` narrows to a topic (buildLemmaQuery's text).
 */
@Injectable()
export class SpeakerStatementsRepository {
  constructor(
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
    @InjectRepository(Speaker) private readonly speakers: Repository<Speaker>,
  ) {}

  findSpeaker(id: string): Promise<Speaker | null> {
    return this.speakers.findOne({ where: { id } });
  }

  /**
   * Oldest first (undated last), from statements_speaker_chronology_idx. With a topic, the page is
   * ordered and cut in the side table, which holds date and seq beside the lemmas: a common word
   * matches a thousand statements of a prolific speaker, and only the page's are read from the wide
   * statements rows. Each statement comes with its speaker and its article (heading and body, for
   * the sentences around the quote, not the raw input) and the article's outlet.
   */
  chronologicalPage(speakerId: string, tsquery: string | null, after: ChronologyPosition | null, limit: number): Promise<Statement[]> {
    const page = this.statements
      .createQueryBuilder('s')
      .where('s.speaker_id = :speakerId', { speakerId })
      .andWhere('s.deleted_at IS NULL')
      .leftJoinAndSelect('s.speaker', 'sp')
      .innerJoin('s.article', 'a')
      .addSelect(['a.id', 'a.title', 'a.url', 'a.publishedAt', 'a.cleanedBody'])
      .leftJoin('a.outlet', 'o')
      .addSelect(['o.id', 'o.name'])
      .orderBy(`coalesce(s.statement_date, DATE '9999-12-31')`, 'ASC')
      .addOrderBy('s.seq', 'ASC')
      .limit(limit);
    const afterPosition = (alias: string) => `(coalesce(${alias}.statement_date, DATE '9999-12-31'), ${alias}.seq) > (CAST(:afterDate AS date), CAST(:afterSeq AS bigint))`;
    if (after) page.setParameters({ afterDate: after.date, afterSeq: after.seq });
    if (tsquery) {
      page.andWhere(
        `s.id IN (SELECT t_keys.statement_id FROM statement_search_keys t_keys
                   WHERE ${TOPIC_MATCH}${after ? ` AND ${afterPosition('t_keys')}` : ''}
                   ORDER BY coalesce(t_keys.statement_date, DATE '9999-12-31'), t_keys.seq LIMIT :pageLimit)`,
        { tsq: tsquery, pageLimit: limit },
      );
    } else if (after) {
      page.andWhere(afterPosition('s'));
    }
    return page.getMany();
  }

  /**
   * Every matching statement counted by month, oldest first, undated last. Grouped by day first on
   * the bare column, so without a topic the count is an index-only scan of
   * statements_speaker_live_date_idx (an expression in the GROUP BY would need the heap), and the
   * few hundred days are then folded into months. A topic's matches are counted in the side table,
   * which has their dates.
   */
  async monthlyTimeline(speakerId: string, tsquery: string | null): Promise<MonthCount[]> {
    const days = tsquery
      ? this.statements.manager
          .createQueryBuilder()
          .from('statement_search_keys', 't_keys')
          .where(TOPIC_MATCH, { speakerId, tsq: tsquery })
          .select('t_keys.statement_date', 'day')
          .addSelect('count(*)', 'n')
          .groupBy('t_keys.statement_date')
      : this.statements
          .createQueryBuilder('s')
          .where('s.speaker_id = :speakerId', { speakerId })
          .andWhere('s.deleted_at IS NULL')
          .select('s.statement_date', 'day')
          .addSelect('count(*)', 'n')
          .groupBy('s.statement_date');
    const [sql, parameters] = days.getQueryAndParameters();
    const months: Array<{ month: string | null; count: number }> = await this.statements.query(
      `SELECT to_char(day, 'YYYY-MM') AS month, sum(n)::int AS count FROM (${sql}) days GROUP BY 1 ORDER BY 1 ASC NULLS LAST`,
      parameters,
    );
    return months;
  }

  /** The speaker's most recent live statements that review has not rejected, newest first. */
  recentForComparison(speakerId: string, limit: number): Promise<ComparedStatement[]> {
    return this.statements
      .createQueryBuilder('s')
      .select(['s.id', 's.seq', 's.articleId', 's.quote', 's.statementDate', 's.datePrecision', 's.claimId'])
      .where('s.speaker_id = :speakerId', { speakerId })
      .andWhere('s.deleted_at IS NULL')
      .andWhere(`s.review_status <> 'rejected'`)
      .orderBy('s.seq', 'DESC')
      .limit(limit)
      .getMany();
  }
}
