// When a statement was made, tried in order: a time in its own attribution, in the sentence it reports
// (`Об этом сообщил X`), in the next sentence about the same report, the previous statement of the same
// speaker, an earlier sentence of the paragraph, the sentence before an anaphoric `тогда же`; else the
// publication date.
import type { ArticleContext, Candidate } from '../constructions/context';
import type { ExtractedStatement } from '../types';
import type { DateResolver, StatementDate } from './date-resolver';

export interface DatingContext {
  ctx: ArticleContext;
  dates: DateResolver;
  /** The statements kept, by sentence unit. */
  byUnit: Map<number, Candidate[]>;
  /** The article has a publication date (without one, only a year stated in the text dates). */
  published: boolean;
}

export interface PreviousStatement {
  statement: ExtractedStatement;
  unit: number;
  paragraph: number;
}

export function statementDate(d: DatingContext, c: Candidate, speaker: string, previous: PreviousStatement | null): StatementDate {
  return attributionDate(d, c) ?? contentDate(d, c) ?? followingReportDate(d, c) ?? previousStatementDate(d, c, speaker, previous) ?? earlierSentenceDate(d, c) ?? anaphoricDate(d, c) ?? d.dates.publication();
}

/** A time in the statement's own sentence, outside the content of any statement. */
function attributionDate({ ctx, dates, byUnit }: DatingContext, c: Candidate): StatementDate | null {
  for (const r of subtractContents(c.attribution, nearby(byUnit, c.unit))) {
    const date = dates.fromText(ctx.body.slice(r.start, r.end));
    if (date) return date;
  }
  return null;
}

/** `Об этом сообщил X`: the reported sentence's own time (`27 марта было объявлено …`). */
function contentDate({ ctx, dates }: DatingContext, c: Candidate): StatementDate | null {
  return c.datedByContent ? dates.fromText(ctx.body.slice(c.parts[0].start, c.parts[0].end)) : null;
}

/**
 * The time of the report carries over within its paragraph: the previous statement's own date, when
 * the same speaker made it a sentence or two before.
 */
function previousStatementDate({ ctx }: DatingContext, c: Candidate, speaker: string, previous: PreviousStatement | null): StatementDate | null {
  if (!previous || previous.statement.speaker.name !== speaker) return null;
  const paragraph = ctx.units[c.unit]?.paragraph ?? 0;
  if (paragraph - previous.paragraph > 1 || c.unit - previous.unit > 2) return null;
  if (previous.statement.dateSource === 'publication' || previous.statement.dateSource === 'none') return null;
  return { date: previous.statement.date, precision: previous.statement.datePrecision, source: 'context' };
}

/**
 * A date stated in an earlier sentence (`Накануне губернатор провел совещание. … он написал`); without a
 * publication date a neighbouring sentence's year is too often another event's: no carry.
 */
function earlierSentenceDate(d: DatingContext, c: Candidate): StatementDate | null {
  return d.published ? paragraphDate(d, c, 6) : null;
}

const ANAPHORIC_TIME_RE = /(^|[^\p{L}])(тогда же|тогда|в тот же день|в тот день|в то же время|в то время|в этот же день|в этот день)([^\p{L}]|$)/iu;

/** `Тогда же Клинсман заявил …`: the time of the sentence before, also where the header gives no date. */
function anaphoricDate(d: DatingContext, c: Candidate): StatementDate | null {
  return c.attribution.some((r) => ANAPHORIC_TIME_RE.test(d.ctx.body.slice(r.start, r.end))) ? paragraphDate(d, c, 2, true) : null;
}

/** The next sentence speaks of the report itself: `Об этом он написал во вторник`, `Это заявление она сделала …`. */
const REPORT_REFERENCE_RE = /(^|[^\p{L}])(об этом|обо всем этом|это заявление|эти слова|это сообщение|такое заявление|такие слова|эти данные)([^\p{L}]|$)/iu;

/** The time stated in the following sentence of the same paragraph when that sentence refers to this report. */
function followingReportDate({ ctx, dates, byUnit }: DatingContext, c: Candidate): StatementDate | null {
  const next = ctx.units[c.unit + 1];
  if (!next || next.paragraph !== ctx.units[c.unit].paragraph) return null;
  // only when the statement's content ends in its own sentence: a content running on is its own report
  if (c.parts[c.parts.length - 1].end > next.start) return null;
  const outside = subtractContents([{ start: next.start, end: next.end }], nearby(byUnit, c.unit + 1).filter((o) => o.unit !== c.unit + 1 || o.type !== 'indirect' || o.parts[0].start >= next.start));
  if (!outside.length || !REPORT_REFERENCE_RE.test(ctx.body.slice(next.start, next.end))) return null;
  for (const r of outside) {
    const d = dates.fromText(ctx.body.slice(r.start, r.end));
    if (d && d.precision !== 'year') return { ...d, source: 'context' };
  }
  return null;
}

/** The latest date stated outside any quote in an earlier sentence of the candidate's paragraph. */
function paragraphDate({ ctx, dates, byUnit }: DatingContext, c: Candidate, back: number, previousParagraph = false): StatementDate | null {
  const paragraph = ctx.units[c.unit]?.paragraph;
  // a few sentences back at most: the time of a report does not carry through a long paragraph
  for (let u = c.unit - 1; u >= 0 && u >= c.unit - back && paragraph - ctx.units[u].paragraph <= (previousParagraph ? 1 : 0); u--) {
    const unit = ctx.units[u];
    for (const r of subtractContents([{ start: unit.start, end: unit.end }], nearby(byUnit, u)).reverse()) {
      const d = dates.fromText(ctx.body.slice(r.start, r.end));
      // a vague `позже`, `ранее` in another sentence says nothing about this statement
      if (d && d.precision !== 'year') return { ...d, source: 'context' };
    }
  }
  return null;
}

/** Candidates whose content may overlap unit `u` (a content may run from the previous unit). */
function nearby(byUnit: Map<number, Candidate[]>, u: number): Candidate[] {
  return [...(byUnit.get(u - 1) ?? []), ...(byUnit.get(u) ?? []), ...(byUnit.get(u + 1) ?? [])];
}

/** Attribution ranges without the content of any statement: a time inside a quote dates its content. */
function subtractContents(ranges: { start: number; end: number }[], candidates: Candidate[]): { start: number; end: number }[] {
  let out = ranges.slice();
  for (const c of candidates) {
    for (const p of c.parts) {
      const next: { start: number; end: number }[] = [];
      for (const r of out) {
        if (p.end <= r.start || p.start >= r.end) next.push(r);
        else {
          if (p.start > r.start) next.push({ start: r.start, end: p.start });
          if (p.end < r.end) next.push({ start: p.end, end: r.end });
        }
      }
      out = next;
    }
  }
  return out;
}
