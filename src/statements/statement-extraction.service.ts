import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Article } from '../articles/article.entity';
import { sha256 } from '../common/hash';
import { toStoredDate } from '../common/statement-date';
import type { ExtractedStatement } from '../extraction/types';
import { JOB_QUEUE, JobQueue } from '../queue/job-queue';
import { STATEMENT_EXTRACTOR, StatementExtractor } from './statement-extractor.provider';
import { Statement } from './statement.entity';

/** The extract stage: runs the extraction library over an ingested article and stores its statements. */
@Injectable()
export class StatementExtractionService {
  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
    @Inject(STATEMENT_EXTRACTOR) private readonly extractor: StatementExtractor,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async extractArticle(articleId: string): Promise<void> {
    const article = await this.articles.findOne({ where: { id: articleId } });
    if (!article || !['ingested', 'extracted', 'done'].includes(article.status)) return;
    if (article.status === 'ingested') {
      // Extraction re-reads the raw input: its cleaning is deterministic, so the offsets it reports
      // refer to the body the ingest stage stored.
      const result = this.extractor.extract({
        text: article.inputFormat === 'text' ? article.rawInput : undefined,
        html: article.inputFormat === 'html' ? article.rawInput : undefined,
        publishedAt: article.publishedAt,
        title: article.title,
        url: article.url,
      });
      await this.statements.manager.transaction(async (tx) => {
        if (result.statements.length) {
          await tx
            .createQueryBuilder()
            .insert()
            .into(Statement)
            .values(result.statements.map((s) => toRow(articleId, s)))
            .orIgnore()
            .execute();
        }
        if (result.article.body !== article.cleanedBody) await tx.update(Article, { id: articleId }, { cleanedBody: result.article.body });
        await tx.update(Article, { id: articleId, status: 'ingested' }, { status: 'extracted' });
      });
    }
    await this.queue.enqueue('link', { articleId });
  }
}

function toRow(articleId: string, s: ExtractedStatement): Partial<Statement> {
  const date = toStoredDate(s.date);
  return {
    articleId,
    // Identity of a statement within its article: a re-run of the job inserts nothing new.
    fingerprint: sha256(`${s.start}:${s.end}:${s.cue}:${s.speaker.name}`),
    speakerName: s.speaker.name,
    speakerType: s.speaker.type,
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
