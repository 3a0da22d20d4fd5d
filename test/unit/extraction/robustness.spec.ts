// Any input — empty, huge, binary, broken HTML, other languages, random mutations — returns a result
// and never throws.
import fc from 'fast-check';
import { statementsOf, extractor } from './helpers';

jest.setTimeout(120000);

/** The statement's offsets lie inside the body, and the quote's first and last words are the text at those offsets. */
function spanInsideBody(s: { quote: string; start: number; end: number; speaker: { mentionStart: number; mentionEnd: number } }, body: string): boolean {
  if (!(s.start >= 0 && s.start <= s.end && s.end <= body.length)) return false;
  if (!(s.speaker.mentionStart >= 0 && s.speaker.mentionStart <= s.speaker.mentionEnd && s.speaker.mentionEnd <= body.length)) return false;
  // (a quote broken by its attribution joins two parts: compare its first and last words)
  const span = body.slice(s.start, s.end);
  const words = s.quote.split(/\s+/).filter(Boolean);
  return !words.length || (span.startsWith(words[0]) && span.endsWith(words[words.length - 1]));
}

const SAMPLE = 'date 2025-01-10\n\n«Мы готовы, — сказал министр Олег Носов. — Но не сейчас». По словам Носова, работа идет. Он добавил, что «все будет».';

describe('extractor robustness', () => {
  it('never throws on random strings and mutated articles', async () => {
    const x = await extractor();
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = x.extract({ text: s });
        return Array.isArray(r.statements);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAMPLE.length }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 10 }), (at, cut, insert) => {
        const text = SAMPLE.slice(0, at) + insert + SAMPLE.slice(at + cut);
        const r = x.extract({ text });
        return r.statements.every((s) => typeof s.quote === 'string' && spanInsideBody(s, r.article.body));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, binary, HTML, non-Russian and very long inputs in bounded time', async () => {
    const x = await extractor();
    expect(x.extract({}).statements).toEqual([]);
    expect(x.extract({ text: '' }).statements).toEqual([]);
    expect(() => x.extract({ text: '\u0000\u0001\uFFFF'.repeat(1000) })).not.toThrow();
    expect(() => x.extract({ html: '<html><body><p>«Да», — сказал он.<div><<<' })).not.toThrow();
    expect(x.extract({ text: 'The minister said that taxes will rise next year.' }).statements).toEqual([]);
    const big = 'date 2025-01-10\n\n' + 'Министр Олег Носов заявил, что работа идет. '.repeat(120000);
    const t0 = Date.now();
    const r = x.extract({ text: big });
    expect(Date.now() - t0).toBeLessThan(30000);
    expect(r.statements.length).toBeGreaterThan(0);
  });

  it('keeps offsets inside the body', async () => {
    const x = await extractor();
    const texts = [
      'date 2025-01-10\n\nМинистр Олег Носов заявил, что работа идет.',
      // an unclosed quotation runs to the end of the body: its span must still end inside it
      'date 2025-01-10\n\nМинистр Олег Носов сказал: «Работа идет. Сроки не сорвем',
      'date 2025-01-10\n\nМэр Анна Лебедева назвала задачи: «дороги», «школы» и «парки».',
    ];
    for (const text of texts) {
      const r = x.extract({ text });
      expect(r.statements.length).toBeGreaterThan(0);
      for (const s of r.statements) expect(spanInsideBody(s, r.article.body)).toBe(true);
    }
  });
});
