/**
 * HTML input: the main content is found with @mozilla/readability over a linkedom document (linkedom's
 * CommonJS build loads fine under ts-node and ts-jest, so no DOM emulation heavier than it is needed).
 * The content's block elements become paragraphs separated by blank lines; the publication date comes
 * from the page's metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { capLength, toIsoDay } from './normalize';

/** Pages beyond this are truncated before parsing: DOM building is the costly step. */
export const MAX_HTML_CHARS = 1_500_000;
/** Readability gives up (throws) on documents with more elements; the plain walk takes over. */
const MAX_READABILITY_ELEMENTS = 20_000;

export interface HtmlContent {
  /** Paragraph texts joined with blank lines. */
  text: string;
  title: string | null;
  /** Every form of the headline the page gives (readability's, <h1>, og:title, <title>), to drop from the text. */
  titles: string[];
  publishedAt: string | null;
  /** True when readability found the article; false when the whole page's text was taken. */
  fromReadability: boolean;
}

// linkedom and readability are typed against the DOM lib, which this project does not load.
/* eslint-disable @typescript-eslint/no-explicit-any */
type DomNode = any;

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'HEADER', 'FOOTER', 'ADDRESS', 'CENTER',
]);
/** Never article text: scripts, embedded media, captions and page furniture. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'FIGCAPTION',
  'NAV', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'HEAD', 'TITLE',
]);

export function extractHtml(rawHtml: string): HtmlContent {
  const html = stripScripts(capLength(rawHtml, MAX_HTML_CHARS));
  const { document } = parseHTML(wrap(html));
  const metaDate = findMetaDate(document);
  const titles = findTitles(document);
  const fallbackTitle = titles[0] ?? null;

  let article: { title?: string | null; content?: DomNode; publishedTime?: string | null } | null = null;
  // Readability would walk and then reject a document this big; skip it and keep the one parse.
  const tooBig = countElements(document) > MAX_READABILITY_ELEMENTS;
  try {
    if (!tooBig) {
      const reader = new Readability<DomNode>(document as DomNode, {
        maxElemsToParse: MAX_READABILITY_ELEMENTS,
        serializer: (node: DomNode) => node,
      });
      article = reader.parse();
    }
  } catch {
    article = null; // a document readability cannot walk
  }

  if (article?.content) {
    const title = clean(article.title);
    return {
      text: blockTexts(article.content).join('\n\n'),
      // Readability's title may keep the site's name (`Заголовок | Сайт`); the <h1> does not.
      title: title && !(fallbackTitle && title.startsWith(fallbackTitle)) ? title : fallbackTitle,
      titles: title ? [title, ...titles] : titles,
      publishedAt: metaDate ?? toIsoDay(article.publishedTime ?? null),
      fromReadability: true,
    };
  }
  // Readability changes the document as it goes; after a failed run, parse again for the plain walk.
  const fresh = tooBig ? document : parseHTML(wrap(html)).document;
  const root = fresh.body ?? fresh.documentElement;
  return {
    text: root ? blockTexts(root).join('\n\n') : '',
    title: fallbackTitle,
    titles,
    publishedAt: metaDate,
    fromReadability: false,
  };
}

const SCRIPT_LIKE = /<(script|style|noscript|template|svg|nav|aside|footer|iframe|select)\b|<!--/gi;
/** Containers of page furniture: cut only when closed, so a stray open tag cannot swallow the article. */
// Not <form>: some sites wrap the whole page in one.
const FURNITURE = new Set(['nav', 'aside', 'footer', 'iframe', 'select']);

/**
 * Cuts scripts, styles, inline SVG, comments and page furniture (menus, sidebars, footers, frames)
 * out before parsing: on real pages they are most of the bytes and none of the text, and a smaller
 * DOM makes linkedom and readability several times faster. JSON-LD scripts stay (they carry the
 * publication date). A linear scan, so unclosed tags cannot make it quadratic.
 */
export function stripScripts(html: string): string {
  let out = '';
  let copied = 0;
  SCRIPT_LIKE.lastIndex = 0;
  for (let match = SCRIPT_LIKE.exec(html); match; match = SCRIPT_LIKE.exec(html)) {
    const start = match.index;
    let end: number;
    if (match[0] === '<!--') {
      const close = html.indexOf('-->', start + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      const tag = match[1].toLowerCase();
      const openEnd = html.indexOf('>', start);
      const close = findClosingTag(html, tag, openEnd < 0 ? start : openEnd);
      const keep = (tag === 'script' && openEnd > 0 && /ld\+json/i.test(html.slice(start, openEnd))) || (close < 0 && FURNITURE.has(tag));
      if (keep) {
        SCRIPT_LIKE.lastIndex = close < 0 ? start + 1 : close + 2;
        continue;
      }
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      end = closeEnd < 0 ? html.length : closeEnd + 1;
    }
    out += html.slice(copied, start);
    copied = end;
    SCRIPT_LIKE.lastIndex = end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

const CLOSING_TAGS: Record<string, RegExp> = {};

/** Index of `</tag` (any case) at or after `from`, or -1. */
function findClosingTag(html: string, tag: string, from: number): number {
  const re = (CLOSING_TAGS[tag] ??= new RegExp(`</${tag}`, 'gi'));
  re.lastIndex = from;
  const match = re.exec(html);
  return match ? match.index : -1;
}

/** linkedom needs a whole document; a fragment gets a body around it. */
function wrap(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

/**
 * Element count, for the readability size limit. linkedom's getElementsByTagName('*') returns
 * nothing, which also disables readability's own maxElemsToParse check, so count with a selector.
 */
function countElements(document: DomNode): number {
  try {
    return document.querySelectorAll('*').length;
  } catch {
    return Infinity;
  }
}

function clean(value: string | null | undefined): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Texts of the innermost block elements, in document order. Inline runs directly inside a block that
 * also has block children (text next to a <p>) form a paragraph of their own. <br> breaks a line.
 */
function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[ \t\r\f\v\u00A0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (text) out.push(text);
    current = '';
  };
  // Iterative walk: deeply nested garbage must not overflow the stack.
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: root, exit: false }];
  let visited = 0;
  while (stack.length && visited++ < 500_000) {
    const { node, exit } = stack.pop()!;
    const tag = typeof node.tagName === 'string' ? node.tagName.toUpperCase() : '';
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += String(node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flush();
  return out;
}

const META_DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

/** Publication date from meta tags, JSON-LD or a <time datetime>, in that order of trust. */
function findMetaDate(document: DomNode): string | null {
  try {
    for (const selector of META_DATE_SELECTORS) {
      const day = toIsoDay(document.querySelector(selector)?.getAttribute('content'));
      if (day) return day;
    }
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      const day = toIsoDay(findJsonLdDate(script.textContent ?? ''));
      if (day) return day;
    }
    const time =
      document.querySelector('time[itemprop="datePublished"]') ??
      document.querySelector('time[pubdate]') ??
      document.querySelector('time[datetime]');
    return toIsoDay(time?.getAttribute('datetime'));
  } catch {
    return null;
  }
}

function findJsonLdDate(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json.length > 200_000 ? '' : json);
  } catch {
    return null;
  }
  // Breadth-first over @graph arrays and nested objects, bounded.
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length && seen < 500; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return record.datePublished;
      for (const value of Object.values(record)) if (value && typeof value === 'object') queue.push(value);
    }
  }
  return null;
}

/** Headline candidates, best first: <h1>, og:title, <title>; empty ones left out. */
function findTitles(document: DomNode): string[] {
  try {
    const h1 = clean(document.querySelector('h1')?.textContent);
    const og = clean(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
    const title = clean(document.querySelector('title')?.textContent);
    return [...new Set([h1, og, title].filter((t) => t.length > 0))];
  } catch {
    return [];
  }
}
