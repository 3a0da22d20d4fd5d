import { toDisplayDate } from '../common/statement-date';
import { Statement } from '../entities/statement.entity';

/** A statement as the API shows it. */
export interface StatementView {
  id: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  type: string;
  cue: string;
  mention: string;
  mentionStart: number | null;
  mentionEnd: number | null;
  speaker: { id: string | null; name: string; type: string; linkRule: string | null; linkConfidence: number | null };
  via: string | null;
  date: string | null;
  datePrecision: string | null;
  dateSource: string | null;
  confidence: number;
  reviewStatus: string;
  /** Latest fact-check verdict, null until one is given. */
  verdict: string | null;
  /** API key id of the editor the statement is assigned to. */
  assigneeKeyId: string | null;
  /** The claim grouping this statement with its appearances elsewhere (GET /claims/:id). */
  claimId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toStatementView(s: Statement): StatementView {
  return {
    id: s.id,
    articleId: s.articleId,
    quote: s.quote,
    start: s.startOffset,
    end: s.endOffset,
    type: s.type,
    cue: s.cue,
    mention: s.mention,
    mentionStart: s.mentionStart ?? null,
    mentionEnd: s.mentionEnd ?? null,
    speaker: {
      id: s.speakerId,
      name: s.speaker?.canonicalName ?? s.speakerName,
      type: s.speaker?.type ?? s.speakerType,
      linkRule: s.linkRule,
      linkConfidence: s.linkConfidence,
    },
    via: s.via,
    date: toDisplayDate(s.statementDate, s.datePrecision),
    datePrecision: s.datePrecision,
    dateSource: s.dateSource,
    confidence: s.confidence,
    reviewStatus: s.reviewStatus,
    verdict: s.verdict ?? null,
    assigneeKeyId: s.assigneeKeyId ?? null,
    claimId: s.claimId ?? null,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}
