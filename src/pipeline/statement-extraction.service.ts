import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Article } from '../entities/article.entity';
import { sha256 } from '../common/hash';
import { toStoredDate } from '../common/statement-date';
import type { ExtractedStatement, ExtractionResult } from '../extraction/types';
import { UnrecoverableError } from '../queue/job-queue';
import { SpeakerDirectorySnapshot } from '../speakers/speaker-directory-snapshot';
import { SpeakerLinkingService } from '../speakers/speaker-linking.service';
import type { SpeakerMatch } from '../speakers/speaker-lookup';
import { STATEMENT_EXTRACTOR, StatementExtractor } from './statement-extractor.provider';
import { ExtractedStatementRow, StatementRepository } from '../statements/statement.repository';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { keysOfTexts } from '../search/search-keys';
import { SpeakerRepository } from '../speakers/speaker.repository';

/**
 * The extract stage: runs the extraction library over the document the ingest stage stored (no
 * second cleaning, so offsets refer to the stored body) and stores the statements, linked to their
 * speakers and with their search keys (statement rows are wide and heavily indexed, and their side
 * rows carry two GIN indexes: each is written once, not again to link or index it).
 */
@Injectable()
export class StatementExtractionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statements: StatementRepository,
    @Inject(STATEMENT_EXTRACTOR) private readonly extractor: StatementExtractor,
    private readonly directory: SpeakerDirectorySnapshot,
    private readonly linking: SpeakerLinkingService,
    private readonly speakers: SpeakerRepository,
    @Inject(MORPHOLOGY) private readonly morph: Morphology,
  ) {}

  /**
   * The extract stage for several articles: each extracted on its own (a failure stays with its
   * article), every statement's speaker resolved (each distinct name once), and the statements of
   * all stored with their speakers in one INSERT, atomic without a transaction around it.
   */
  async extractMany(articles: readonly Article[]): Promise<Array<{ statements: number } | { error: Error }>> {
    await this.directory.refresh();
    const found: Array<{ articleId: string; statement: ExtractedStatement }> = [];
    const outcomes = articles.map((article) => {
      try {
        const statements = this.run(article).statements;
        for (const statement of statements) found.push({ articleId: article.id, statement });
        return { statements: statements.length };
      } catch (error) {
        return { error: error as Error };
      }
    });
    const speakers = await this.linking.resolveSpeakers(found.map(({ statement: s }) => ({ speakerName: s.speaker.name, speakerType: s.speaker.type, registrySpeakerId: s.speaker.registryId ?? null })));
    // The keys hold the linked speaker's names too, as the indexer reads them (StatementIndexingService).
    const ids = [...new Set(speakers.map((match) => match.speakerId))];
    const names = new Map((await this.speakers.findByIds(this.dataSource.manager, ids)).map((speaker) => [speaker.id, speaker]));
    const rows = found.map(({ articleId, statement }, i): ExtractedStatementRow => {
      const speaker = names.get(speakers[i].speakerId);
      const keys = keysOfTexts(this.morph, {
        quote: statement.quote,
        speakerName: statement.speaker.name,
        mention: statement.speaker.mention,
        canonicalName: speaker?.canonicalName ?? null,
        aliases: speaker?.aliases ?? null,
      });
      return { ...toRow(articleId, statement, speakers[i]), searchKeys: keys.searchKeys, quoteLemmas: keys.quoteLemmas };
    });
    await this.statements.insertExtracted(this.dataSource.manager, rows);
    return outcomes;
  }

  /** An exception here is a bug in the extractor, the same on every attempt: the article fails with it. */
  private run(article: Article): ExtractionResult {
    if (article.cleanedBody === null) throw new UnrecoverableError('the article has no stored body to extract from');
    try {
      return this.extractor.extractPrepared({
        body: article.cleanedBody ?? '',
        title: article.title,
        publishedAt: article.publishedAt,
        language: article.language ?? 'und',
        source: null,
      });
    } catch (err) {
      throw new UnrecoverableError(`extractor failed: ${(err as Error).message}`);
    }
  }
}

function toRow(articleId: string, s: ExtractedStatement, speaker: SpeakerMatch): Omit<ExtractedStatementRow, 'searchKeys' | 'quoteLemmas'> {
  const date = toStoredDate(s.date);
  return {
    articleId,
    speakerId: speaker.speakerId,
    linkRule: speaker.rule,
    linkConfidence: speaker.confidence,
    // Identity of a statement within its article: a re-run of the job inserts nothing new.
    fingerprint: sha256(`${s.start}:${s.end}:${s.cue}:${s.speaker.name}`),
    speakerName: s.speaker.name,
    speakerType: s.speaker.type,
    registrySpeakerId: s.speaker.registryId ?? null,
    mention: s.speaker.mention,
    mentionStart: s.speaker.mentionStart ?? null,
    mentionEnd: s.speaker.mentionEnd ?? null,
    cue: s.cue,
    type: s.type,
    quote: s.quote,
    startOffset: s.start,
    endOffset: s.end,
    via: s.via,
    statementDate: date.date,
    datePrecision: s.datePrecision ?? date.precision,
    dateSource: s.dateSource,
    confidence: s.confidence,
  };
}
