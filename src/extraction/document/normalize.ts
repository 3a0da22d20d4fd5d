/**
 * Character-level clean-up shared by every input path. It only normalises what carries no meaning
 * for the extractor (line endings, non-breaking spaces, control characters), so that offsets into the
 * body still point at the source's own characters.
 */

/** Inputs beyond this many UTF-16 units are truncated: news articles are far shorter, and it bounds time. */
export const MAX_TEXT_CHARS = 2_000_000;

// One pass over the text, one character class (faster than alternatives): CR and Unicode line
// separators → \n (CRLF → \n); tabs, NBSP and other fixed-width spaces → a space; C0/C1 controls
// (but \n), DEL, the BOM, the object replacement character and the invisible format characters that
// pages put inside words (soft hyphen, zero-width space and joiners, direction marks) → nothing.
const TO_NORMALISE =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00A0\u00AD\u2007\u200B-\u200F\u2028\u2029\u202F\u2060-\u2064\uFEFF\uFFFC]/g;

function replacement(match: string, offset: number, text: string): string {
  const c = match.charCodeAt(0);
  if (c === 0x0d) return text.charCodeAt(offset + 1) === 0x0a ? '' : '\n';
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return '\n';
  if (c === 0x09 || c === 0xa0 || c === 0x2007 || c === 0x202f) return ' ';
  return '';
}

/** Truncates to `max` UTF-16 units without leaving half of a surrogate pair at the end. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** Line endings to \n, NBSP and tabs to a space, control and invisible format characters dropped. */
export function normalizeText(raw: string): string {
  return capLength(raw, MAX_TEXT_CHARS).replace(TO_NORMALISE, replacement);
}

/** YYYY-MM-DD from a date or ISO timestamp string when it names a real calendar day, else null. */
export function toIsoDay(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}
