/**
 * Finds the article body among the lines of a scraped page. A page is read as three zones: the
 * preamble (menus, rubric, time stamps, the headline, bylines, the lead photo's caption), the body
 * (running text), and the end matter (related stories, tags, author, person cards, share buttons).
 * The body starts at the first line of running text and ends at the last one; inside it, captions,
 * related-story blocks and page chrome are dropped line by line.
 */
import {
  endsLikeSentence,
  hasStamp,
  hasInlineCredit,
  inlineCreditStart,
  isTextBeforeCredit,
  isBirthLine,
  isCreditLine,
  isHeadlineLike,
  isInlineRelated,
  isMetaLine,
  isNameLine,
  isNavigation,
  isPageChrome,
  isProse,
  isRelatedMarker,
  labelLine,
  wordCount,
} from './line-kinds';
import { stampDate } from './stamp-date';

export interface BodyLines {
  /** Body paragraphs in order, each one trimmed line (soft-wrapped lines joined by "\n"). */
  paragraphs: string[];
  /** The page's own headline when the preamble has one. */
  title: string | null;
  /** A full date (YYYY-MM-DD) from a time stamp in the preamble, for pages without a date header. */
  stampDate: string | null;
}

const DASH_START = /^[—–-]\s/;

interface Line {
  text: string;
  /** A blank line separates this line from the previous non-blank one. */
  afterBlank: boolean;
  /** isChrome(text), computed on first use: each line is asked several times. */
  chrome?: boolean;
}

/** A preamble line this short followed by a time stamp is a rubric, not a headline. */
const SHORT_TITLE_WORDS = 3;
/** A line this long is text even when it does not end like a sentence. */
const LONG_LINE = 250;

export function findBody(text: string, options: { knownTitle?: string | null; hasPreamble?: boolean } = {}): BodyLines {
  const lines = toLines(text);
  const drop = new Array<boolean>(lines.length).fill(false);
  const knownTitle = options.knownTitle?.trim() || null;

  // Zone limits: first and last lines of running text.
  const start = options.hasPreamble === false ? 0 : findBodyStart(lines);
  const end = findBodyEnd(lines, start);
  for (let i = 0; i < lines.length; i++) if (i < start || i > end) drop[i] = true;

  const titleAt = knownTitle !== null ? lines.findIndex((line) => line.text === knownTitle) : findTitle(lines, start);
  const title = knownTitle ?? (titleAt >= 0 ? lines[titleAt].text : null);
  // A lead printed under the headline is body (a headline-like line ending without a full stop).
  const leadAt = titleAt >= 0 && titleAt < start ? findLead(lines, titleAt + 1, start) : -1;
  if (leadAt >= 0) drop[leadAt] = false;
  markBoilerplate(lines, drop, leadAt >= 0 ? leadAt : start, end, title);

  return { paragraphs: lines.filter((_, i) => !drop[i]).map((line) => line.text), title, stampDate: findStampDate(lines, start) };
}

/**
 * Non-blank lines, trimmed. A line that continues the previous one's sentence (a hard-wrapped text:
 * a long line of text without a sentence end above, a lower-case start below, no blank line between)
 * is joined to it with "\n", so that classification sees whole paragraphs.
 */
function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = false;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (!trimmed) {
      afterBlank = true;
      continue;
    }
    const previous = lines.length ? lines[lines.length - 1] : null;
    if (previous && !afterBlank && continuesSentence(previous.text, trimmed)) previous.text += '\n' + trimmed;
    else lines.push({ text: trimmed, afterBlank: afterBlank && lines.length > 0 });
    afterBlank = false;
  }
  return lines;
}

function continuesSentence(previous: string, next: string): boolean {
  return (
    /^[\p{Ll},;:)»]/u.test(next) &&
    previous.length >= 30 &&
    wordCount(previous) >= 4 &&
    !endsLikeSentence(previous) &&
    !isChrome(previous)
  );
}

/** Lines that are surely not running text even when they end with a full stop. */
function isChrome(text: string): boolean {
  return (
    isNavigation(text) ||
    isMetaLine(text) ||
    isCreditLine(text) ||
    hasInlineCredit(text) ||
    isPageChrome(text) ||
    isRelatedMarker(text) ||
    isInlineRelated(text) ||
    labelLine(text) !== null ||
    isBirthLine(text)
  );
}

function chromeOf(line: Line): boolean {
  line.chrome ??= isChrome(line.text);
  return line.chrome;
}

function isBodyText(line: Line): boolean {
  if (chromeOf(line)) return false;
  if (isProse(line.text) || line.text.length > LONG_LINE) return true;
  const creditAt = inlineCreditStart(line.text);
  return creditAt >= 0 && isTextBeforeCredit(line.text, creditAt);
}

/** A headline may end with `?` or `!`; a line this short ending so, before the first paragraph, is taken for one. */
const MAX_QUESTION_HEADLINE = 150;

function findBodyStart(lines: Line[]): number {
  let headlineSkipped = false;
  for (let i = 0; i < lines.length; i++) {
    if (!isBodyText(lines[i])) continue;
    // A caption ends with no full stop, but one that does is still followed by its credit.
    if (i + 1 < lines.length && isCreditLine(lines[i + 1].text)) continue;
    // `Кто заменит главу ЦБ?` above the text is the headline (only one line is taken so).
    if (!headlineSkipped && isQuestionHeadline(lines[i].text) && lines.slice(i + 1).some(isBodyText)) {
      headlineSkipped = true;
      continue;
    }
    return i;
  }
  return 0;
}

function isQuestionHeadline(text: string): boolean {
  return text.length <= MAX_QUESTION_HEADLINE && /[?!][»"”)]*$/.test(text) && !DASH_START.test(text);
}

function findBodyEnd(lines: Line[], start: number): number {
  for (let i = lines.length - 1; i >= start; i--) {
    // A short closing sentence (`Рост замедлился.`) still ends the body; end matter never ends like one.
    const text = lines[i].text;
    if (isBodyText(lines[i]) || (endsLikeSentence(text) && wordCount(text) >= 2 && !chromeOf(lines[i]))) return i;
  }
  return lines.length - 1;
}

/**
 * Whether a preamble line may be a headline or lead: not chrome, a byline, a rubric or a stamp, and
 * (unless `allowCaption`) not a caption, i.e. not right above a photo credit.
 */
function isHeadlineCandidate(lines: Line[], i: number, allowCaption = false): boolean {
  const text = lines[i].text;
  if (chromeOf(lines[i]) || isNameLine(text) || hasStamp(text)) return false;
  const next = i + 1 < lines.length ? lines[i + 1].text : '';
  if (!allowCaption && isCreditLine(next)) return false;
  const words = wordCount(text);
  // A rubric (`Экономика и бизнес`, `В мире`) is short and sits right above the time stamp.
  if (words <= SHORT_TITLE_WORDS && (isMetaLine(next) || hasStamp(next))) return false;
  return words >= 2 && text.length >= 12;
}

/**
 * Index of the first headline-like line of the preamble, or -1. A line above a photo credit is a
 * caption, unless nothing else could be the headline (pages printing the lead photo's credit right
 * under the headline).
 */
function findTitle(lines: Line[], start: number): number {
  for (let i = 0; i < start; i++) if (isHeadlineCandidate(lines, i)) return i;
  for (let i = 0; i < start; i++) if (isHeadlineCandidate(lines, i, true)) return i;
  return -1;
}

/** The first full date printed on a stamp line of the preamble (`08.07.2025 12:18`). */
function findStampDate(lines: Line[], start: number): string | null {
  for (let i = 0; i < start; i++) {
    const text = lines[i].text;
    if (!isMetaLine(text) && !hasStamp(text)) continue;
    const date = stampDate(text);
    if (date) return date;
  }
  return null;
}

/** Index of the lead: the next headline candidate after the title, before the body; or -1. */
function findLead(lines: Line[], from: number, start: number): number {
  for (let i = from; i < start; i++) if (isHeadlineCandidate(lines, i)) return i;
  return -1;
}

function markBoilerplate(lines: Line[], drop: boolean[], start: number, end: number, title: string | null): void {
  for (let i = start; i <= end; i++) {
    if (drop[i]) continue;
    const text = lines[i].text;

    if (title !== null && text === title) {
      drop[i] = true;
      continue;
    }
    // A credit glued to the end of a paragraph of text goes, the paragraph stays.
    const creditAt = inlineCreditStart(text);
    if (creditAt >= 0 && isTextBeforeCredit(text, creditAt)) {
      lines[i].text = text.slice(0, creditAt).trimEnd();
      continue;
    }
    // Every rule below removes some kind of chrome.
    if (!chromeOf(lines[i])) continue;
    if (isCreditLine(text)) {
      drop[i] = true;
      // The caption sits on the line right above its credit.
      const above = i - 1;
      if (above >= start && !lines[i].afterBlank && !isProse(lines[above].text) && lines[above].text.length <= 400) {
        drop[above] = true;
      } else if (i + 1 <= end && !lines[i + 1].afterBlank && !isProse(lines[i + 1].text) && lines[i + 1].text.length <= 300) {
        drop[++i] = true; // some sites print the caption under its credit
      }
    } else if (hasInlineCredit(text) || isInlineRelated(text) || isPageChrome(text) || isNavigation(text) || isMetaLine(text)) {
      drop[i] = true;
    } else if (isRelatedMarker(text)) {
      drop[i] = true;
      i = dropRelatedLinks(lines, drop, i + 1, end);
    } else if (labelLine(text)) {
      const label = labelLine(text)!;
      drop[i] = true;
      if (label.kind === 'persons') i = dropWhile(lines, drop, i + 1, end, (line) => !isProse(line));
      else if (label.bare && i + 1 <= end && !isProse(lines[i + 1].text)) drop[++i] = true;
    } else if (isBirthLine(text)) {
      // A person card: name, job and birth lines stacked without blank lines.
      drop[i] = true;
      for (let j = i - 1, k = 0; j >= start && k < 3 && !lines[j + 1].afterBlank; j--, k++) {
        if (isProse(lines[j].text) || lines[j].text.length > 160) break;
        drop[j] = true;
      }
    }
  }
  dropHeadlineRuns(lines, drop, start, end);
}

/** Longest line taken for a related-story headline. */
const MAX_LINK_LINE = 200;

/**
 * Drops the links under a related-stories marker; returns the index of the last one dropped. Where
 * the page separates paragraphs with blank lines, the block is the run of short lines right under the
 * marker, questions and two-sentence headlines included. Elsewhere (no blank lines at all, or after a
 * blank line) the links run up to the next line of running text.
 */
function dropRelatedLinks(lines: Line[], drop: boolean[], from: number, end: number): number {
  const blankSeparated = lines.some((line) => line.afterBlank);
  let i = from;
  if (blankSeparated) {
    const opensRun = (line: Line) => !line.afterBlank || !isProse(line.text); // a blank line may follow the marker
    while (i <= end && (i === from ? opensRun(lines[i]) : !lines[i].afterBlank) && lines[i].text.length <= MAX_LINK_LINE) drop[i++] = true;
  }
  return dropWhile(lines, drop, i, end, (line) => !isProse(line));
}

/** Drops lines from `from` while `test` holds for them; returns the index of the last one dropped. */
function dropWhile(lines: Line[], drop: boolean[], from: number, end: number, test: (line: string) => boolean): number {
  let i = from;
  while (i <= end && test(lines[i].text)) drop[i++] = true;
  return i - 1;
}

/**
 * Three or more headline-like lines in a row with no blank line between them are a block of links
 * to other stories (a subheading stands alone, followed by text).
 */
function dropHeadlineRuns(lines: Line[], drop: boolean[], start: number, end: number): void {
  const candidate = (i: number) => !drop[i] && isHeadlineLike(lines[i].text) && wordCount(lines[i].text) >= 3;
  let i = start;
  while (i <= end) {
    if (!candidate(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j <= end && candidate(j) && !lines[j].afterBlank) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) drop[k] = true;
    i = j;
  }
}
