/**
 * Wire-service datelines that open the first paragraph: `МОСКВА, 16 февраля. /ТАСС/.`,
 * `Москва. 22 января. INTERFAX.RU -`, `ВАШИНГТОН, 5 марта (Рейтер) -`, `МОСКВА, 20 ноя — РИА Новости.`
 * They are cut off the body (and returned apart) so the first sentence starts at its own first word
 * and an indirect quote there (`Россия готова…, заявил министр`) is clean.
 */

// Place: one to four words in capitals or title case; date: day and month name, optional year.
const PLACE = String.raw`\p{Lu}[\p{L}\-]{1,30}(?: \p{L}[\p{L}\-]{0,30}){0,3}`;
const DATE = String.raw`\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4}(?:\s*г\.)?)?`;
const AGENCY_SLASHED = String.raw`\.?\s*\/[^\/\n]{2,40}\/\.?\s*(?:[—–-]\s+)?`; // /ТАСС/.
const AGENCY_BRACKETED = String.raw`\.?\s*\([^()\n]{2,40}\)\.?\s*(?:[—–-]\s+)?`; // (Рейтер) -
const AGENCY_DASHED = String.raw`\s*[—–-]\s*\p{Lu}[^.\n]{1,40}\.\s+`; // — РИА Новости.
const AGENCY_CAPS = String.raw`\.\s*\p{Lu}[\p{L}.\-]{2,30}\s*[—–-]\s+`; // . INTERFAX.RU -, . Интерфакс-Украина -

const DATELINE = new RegExp(
  `^${PLACE}[,.]\\s+${DATE}(?:${AGENCY_SLASHED}|${AGENCY_BRACKETED}|${AGENCY_DASHED}|${AGENCY_CAPS})`,
  'u',
);

/** Splits a wire dateline off the start of a paragraph; `dateline` is null when there is none. */
export function splitDateline(paragraph: string): { dateline: string | null; text: string } {
  if (paragraph.length < 12) return { dateline: null, text: paragraph };
  const match = DATELINE.exec(paragraph.slice(0, 200));
  if (!match) return { dateline: null, text: paragraph };
  return { dateline: match[0].trim(), text: paragraph.slice(match[0].length) };
}
