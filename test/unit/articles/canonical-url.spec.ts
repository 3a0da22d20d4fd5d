import { canonicalizeUrl, hostOf } from '../../../src/articles/canonical-url';

describe('canonicalizeUrl', () => {
  it('makes copies of one page compare equal', () => {
    const a = canonicalizeUrl('https://www.Example.org/news/story/?utm_source=tg&b=2&a=1#comments');
    const b = canonicalizeUrl('http://example.org/news/story?a=1&b=2');
    expect(a).toBe('https://example.org/news/story?a=1&b=2');
    expect(b).toBe(a);
  });

  it('keeps meaningful query parameters apart', () => {
    expect(canonicalizeUrl('https://example.org/item?id=1')).not.toBe(canonicalizeUrl('https://example.org/item?id=2'));
  });

  it('refuses what is not an http(s) URL', () => {
    expect(canonicalizeUrl('not a url')).toBeNull();
    expect(canonicalizeUrl('ftp://example.org/file')).toBeNull();
  });

  it('gives the host without www.', () => {
    expect(hostOf('https://www.Kommersant.ru/doc/1')).toBe('kommersant.ru');
    expect(hostOf('nonsense')).toBeNull();
  });
});
