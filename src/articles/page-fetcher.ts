// Downloads the page an article was sent as (a URL alone), for the ingest stage to read.

export interface PageFetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

export interface FetchedPage {
  /** The page as served, decoded; read as HTML, or as plain text when the server said text/plain. */
  content: string;
  format: 'html' | 'text';
}

/**
 * A download that failed. `permanent` when asking again cannot help (the server said 4xx, the page
 * is not HTML or text, or too large); otherwise (network, timeout, 5xx, 429) a later try may succeed.
 */
export class PageFetchError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'PageFetchError';
  }
}

const ACCEPTED_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];
/** 408 and 429 say "not now" rather than "never". */
const RETRYABLE_CLIENT_STATUSES = [408, 429];
/** The HTML standard looks for a <meta charset> in the first 1024 bytes. */
const META_CHARSET_WINDOW = 1024;

export async function fetchPage(url: string, limits: PageFetchLimits): Promise<FetchedPage> {
  const address = parseHttpUrl(url);
  let response: Response;
  try {
    response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { Accept: 'text/html, application/xhtml+xml, text/plain;q=0.9' },
    });
  } catch (err) {
    throw new PageFetchError(`could not download ${url}: ${describeNetworkError(err, limits)}`, false);
  }
  // Redirects are followed by fetch only between http(s) addresses; checked again for a clear message.
  parseHttpUrl(response.url || url);
  if (!response.ok) {
    await response.body?.cancel();
    const permanent = response.status >= 400 && response.status < 500 && !RETRYABLE_CLIENT_STATUSES.includes(response.status);
    throw new PageFetchError(`${url} answered HTTP ${response.status}`, permanent);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(mediaType)) {
    await response.body?.cancel();
    throw new PageFetchError(`${url} is ${mediaType || 'of no stated type'}, not an HTML or text page`, true);
  }
  const bytes = await readLimited(response, url, limits);
  return { content: decodePage(bytes, contentType), format: mediaType === 'text/plain' ? 'text' : 'html' };
}

/** The page's text from its bytes: charset from the Content-Type, else from a <meta> near the top, else UTF-8. */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const label = charsetParameter(contentType) ?? metaCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // A label TextDecoder does not know: UTF-8 is what most pages are.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function charsetParameter(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match ? match[1] : null;
}

function metaCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same in any ASCII-based charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_CHARSET_WINDOW));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1] : null;
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PageFetchError(`${raw} is not a URL`, true);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PageFetchError(`${raw} is not an http(s) address`, true);
  return url;
}

async function readLimited(response: Response, url: string, limits: PageFetchLimits): Promise<Uint8Array> {
  const tooLarge = () => new PageFetchError(`${url} is larger than ${limits.maxBytes} bytes`, true);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof PageFetchError) throw err;
    throw new PageFetchError(`could not download ${url}: ${describeNetworkError(err, limits)}`, false);
  }
  return Buffer.concat(chunks);
}

function describeNetworkError(err: unknown, limits: PageFetchLimits): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `no answer within ${limits.timeoutMs} ms`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return cause.code === 'ENOTFOUND' ? 'host not found (DNS)' : `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return err instanceof Error ? err.message : String(err);
}
