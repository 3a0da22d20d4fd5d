import { contextAround, sentenceBounds } from '../../../src/claims/sentence-context';

describe('sentence context', () => {
  const body = 'Совещание прошло в г. Омске. Губернатор П. С. Воронцов заявил, что мост откроют осенью. Подрядчик с ним согласен! Работы идут с 2024 г. по плану.';

  it('splits sentences without breaking at abbreviations and initials', () => {
    const texts = sentenceBounds(body).map((b) => body.slice(b.start, b.end));
    expect(texts).toEqual(['Совещание прошло в г. Омске.', 'Губернатор П. С. Воронцов заявил, что мост откроют осенью.', 'Подрядчик с ним согласен!', 'Работы идут с 2024 г. по плану.']);
  });

  it('gives the sentences before and after a span', () => {
    const start = body.indexOf('мост откроют');
    const ctx = contextAround(body, start, start + 'мост откроют осенью'.length);
    expect(ctx).toEqual({ before: 'Совещание прошло в г. Омске.', after: 'Подрядчик с ним согласен!' });
  });

  it('gives null at the edges and without a body', () => {
    expect(contextAround(body, 0, 5).before).toBeNull();
    expect(contextAround(body, body.length - 5, body.length).after).toBeNull();
    expect(contextAround(null, 0, 5)).toEqual({ before: null, after: null });
  });
});
