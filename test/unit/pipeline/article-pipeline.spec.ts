import type { ArticleIngestionService } from '../../../src/articles/article-ingestion.service';
import type { Article } from '../../../src/entities/article.entity';
import type { ArticleRepository } from '../../../src/articles/article.repository';
import { ArticleStatus, assertTransition } from '../../../src/entities/article-status';
import type { ArticleCrossReferenceService } from '../../../src/claims/article-cross-reference.service';
import { ArticlePipeline } from '../../../src/pipeline/article-pipeline.service';
import type { SpeakerLinkingService } from '../../../src/speakers/speaker-linking.service';
import type { StatementExtractionService } from '../../../src/pipeline/statement-extraction.service';

/** The pipeline over an in-memory article, recording which stage services ran. */
function pipelineAt(status: ArticleStatus) {
  const article = { id: 'a1', status, cleanedBody: null } as unknown as Article;
  const ran: string[] = [];
  const articles = {
    findById: async () => ({ ...article }),
    transition: async (_id: string, to: ArticleStatus) => {
      assertTransition(article.status, to);
      article.status = to;
      return true;
    },
    recordIngested: async () => {
      article.status = 'ingested';
      return null;
    },
    markFailed: async () => true,
  } as unknown as ArticleRepository;
  const pipeline = new ArticlePipeline(
    articles,
    { ingest: async () => (ran.push('ingest'), { ingested: {} }) } as unknown as ArticleIngestionService,
    { extract: async () => (ran.push('extract'), 1) } as unknown as StatementExtractionService,
    { linkArticle: async () => void ran.push('link') } as unknown as SpeakerLinkingService,
    { crossReference: async () => void ran.push('cross-reference') } as unknown as ArticleCrossReferenceService,
  );
  return { pipeline, ran, article };
}

describe('one job carries an article through its stages', () => {
  it('takes a queued article through every stage to done, passing each status on the way', async () => {
    const { pipeline, ran, article } = pipelineAt('queued');
    await pipeline.run('ingest', 'a1');
    expect(ran).toEqual(['ingest', 'extract', 'link', 'cross-reference']);
    expect(article.status).toBe('done');
  });

  it('takes an article from the stage it is at, whatever queue the job came from (a retry after a later stage failed)', async () => {
    const { pipeline, ran, article } = pipelineAt('extracted');
    await pipeline.run('ingest', 'a1');
    expect(ran).toEqual(['link', 'cross-reference']);
    expect(article.status).toBe('done');
  });

  it('does nothing for an article already finished (a late duplicate job)', async () => {
    const { pipeline, ran } = pipelineAt('done');
    await pipeline.run('link', 'a1');
    expect(ran).toEqual([]);
  });
});
