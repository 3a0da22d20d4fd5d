import { loadMorphology, Morphology } from '../../../src/extraction/morphology';
import { FacetCounts, StatementSearchRepository } from '../../../src/search/statement-search.repository';
import { SPARSE_ENOUGH, StatementSearchService } from '../../../src/search/statement-search.service';
import { SAMPLE_EVERY, SPARSE_SAMPLE_EVERY } from '../../../src/statements/statement-sample.repository';

function counts(total: number): FacetCounts {
  return {
    total,
    speakers: [{ id: 'sp-1', name: 'Оксана Вереева', count: Math.round(total / 3) }],
    months: [{ month: '2024-02', count: total }],
    verdicts: [{ verdict: null, count: total }],
    outlets: [{ id: 'o-1', name: 'Заря', count: total }],
  };
}

/**
 * A repository answering from fixed sample counts: the sparse sample's when it holds SPARSE_ENOUGH
 * matches, else the denser one's (the repository chooses in SQL); the page itself is empty.
 */
function repositoryWith(sparse: number, dense: number) {
  const calls: string[] = [];
  const repository = {
    sampleFacets: async (_filters: unknown, sparseEnough: number) => {
      const isSparse = sparse >= sparseEnough;
      calls.push(isSparse ? 'sparse' : 'dense');
      return { counts: counts(isSparse ? sparse : dense), every: isSparse ? SPARSE_SAMPLE_EVERY : SAMPLE_EVERY };
    },
    allMatches: async () => {
      calls.push('all');
      return { ...counts(dense), hits: [] };
    },
    newestHits: async () => {
      calls.push('walk');
      return [];
    },
  };
  return { repository: repository as unknown as StatementSearchRepository, calls };
}

describe('search estimates', () => {
  let morph: Morphology;
  beforeAll(async () => {
    morph = await loadMorphology();
  });

  it('estimates a very common word from the sparse sample alone, scaled by 512 and marked not exact', async () => {
    const { repository, calls } = repositoryWith(400, 3200);
    const page = await new StatementSearchService(repository, morph).search({ q: 'рынок', limit: 20 } as never);
    expect(calls).toEqual(['sparse', 'walk']);
    expect(page.total).toEqual({ count: 200000, exact: false });
    expect(page.facets.exact).toBe(false);
    expect(page.facets.months).toEqual([{ month: '2024-02', count: 200000 }]);
    expect(page.facets.speakers[0].count).toBe(68000);
  });

  it('reads the denser sample below the sparse bound, and counts few matches exactly', async () => {
    const common = repositoryWith(SPARSE_ENOUGH - 1, 1000);
    const commonPage = await new StatementSearchService(common.repository, morph).search({ q: 'рынок', limit: 20 } as never);
    expect(common.calls).toEqual(['dense', 'walk']);
    expect(commonPage.total).toEqual({ count: 64000, exact: false });

    const rare = repositoryWith(0, 10);
    const rarePage = await new StatementSearchService(rare.repository, morph).search({ q: 'рынок', limit: 20 } as never);
    expect(rare.calls).toEqual(['dense', 'all']);
    expect(rarePage.total).toEqual({ count: 10, exact: true });
    expect(rarePage.facets.exact).toBe(true);
  });

  it('caps a date range like any search: past the bound it walks and estimates, marked not exact', async () => {
    const { repository, calls } = repositoryWith(SPARSE_ENOUGH - 1, 100);
    const page = await new StatementSearchService(repository, morph).search({ q: 'рынок', from: '2022-03-01', to: '2022-05-31', limit: 20 } as never);
    expect(calls).toEqual(['dense', 'walk']);
    expect(page.total).toEqual({ count: 6400, exact: false });
    expect(page.facets.exact).toBe(false);
  });
});
