import type { ArticleIngestionService } from '../../../src/articles/article-ingestion.service';
import type { Article } from '../../../src/entities/article.entity';
import type { ArticleRepository } from '../../../src/articles/article.repository';
import { ArticleStatus, assertTransition } from '../../../src/entities/article-status';
import type { AppConfig } from '../../../src/config/app-config';
import type { ArticleCrossReferenceService } from '../../../src/claims/article-cross-reference.service';
import { ArticlePipeline } from '../../../src/pipeline/article-pipeline.service';
import type { SpeakerLinkingService } from '../../../src/speakers/speaker-linking.service';
import type { StatementExtractionService } from '../../../src/pipeline/statement-extraction.service';

/**
 * The pipeline over in-memory articles, recording which stage services ran for which articles; an
 * article whose id starts with `bad-` cannot be cleaned, one starting with `crash-` crashes the extractor.
 */
function pipelineOver(statuses: Record<string, ArticleStatus>, pipelineBatch = 8) {
  const stored = new Map(Object.entries(statuses).map(([id, status]) => [id, { id, status, cleanedBody: null } as unknown as Article]));
  const ran: string[] = [];
  const move = (id: string, to: ArticleStatus) => {
    const article = stored.get(id)!;
    assertTransition(article.status, to);
    article.status = to;
  };
  const articles = {
    findById: async (id: string) => (stored.has(id) ? { ...stored.get(id)! } : null),
    findByIds: async (ids: string[]) => ids.filter((id) => stored.has(id)).map((id) => ({ ...stored.get(id)! })),
    transition: async (id: string, to: ArticleStatus) => (move(id, to), true),
    transitionMany: async (ids: string[], to: ArticleStatus) => (ids.forEach((id) => move(id, to)), new Set(ids)),
    recordIngestedMany: async (rows: Array<{ id: string }>) => new Map(rows.map(({ id }) => (move(id, 'ingested'), [id, null]))),
    markFailed: async (id: string) => (move(id, 'failed'), true),
  } as unknown as ArticleRepository;
  const named = (stage: string, list: Array<{ id: string } | string>) => ran.push(`${stage} ${list.map((a) => (typeof a === 'string' ? a : a.id)).join(',')}`);
  const pipeline = new ArticlePipeline(
    articles,
    {
      ingestMany: async (list: Article[]) => (
        named('ingest', list), list.map((a) => (a.id.startsWith('bad-') ? { error: new Error('no article body found in the input') } : { ingested: {} }))
      ),
    } as unknown as ArticleIngestionService,
    {
      extractMany: async (list: Article[]) => (named('extract', list), list.map((a) => (a.id.startsWith('crash-') ? { error: new Error('extractor failed') } : { statements: 1 }))),
    } as unknown as StatementExtractionService,
    { linkArticles: async (ids: string[]) => void named('link', ids) } as unknown as SpeakerLinkingService,
    { crossReference: async (ids: string[]) => void named('cross-reference', ids) } as unknown as ArticleCrossReferenceService,
    { PIPELINE_BATCH: pipelineBatch } as AppConfig,
  );
  return { pipeline, ran, stored };
}

describe('one job carries an article through its stages', () => {
  it('takes a queued article through every stage to done, passing each status on the way', async () => {
    const { pipeline, ran, stored } = pipelineOver({ a1: 'queued' });
    await pipeline.run('a1');
    expect(ran).toEqual(['ingest a1', 'extract a1', 'link a1', 'cross-reference a1']);
    expect(stored.get('a1')!.status).toBe('done');
  });

  it('takes an article from the stage it is at, whatever queue the job came from (a retry after a later stage failed)', async () => {
    const { pipeline, ran, stored } = pipelineOver({ a1: 'extracted' });
    await pipeline.run('a1');
    expect(ran).toEqual(['link a1', 'cross-reference a1']);
    expect(stored.get('a1')!.status).toBe('done');
  });

  it('does nothing for an article already finished (a late duplicate job)', async () => {
    const { pipeline, ran } = pipelineOver({ a1: 'done' });
    await pipeline.run('a1');
    expect(ran).toEqual([]);
  });
});

describe('jobs a worker runs together go through each stage as one batch', () => {
  it('runs each stage once for all the articles at it, whatever stage each started from', async () => {
    const { pipeline, ran, stored } = pipelineOver({ a1: 'queued', a2: 'ingested', a3: 'queued', a4: 'done' });
    await Promise.all(['a1', 'a2', 'a3', 'a4'].map((id) => pipeline.run(id)));
    expect(ran).toEqual(['ingest a1,a3', 'extract a1,a2,a3', 'link a1,a2,a3', 'cross-reference a1,a2,a3']);
    expect([...stored.values()].map((a) => a.status)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('fails only the article whose own input or extraction failed; the others of its batch go on to done', async () => {
    const { pipeline, ran, stored } = pipelineOver({ a1: 'queued', 'bad-1': 'queued', 'crash-1': 'queued' });
    const results = await Promise.allSettled(['a1', 'bad-1', 'crash-1'].map((id) => pipeline.run(id)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('no article body found in the input');
    expect((results[2] as PromiseRejectedResult).reason.message).toBe('extractor failed');
    expect(ran).toEqual(['ingest a1,bad-1,crash-1', 'extract a1,crash-1', 'link a1', 'cross-reference a1']);
    expect(stored.get('a1')!.status).toBe('done');
    // The job's own failure handling (retries, then fail()) decides what becomes of the others.
    expect(stored.get('bad-1')!.status).toBe('queued');
    expect(stored.get('crash-1')!.status).toBe('ingested');
  });

  it('reports for each article the time of each stage it went through', async () => {
    const { pipeline } = pipelineOver({ a1: 'queued', a2: 'extracted' });
    const [first, second] = await Promise.all([pipeline.run('a1'), pipeline.run('a2')]);
    expect(Object.keys(first)).toEqual(['ingest', 'extract', 'link']);
    expect(Object.keys(second)).toEqual(['link']);
  });

  it('keeps a batch within PIPELINE_BATCH articles', async () => {
    const { pipeline, ran } = pipelineOver({ a1: 'extracted', a2: 'extracted', a3: 'extracted' }, 2);
    await Promise.all(['a1', 'a2', 'a3'].map((id) => pipeline.run(id)));
    expect(ran.filter((line) => line.startsWith('link'))).toEqual(['link a1,a2', 'link a3']);
  });
});
