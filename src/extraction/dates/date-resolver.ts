// When a statement was made: a time expression in the attribution (outside the quote) resolved against
// the publication date with chrono-node's Russian parser, at the precision the text gives.
import * as chrono from 'chrono-node';
import type { DatePrecision, DateSource } from '../types';

export interface StatementDate {
  date: string | null;
  precision: DatePrecision | null;
  source: DateSource;
}

const VAGUE_RE = /(^|[^\p{L}])(ранее|прежде|до этого|затем|впоследствии|позднее|позже|некогда|в свое время|в своё время|как-то)([^\p{L}]|$)/iu;
const EVE_RE = /(^|[^\p{L}])накануне([^\p{L}]|$)/iu;
/** `на прошлой неделе`, `на этой неделе`: a range, dated by its first day (Monday). */
const WEEK_RE = /(^|[^\p{L}])на\s+(прошлой|минувшей|позапрошлой|этой|текущей|нынешней)\s+неделе([^\p{L}]|$)/iu;
const DAY_MS = 86_400_000;

/** Weekday names in the forms that follow `в/во`: chrono handles them, this only gates what counts. */
const TIME_HINT_RE = /(понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|январ|феврал|март|апрел|ма[ея]\b|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|вчера|позавчера|сегодня|(?:прошл|этом|текущ|нынешн)\S* год|\d{4})/i;

const TIME_HINT_GLOBAL = new RegExp(TIME_HINT_RE.source, 'gi');

/** A parser of chrono's that builds its pattern from the parsing options (`в течение …`). */
interface PatternBuilder {
  innerPattern(context: { option: { forwardDate?: boolean } }): RegExp;
}

/**
 * chrono's casual Russian parser, with the patterns its parsers build per call kept once built:
 * `в течение …` rebuilds and recompiles a long pattern on every parse otherwise, and the pattern
 * depends only on the forwardDate option. Same results, a fraction of the time.
 */
function russianChrono(): chrono.Chrono {
  const configuration = chrono.ru.createCasualConfiguration();
  for (const parser of configuration.parsers as unknown as Partial<PatternBuilder>[]) {
    const build = parser.innerPattern;
    if (typeof build !== 'function') continue;
    const built = new Map<boolean, RegExp>();
    parser.innerPattern = (context) => {
      const key = !!context.option.forwardDate;
      let pattern = built.get(key);
      if (!pattern) built.set(key, (pattern = build.call(parser, context)));
      return pattern;
    };
  }
  return new chrono.Chrono(configuration);
}

const RUSSIAN = russianChrono();

export class DateResolver {
  private readonly ref: Date | null;

  constructor(private readonly publishedAt: string | null) {
    this.ref = publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? new Date(`${publishedAt}T12:00:00Z`) : null;
  }

  publication(): StatementDate {
    return this.publishedAt ? { date: this.publishedAt, precision: 'day', source: 'publication' } : { date: null, precision: null, source: 'none' };
  }

  private readonly cache = new Map<string, StatementDate | null>();

  /** A date stated in `text` (the attribution part of a statement's sentence), or null. */
  fromText(text: string): StatementDate | null {
    if (!text || text.length > 2000) return null;
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const found = this.compute(text);
    this.cache.set(text, found);
    return found;
  }

  private compute(text: string): StatementDate | null {
    if (EVE_RE.test(text) && this.ref) return { date: iso(new Date(this.ref.getTime() - DAY_MS)), precision: 'day', source: 'text' };
    const week = WEEK_RE.exec(text);
    if (week && this.ref && !/\d/.test(text)) return { date: iso(mondayOf(this.ref, weeksBack(week[2]))), precision: 'day', source: 'text' };
    // without a publication date only a year written in the text dates a statement (see parse): no
    // four digits, nothing chrono could find would be kept
    if (TIME_HINT_RE.test(text) && (this.ref || /\d{4}/.test(text))) {
      // chrono's cost grows with the text: parse only the stretch around the time words
      const hints = [...text.matchAll(TIME_HINT_GLOBAL)];
      const from = Math.max(0, (hints[0]?.index ?? 0) - 40);
      const last = hints[hints.length - 1];
      const to = Math.min(text.length, (last?.index ?? 0) + (last?.[0].length ?? 0) + 40);
      let a = from;
      while (a > 0 && /\S/.test(text[a - 1])) a--;
      let b = to;
      while (b < text.length && /\S/.test(text[b])) b++;
      const found = this.parse(text.slice(a, b));
      if (found) return found;
    }
    if (VAGUE_RE.test(text) && this.publishedAt) return { date: this.publishedAt.slice(0, 4), precision: 'year', source: 'text' };
    return null;
  }

  private parse(text: string): StatementDate | null {
    let results: chrono.ParsedResult[];
    try {
      results = RUSSIAN.parse(text, this.ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
    } catch {
      return null;
    }
    // the most explicit expression wins (`на прошлой неделе, выступая 14 января` → 14 January)
    const certainty = (r: chrono.ParsedResult) => ['year', 'month', 'day', 'weekday'].filter((k) => r.start.isCertain(k as chrono.Component)).length + (/\d/.test(r.text) ? 1 : 0);
    results = [...results].sort((a, b) => certainty(b) - certainty(a));
    for (const r of results) {
      // chrono reads month abbreviations inside longer words (`в сенатском` → September): whole words only
      const after = text.charAt(r.index + r.text.replace(/[\s,.;:!?)»]+$/, '').length);
      if (after && /\p{L}/u.test(after)) continue;
      const s = r.start;
      const hasYear = s.isCertain('year');
      const hasMonth = s.isCertain('month');
      const hasDay = s.isCertain('day');
      const hasWeekday = s.isCertain('weekday');
      // without a publication date only a year written in the text dates a statement
      if (!this.ref && !(hasYear && /\d{4}/.test(r.text))) continue;
      // clock times alone (`в 15:00`) say nothing about the day beyond the publication date
      if (!hasYear && !hasMonth && !hasDay && !hasWeekday) continue;
      let d = s.date();
      if (this.ref && !hasYear && d.getTime() > this.ref.getTime() + DAY_MS) {
        // statements are reported after they are made: a date past publication belongs to the last occurrence
        if (hasWeekday && !hasMonth) d = new Date(d.getTime() - 7 * DAY_MS);
        else d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
      }
      const y = d.getUTCFullYear();
      if (y < 1900 || y > 2100) continue;
      if (hasDay || hasWeekday) return { date: iso(d), precision: 'day', source: 'text' };
      if (hasMonth) return { date: iso(d).slice(0, 7), precision: 'month', source: 'text' };
      return { date: String(y), precision: 'year', source: 'text' };
    }
    return null;
  }
}

function weeksBack(word: string): number {
  const w = word.toLowerCase();
  if (w === 'позапрошлой') return 2;
  return w === 'прошлой' || w === 'минувшей' ? 1 : 0;
}

function mondayOf(ref: Date, weeksBack: number): Date {
  const sinceMonday = (ref.getUTCDay() + 6) % 7;
  return new Date(ref.getTime() - (sinceMonday + 7 * weeksBack) * DAY_MS);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
