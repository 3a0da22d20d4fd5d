import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Morphology } from '../extraction/morphology';
import { buildLemmaQuery, highlight, LemmaQuery } from '../language/lemma-text';
import { MORPHOLOGY } from '../language/morphology.provider';
import { Statement } from '../entities/statement.entity';
import { StatementView, toStatementView } from '../statements/statement-view';
import { decodeDateCursor, encodeDateCursor } from '../common/offset-cursor';
import { SpeakerStatementsQuery } from './dto/speaker-statements.query';
import { contextAround, SentenceContext } from './sentence-context';
import { SpeakerStatementsRepository } from './speaker-statements.repository';

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
    private readonly statements: SpeakerStatementsRepository,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  async about(speakerId: string, query: SpeakerStatementsQuery): Promise<SpeakerStatementsPage> {
    let lemmaQuery: LemmaQuery | null = null;
    if (query.topic) {
      lemmaQuery = buildLemmaQuery(this.morph, query.topic);
      if (!lemmaQuery) throw new BadRequestException('topic holds no searchable word (only stop words or punctuation)');
    }
    const tsquery = lemmaQuery?.tsquery ?? null;
    // Asked together: an unknown speaker only makes the other two answer empty.
    const [speaker, rows, timeline] = await Promise.all([
      this.statements.findSpeaker(speakerId),
      this.statements.chronologicalPage(speakerId, tsquery, decodeDateCursor(query.cursor), query.limit + 1),
      this.statements.monthlyTimeline(speakerId, tsquery),
    ]);
    if (!speaker) throw new NotFoundException(`speaker ${speakerId} not found`);
    const more = rows.length > query.limit;
    const pageRows = more ? rows.slice(0, query.limit) : rows;
    const last = pageRows[pageRows.length - 1];
    return {
      speaker: { id: speaker.id, name: speaker.canonicalName, type: speaker.type },
      topic: query.topic ?? null,
      timeline,
      items: pageRows.map((s) => this.toItem(s, lemmaQuery)),
      nextCursor: more ? encodeDateCursor(last.statementDate, last.seq) : null,
    };
  }

  private toItem(s: Statement, lemmaQuery: LemmaQuery | null): SpeakerStatementItem {
    const a = s.article!;
    return {
      ...toStatementView(s),
      article: { id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, outlet: a.outlet ? { id: a.outlet.id, name: a.outlet.name } : null },
      context: contextAround(a.cleanedBody, s.startOffset, s.endOffset),
      highlight: lemmaQuery ? highlight(this.morph, s.quote, lemmaQuery).text : null,
    };
  }
}
