import type { KnownArticle } from '../../../src/articles/article.repository';
import { planAcceptance } from '../../../src/articles/batch-acceptance';

function stored(id: string, seq: number, inputHash: string, canonicalUrl: string | null = null): KnownArticle {
  return { id, seq: String(seq), inputHash, canonicalUrl, status: 'queued', duplicateOf: null };
}

describe('planAcceptance', () => {
  it('marks unseen submissions new and a repeat of an earlier one (same input or same URL) as that one', () => {
    const plan = planAcceptance(
      [
        { inputHash: 'h1', canonicalUrl: null },
        { inputHash: 'h2', canonicalUrl: 'https://a.example/x' },
        { inputHash: 'h1', canonicalUrl: null },
        { inputHash: 'h3', canonicalUrl: 'https://a.example/x' },
      ],
      [],
    );
    expect(plan).toEqual([{ isNew: true }, { isNew: true }, { sameAs: 0 }, { sameAs: 1 }]);
  });

  it('prefers a stored article to an earlier submission of the batch, and the oldest stored one of several', () => {
    const byUrl = stored('by-url', 5, 'hx', 'https://b.example/y');
    const byHash = stored('by-hash', 9, 'h2');
    const plan = planAcceptance(
      [
        { inputHash: 'h2', canonicalUrl: null },
        { inputHash: 'h2', canonicalUrl: 'https://b.example/y' },
        { inputHash: 'h4', canonicalUrl: null },
      ],
      [byHash, byUrl],
    );
    expect(plan).toEqual([{ stored: byHash }, { stored: byUrl }, { isNew: true }]);
  });

  it('takes the earliest of two earlier submissions matched by input and by URL', () => {
    const plan = planAcceptance(
      [
        { inputHash: 'h1', canonicalUrl: null },
        { inputHash: 'h2', canonicalUrl: 'https://c.example/z' },
        { inputHash: 'h1', canonicalUrl: 'https://c.example/z' },
      ],
      [],
    );
    expect(plan[2]).toEqual({ sameAs: 0 });
  });
});
