import { loadMorphology, Morphology } from '../../../src/extraction/morphology';
import { computeSearchKeys } from '../../../src/search/search-keys';
import { SearchKeysPool } from '../../../src/search/search-keys-pool';
import type { StatementTextForIndexing } from '../../../src/statements/statement.repository';

/** Rows as a reindex batch reads them: dictionary words, an invented company, a surname in an oblique case, aliases. */
function rows(): StatementTextForIndexing[] {
  const quotes = [
    'Переговоры о поставках зерна продолжатся в четверг',
    'Компания Северолесхим построит третий цех до осени',
    'Мы благодарны Дубравину за помощь в обороне города',
    'Tesla и 42 поставщика подписали онлайн-соглашение',
  ];
  return quotes.map((quote, i) => ({
    id: `00000000-0000-0000-0000-00000000000${i}`,
    seq: String(i + 1),
    quote,
    speakerName: i % 2 ? 'Полине Стрижовой' : 'Тимур Арсланов',
    mention: i % 2 ? 'глава ведомства' : 'Арсланов',
    canonicalName: i % 2 ? 'Полина Стрижова' : null,
    aliases: i % 2 ? ['П. Стрижова'] : null,
  }));
}

describe('SearchKeysPool', () => {
  let morph: Morphology;
  let pool: SearchKeysPool;
  beforeAll(async () => {
    morph = await loadMorphology();
    pool = SearchKeysPool.start(2);
  });
  afterAll(() => pool.close());

  it('computes in its worker threads the keys the service computes in its own, in the batch order', async () => {
    const batch = rows();
    const expected = batch.map((row) => computeSearchKeys(morph, row));
    const [first, second] = await Promise.all([pool.compute(batch), pool.compute([...batch].reverse())]);
    expect(first).toEqual(expected);
    expect(second).toEqual([...expected].reverse());
    expect(expected[1].searchKeys).toContain('северолесхим');
    expect(expected[0].quoteLemmas).toContain('переговоры');
  }, 60000);
});
