import { loadMorphology, Morphology } from '../../../src/extraction/morphology';
import { isSameClaim, prepareQuote, quoteSimilarity, similarityScore } from '../../../src/claims/near-duplicate';
import { findContradiction } from '../../../src/claims/polarity';
import { contentLemmas } from '../../../src/language/lemma-text';

describe('near-duplicate quotes', () => {
  let morph: Morphology;
  beforeAll(async () => {
    morph = await loadMorphology();
  });
  const same = (a: string, b: string) => isSameClaim(contentLemmas(morph, a), contentLemmas(morph, b));

  it('groups a direct quote with its indirect retelling', () => {
    expect(same('Мы не будем повышать налоги для малого бизнеса в следующем году', 'правительство не будет повышать налоги для малого бизнеса в следующем году')).toBe(true);
  });

  it('groups two outlets’ slightly different wordings', () => {
    expect(same('Строительство моста через реку завершат к осени', 'строительство моста через реку будет завершено к осени')).toBe(true);
  });

  it('keeps apart two remarks on one subject', () => {
    expect(same('Мы не будем повышать налоги в следующем году', 'Налоговые льготы для фермеров сохранятся до конца десятилетия')).toBe(false);
    expect(same('Бюджет города вырос на десять процентов', 'Мост через реку откроют для движения в сентябре')).toBe(false);
  });

  it('scores a reversal of one promise as near-duplicate wording, which is why grouping also checks polarity', () => {
    const promise = 'Мы не будем повышать налоги для малого бизнеса в следующем году';
    const reversal = 'Налоги для малого бизнеса в следующем году придется повысить';
    expect(same(promise, reversal)).toBe(true);
    expect(findContradiction(morph, promise, reversal)).not.toBeNull();
  });

  it('does not group quotes too short to judge', () => {
    expect(quoteSimilarity(['налог'], ['налог']).score).toBe(0);
  });

  it('scores identical quotes 1 and reports the shared lemmas', () => {
    const s = quoteSimilarity(['мост', 'откроют', 'сентябрь'], ['мост', 'откроют', 'сентябрь']);
    expect(s.score).toBe(1);
    expect(s.shared).toEqual(['мост', 'откроют', 'сентябрь']);
  });

  it('scores quotes prepared once as it scores them afresh', () => {
    const quotes = [
      'Мост через реку откроют в сентябре, сроки не сдвинутся',
      'мост через реку откроют в сентябре',
      'В сентябре откроют мост через реку',
      'Сроки открытия моста сдвинутся на зиму',
      'Цены на хлеб не вырастут до конца года',
    ].map((q) => contentLemmas(morph, q));
    for (const a of quotes) {
      for (const b of quotes) expect(similarityScore(prepareQuote(a), prepareQuote(b))).toBe(quoteSimilarity(a, b).score);
    }
    expect(similarityScore(prepareQuote(quotes[0]), prepareQuote(quotes[1]))).toBeGreaterThan(similarityScore(prepareQuote(quotes[0]), prepareQuote(quotes[4])));
  });
});
