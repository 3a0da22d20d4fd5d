/**
 * The publication date printed in a page's time stamp (`08.07.2025 12:18`, `5 октября 2023, 12:31`,
 * `2025-07-08`), for text without a `date …` header. Only full dates with a year count: a stamp
 * like `20 ноя, 15:42` does not say which year.
 */
import { toIsoDay } from './normalize';

const MONTHS: Record<string, number> = {
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

const NUMERIC = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const WORDED = /(?<!\d)(\d{1,2})\s+([а-яё]{3,8})\.?,?\s+(\d{4})(?!\d)/i;

export function stampDate(line: string): string | null {
  if (line.length > 120) return null;
  const iso = ISO.exec(line);
  if (iso) return toIsoDay(iso[0]);
  const numeric = NUMERIC.exec(line);
  if (numeric) return day(numeric[3], Number(numeric[2]), numeric[1]);
  const worded = WORDED.exec(line);
  if (worded) {
    const month = MONTHS[worded[2].toLowerCase().slice(0, 3)];
    if (month) return day(worded[3], month, worded[1]);
  }
  return null;
}

function day(year: string, month: number, dayOfMonth: string): string | null {
  return toIsoDay(`${year}-${String(month).padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`);
}
