import { toDisplayDate } from '../common/statement-date';
import type { ExportRow, ExportVerdict } from './export-row';
import type { Verdict } from '../entities/statement.entity';

/** The organisation that publishes the reviews (PUBLISHER_NAME, PUBLIC_URL). */
export interface ClaimReviewPublisher {
  name: string;
  url: string;
}

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/**
 * The verdict scale on schema.org's 1–5 Rating. `unverifiable` has no place on a truth scale, so it
 * gets no ratingValue: its alternateName alone says what the review found.
 */
export const CLAIM_REVIEW_RATINGS: Record<Verdict, { value: number | null; label: string }> = {
  true: { value: 5, label: 'Правда' },
  'mostly-true': { value: 4, label: 'В основном правда' },
  'half-true': { value: 3, label: 'Полуправда' },
  misleading: { value: 2, label: 'Вводит в заблуждение' },
  false: { value: 1, label: 'Ложь' },
  unverifiable: { value: null, label: 'Невозможно проверить' },
};

/** schema.org ClaimReview (JSON-LD) of a statement with a verdict; null for one without. */
export function toClaimReview(row: ExportRow, publisher: ClaimReviewPublisher): Record<string, unknown> | null {
  const verdict = row.verdict;
  if (!verdict) return null;
  const base = publisher.url.replace(/\/+$/, '');
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${base}/statements/${row.id}`,
    claimReviewed: row.quote,
    datePublished: verdict.reviewedAt.slice(0, 10),
    inLanguage: 'ru',
    author: { '@type': 'Organization', name: publisher.name, url: base },
    reviewRating: toRating(verdict),
    itemReviewed: toClaim(row),
  };
  if (verdict.rationale) review.reviewBody = verdict.rationale;
  return review;
}

function toRating(verdict: ExportVerdict): Record<string, unknown> {
  const scale = CLAIM_REVIEW_RATINGS[verdict.rating] ?? { value: null, label: verdict.rating };
  const rating: Record<string, unknown> = { '@type': 'Rating', bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: scale.label };
  if (scale.value !== null) rating.ratingValue = scale.value;
  return rating;
}

function toClaim(row: ExportRow): Record<string, unknown> {
  const author: Record<string, unknown> = { '@type': row.speakerType === 'organization' ? 'Organization' : 'Person', name: row.speakerName };
  if (row.speakerQid) author.sameAs = `https://www.wikidata.org/wiki/${row.speakerQid}`;
  const claim: Record<string, unknown> = { '@type': 'Claim', author };
  const said = toDisplayDate(row.statementDate, row.datePrecision) ?? row.articlePublished;
  if (said) claim.datePublished = said;
  if (row.articleUrl) {
    const appearance: Record<string, unknown> = { '@type': 'CreativeWork', url: row.articleUrl };
    if (row.articleTitle) appearance.headline = row.articleTitle;
    if (row.articlePublished) appearance.datePublished = row.articlePublished;
    if (row.outletName) appearance.publisher = { '@type': 'Organization', name: row.outletName };
    claim.appearance = appearance;
  }
  return claim;
}
