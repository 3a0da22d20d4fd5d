/**
 * Turns raw input (a text dump with a `date …` header, or an HTML page) into the article body the
 * extractor reads, with its title, publication date, language and source.
 *
 * The body keeps the source's characters: only line endings, non-breaking spaces and control
 * characters are normalised, and boilerplate lines are removed whole. Paragraphs are separated by
 * "\n\n"; a single "\n" inside a paragraph is a soft line wrap. A wire dateline (`МОСКВА, 16 февраля.
 * /ТАСС/.`) is cut off the first paragraph and returned in `dateline`.
 *
 * publishedAt: input.publishedAt, else the `date …` header (`date unknown` → null), else the page's
 * metadata (HTML) or a full date on a time stamp above the headline (text without a header).
 */
import type { ArticleInput, PreparedArticle } from '../types';
import { findBody } from './boilerplate';
import { splitDateline } from './dateline';
import { parseHeader } from './header';
import { extractHtml } from './html';
import { guessLanguage } from './language';
import { normalizeText, toIsoDay } from './normalize';

export interface PreparedDocument extends PreparedArticle {
  /** The wire dateline removed from the start of the body (`МОСКВА, 16 февраля. /ТАСС/.`), if any. */
  dateline?: string | null;
}

const EMPTY: PreparedDocument = { body: '', title: null, publishedAt: null, language: 'und', source: null, dateline: null };

/** Never throws: on any failure it returns what it has, at worst an empty body. */
export function prepareArticle(input: ArticleInput): PreparedDocument {
  try {
    return prepare(input ?? {});
  } catch {
    return { ...EMPTY, publishedAt: toIsoDay(input?.publishedAt ?? null), title: cleanTitle(input?.title) };
  }
}

/** Text that is in fact an HTML page (a dump of the page source), after its header. */
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype\s+html|html|head|body|article|main|div|p)[\s>]/i;

interface Extracted {
  paragraphs: string[];
  title: string | null;
  date: string | null;
  source: string | null;
}

function prepare(input: ArticleInput): PreparedDocument {
  const givenTitle = cleanTitle(input.title);
  const givenDate = toIsoDay(input.publishedAt ?? null);
  const hasText = typeof input.text === 'string' && input.text.trim() !== '';
  const hasHtml = typeof input.html === 'string' && input.html.trim() !== '';

  let found: Extracted;
  if (hasHtml && !hasText) found = fromHtml(input.html!, givenTitle);
  else {
    const header = parseHeader(normalizeText(hasText ? input.text! : ''));
    if (LOOKS_LIKE_HTML.test(header.rest.slice(0, 200))) {
      const page = fromHtml(header.rest, givenTitle);
      found = { ...page, date: header.hasHeader ? header.date : page.date, source: header.source };
    } else {
      const body = findBody(header.rest, { knownTitle: givenTitle });
      // `date unknown` means unknown: a stamp on the page is read only when there is no header at all.
      found = { paragraphs: body.paragraphs, title: body.title, date: header.hasHeader ? header.date : body.stampDate, source: header.source };
    }
  }
  const { paragraphs } = found;

  const dateline = removeDateline(paragraphs);
  const body = paragraphs.join('\n\n');
  const title = givenTitle ?? found.title;
  return {
    body,
    title,
    publishedAt: givenDate ?? found.date,
    language: guessLanguage(body || title || ''),
    source: found.source,
    dateline,
  };
}

/** Paragraphs at the top of extracted HTML text that repeat the headline. */
const TITLE_ZONE = 3;

function fromHtml(html: string, givenTitle: string | null): Extracted {
  const page = extractHtml(html);
  const titles = new Set([givenTitle, ...page.titles].filter((t): t is string => !!t));
  const text = normalizeText(page.text)
    .split('\n\n')
    .filter((paragraph, i) => i >= TITLE_ZONE || !titles.has(paragraph.replace(/\s+/g, ' ').trim()))
    .join('\n\n');
  const body = findBody(text, { knownTitle: givenTitle ?? page.title, hasPreamble: !page.fromReadability });
  return { paragraphs: body.paragraphs, title: page.title ?? body.title, date: page.publishedAt ?? body.stampDate, source: null };
}

/**
 * Cuts a wire dateline off the first body paragraph, or the second one when a lead comes first
 * (dropping the paragraph if the dateline was all of it).
 */
function removeDateline(paragraphs: string[]): string | null {
  for (let i = 0; i < Math.min(2, paragraphs.length); i++) {
    const { dateline, text } = splitDateline(paragraphs[i]);
    if (dateline === null) continue;
    if (text.trim()) paragraphs[i] = text;
    else paragraphs.splice(i, 1);
    return dateline;
  }
  return null;
}

function cleanTitle(title: string | null | undefined): string | null {
  if (typeof title !== 'string') return null;
  const clean = normalizeText(title.slice(0, 1000)).replace(/\s+/g, ' ').trim();
  return clean || null;
}
