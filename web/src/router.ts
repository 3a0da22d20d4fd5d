import { useEffect, useState } from 'preact/hooks';

/**
 * Routes live in the URL fragment (#/statements/ID?x=y): the server serves one index.html at /admin,
 * and links, reloads and the back button work without server-side route knowledge.
 */
export interface Route {
  /** Path segments after '#/', e.g. ['statements', 'ID']. */
  parts: string[];
  query: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?', 2);
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** '#/path?query' for a path and the non-empty query values. */
export function href(path: string, query: Record<string, string | number | boolean | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '' && v !== false) search.set(k, String(v));
  const s = search.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

export function navigate(path: string, query: Record<string, string | number | boolean | undefined | null> = {}): void {
  window.location.hash = href(path, query).slice(1);
}
