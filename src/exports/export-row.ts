import type { Verdict } from '../entities/statement.entity';

/** A fact-check verdict as the exports see it (the review feature owns the table). */
export interface ExportVerdict {
  rating: Verdict;
  rationale: string | null;
  reviewer: string | null;
  sources: string[];
  /** ISO timestamp of the verdict. */
  reviewedAt: string;
}

/** One statement with everything an export writes about it, read in one query. */
export interface ExportRow {
  /** Keyset position; not exported. */
  seq: string;
  id: string;
  quote: string;
  type: string;
  cue: string;
  mention: string;
  via: string | null;
  confidence: number;
  /** First day of the period (YYYY-MM-DD), see datePrecision. */
  statementDate: string | null;
  datePrecision: string | null;
  dateSource: string | null;
  reviewStatus: string;
  speakerId: string | null;
  speakerName: string;
  speakerType: string;
  speakerQid: string | null;
  articleId: string;
  articleUrl: string | null;
  articleTitle: string | null;
  /** YYYY-MM-DD. */
  articlePublished: string | null;
  outletId: string | null;
  outletName: string | null;
  outletDomain: string | null;
  verdict: ExportVerdict | null;
  /** ISO 8601 in UTC. */
  createdAt: string;
  updatedAt: string;
}
