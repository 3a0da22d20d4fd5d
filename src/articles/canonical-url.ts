const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|yclid|ysclid|from|ref|_openstat)$/i;

/**
 * The form of a URL under which two copies of one page compare equal: no fragment, no tracking
 * parameters, lower-case host without www., no trailing slash, sorted query.
 */
export function canonicalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(params).toString();
  url.protocol = 'https:';
  let text = url.toString();
  if (text.endsWith('/') && url.pathname !== '/') text = text.slice(0, -1);
  return text;
}

export function hostOf(raw: string): string | null {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
