import fc from 'fast-check';
import { findBody } from '../../../../src/extraction/document/boilerplate';
import { extractHtml } from '../../../../src/extraction/document/html';
import { parseHeader } from '../../../../src/extraction/document/header';
import { normalizeText } from '../../../../src/extraction/document/normalize';
import { prepareArticle } from '../../../../src/extraction/document/prepare-article';
import { splitSentences } from '../../../../src/extraction/document/sentences';
import { BUSINESS_PAGE, NEWSPAPER_PAGE, ONLINE_PAGE, WIRE_PAGE } from './fixtures';

// Pieces that stress the rules: punctuation runs, quotes, dashes, abbreviations, headers, markers, HTML.
const PIECES = [
  '.', '. ', '...', '…', '?!', '!', '«', '»', '"', '„', '“', ' — ', ' - ', '\n', '\n\n', '\r\n', '\u00A0', '\u0000', '\t',
  'т. е.', 'ул. ', 'В. В. ', '2024 г. ', 'тыс. ', 'сказал он', 'Министр заявил, что ', 'date 2024-01-01 ', 'date unknown\n',
  'source: x\n', 'Читайте также\n', 'Теги: а, б\n', 'Фото: кто-то\n', '© Агентство\n', 'Родился 1 мая 1970 года\n',
  'МОСКВА, 1 мая. /АГЕНТСТВО/. ', '<p>', '</p>', '<div>', '<br>', '<script>', 'Ё', 'і', 'the ', '\uD83D\uDE00', '\uD800',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

/** A fixture with random pieces spliced in at random places. */
const mutatedArb = fc
  .tuple(fc.constantFrom<string>(BUSINESS_PAGE, WIRE_PAGE, NEWSPAPER_PAGE, ONLINE_PAGE), fc.array(fc.tuple(fc.nat(), fc.nat(40), textArb), { maxLength: 6 }))
  .map(([base, edits]) =>
    edits.reduce((text: string, [at, cut, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    }, base),
  );

/** Sentences are ordered, non-empty, inside the body, and their text is the body's slice. */
function checkSentences(body: string): void {
  let last = 0;
  const bad = splitSentences(body).filter((s) => {
    const ok = s.start >= last && s.end > s.start && s.end <= body.length && body.slice(s.start, s.end) === s.text;
    last = s.end;
    return !ok;
  });
  expect(bad).toEqual([]);
}

describe('document layer robustness', () => {
  it('never throws and keeps sentence offsets inside the body for random text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const article = prepareArticle({ text });
        expect(typeof article.body).toBe('string');
        checkSentences(article.body);
        checkSentences(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated page dumps', () => {
    fc.assert(
      fc.property(mutatedArb, (text) => {
        checkSentences(prepareArticle({ text }).body);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random HTML', () => {
    fc.assert(
      fc.property(textArb, fc.option(fc.string(), { nil: undefined }), (html, publishedAt) => {
        const article = prepareArticle({ html, publishedAt });
        checkSentences(article.body);
      }),
      { numRuns: 150 },
    );
  });

  // prepareArticle catches everything, so also check that the parts themselves do not throw.
  it('does not throw inside: header, boilerplate and HTML extraction', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, mutatedArb), (text) => {
        const header = parseHeader(normalizeText(text));
        findBody(header.rest, {});
        findBody(header.rest, { hasPreamble: false, knownTitle: 'Заголовок' });
        extractHtml(text);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts missing and odd inputs', () => {
    for (const input of [{}, { text: '' }, { html: '' }, { text: null }, { text: 42 }, null, undefined] as unknown[]) {
      expect(() => prepareArticle(input as never)).not.toThrow();
    }
  });

  it('stays fast on a 5 MB input of binary garbage and on a huge single line', () => {
    let garbage = '';
    for (let i = 0; i < 5_000_000; i++) garbage += String.fromCharCode((i * 7919) % 65536);
    const started = Date.now();
    checkSentences(prepareArticle({ text: garbage }).body);
    checkSentences(prepareArticle({ text: 'а'.repeat(5_000_000) }).body);
    checkSentences(prepareArticle({ text: 'Слово. '.repeat(700_000) }).body);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stays fast on a large HTML page', () => {
    const html = `<html><body>${'<div><p>Министр заявил, что <b>все</b> хорошо. <a href="#">ссылка</a></p></div>'.repeat(40_000)}</body></html>`;
    const started = Date.now();
    const article = prepareArticle({ html });
    expect(article.body.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
