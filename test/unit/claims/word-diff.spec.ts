import { diffWords, wordingDiffers } from '../../../src/claims/word-diff';

describe('word diff of two wordings', () => {
  it('ignores case, ё and punctuation', () => {
    expect(wordingDiffers('Всё будет хорошо, — уверен он', 'все будет хорошо уверен он')).toBe(false);
  });

  it('reports a changed word as removed and added', () => {
    const d = diffWords('Мы не будем повышать налоги', 'Мы не станем повышать налоги');
    expect(wordingDiffers('Мы не будем повышать налоги', 'Мы не станем повышать налоги')).toBe(true);
    expect(d.removed).toEqual(['будем']);
    expect(d.added).toEqual(['станем']);
    expect(d.ops).toEqual([
      { op: 'equal', text: 'Мы не' },
      { op: 'removed', text: 'будем' },
      { op: 'added', text: 'станем' },
      { op: 'equal', text: 'повышать налоги' },
    ]);
  });

  it('reports dropped and added words', () => {
    const d = diffWords('Мост откроют в сентябре', 'Мост откроют для движения в сентябре этого года');
    expect(d.removed).toEqual([]);
    expect(d.added).toEqual(['для движения', 'этого года']);
  });
});
