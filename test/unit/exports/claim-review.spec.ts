import { CLAIM_REVIEW_RATINGS, toClaimReview } from '../../../src/exports/claim-review';
import type { ExportVerdict } from '../../../src/exports/export-row';
import { ClaimReviewSerializer } from '../../../src/exports/serializers/claim-review-serializer';
import { VERDICTS } from '../../../src/entities/statement.entity';
import { exportRow } from './export-row.fixture';

const publisher = { name: 'Проверка фактов', url: 'https://facts.example.ru/' };
const verdict = (rating: ExportVerdict['rating']): ExportVerdict => ({ rating, rationale: 'Сверено с отчётом', reviewer: 'Редактор', sources: [], reviewedAt: '2025-10-02T08:30:00+00:00' });

/** The fields schema.org and the fact-check consumers need of a ClaimReview. */
function expectRequiredFields(review: any): void {
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(typeof review.url).toBe('string');
  expect(typeof review.claimReviewed).toBe('string');
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(review.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
  expect(review.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: expect.any(String) });
  expect(review.itemReviewed['@type']).toBe('Claim');
  expect(['Person', 'Organization']).toContain(review.itemReviewed.author['@type']);
  expect(typeof review.itemReviewed.author.name).toBe('string');
}

describe('ClaimReview', () => {
  it('maps a statement with a verdict to a ClaimReview with every required field', () => {
    const row = exportRow({ verdict: verdict('false') });
    const review: any = toClaimReview(row, publisher);
    expectRequiredFields(review);
    expect(review).toMatchObject({
      url: `https://facts.example.ru/statements/${row.id}`,
      claimReviewed: row.quote,
      datePublished: '2025-10-02',
      author: { name: 'Проверка фактов', url: 'https://facts.example.ru' },
      reviewRating: { ratingValue: 1, alternateName: 'Ложь' },
      reviewBody: 'Сверено с отчётом',
      itemReviewed: {
        author: { '@type': 'Person', name: 'Касым-Жомарт Токаев', sameAs: 'https://www.wikidata.org/wiki/Q4290' },
        datePublished: '2025-09',
        appearance: { '@type': 'CreativeWork', url: 'https://example.kz/news/1', headline: 'Токаев о переговорах', datePublished: '2025-09-14', publisher: { '@type': 'Organization', name: 'Пример' } },
      },
    });
  });

  it('puts every verdict on the 1–5 scale except unverifiable, which has a name but no value', () => {
    for (const rating of VERDICTS) {
      const review: any = toClaimReview(exportRow({ verdict: verdict(rating) }), publisher);
      expectRequiredFields(review);
      expect(review.reviewRating.alternateName).toBe(CLAIM_REVIEW_RATINGS[rating].label);
      if (rating === 'unverifiable') expect(review.reviewRating).not.toHaveProperty('ratingValue');
      else expect(review.reviewRating.ratingValue).toBe(CLAIM_REVIEW_RATINGS[rating].value);
    }
    expect(VERDICTS.filter((r) => r !== 'unverifiable').map((r) => CLAIM_REVIEW_RATINGS[r].value)).toEqual([5, 4, 3, 2, 1]);
  });

  it('names an organisation as one, leaves out what is unknown, and skips statements without a verdict', () => {
    const review: any = toClaimReview(exportRow({ verdict: verdict('true'), speakerType: 'organization', speakerName: 'МИД России', speakerQid: null, articleUrl: null, statementDate: null, articlePublished: null }), publisher);
    expect(review.itemReviewed).toEqual({ '@type': 'Claim', author: { '@type': 'Organization', name: 'МИД России' } });
    expect(toClaimReview(exportRow({ verdict: null }), publisher)).toBeNull();
  });

  it('streams a JSON array that parses whole, across batches and when empty', () => {
    const s = new ClaimReviewSerializer(publisher);
    const text = s.start() + s.rows([exportRow({ verdict: verdict('true') }), exportRow()]) + s.rows([exportRow({ verdict: verdict('half-true') })]) + s.end();
    const parsed = JSON.parse(text);
    expect(parsed).toHaveLength(2);
    parsed.forEach(expectRequiredFields);
    const empty = new ClaimReviewSerializer(publisher);
    expect(JSON.parse(empty.start() + empty.rows([]) + empty.end())).toEqual([]);
  });
});
