// Any input — empty, huge, binary, broken HTML, other languages, random mutations — returns a result
// and never throws.
import fc from 'fast-check';
import { statementsOf, extractor } from './helpers';

jest.setTimeout(120000);

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
        return r.statements.every((s) => typeof s.quote === 'string' && s.end >= s.start);
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
    const out = await statementsOf('Министр Олег Носов заявил, что работа идет.');
    expect(out[0].start).toBeGreaterThanOrEqual(0);
  });
});
