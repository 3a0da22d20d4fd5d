import { toDisplayDate, toStoredDate } from '../../../src/common/statement-date';

describe('statement dates', () => {
  it.each([
    ['2025-09-17', '2025-09-17', 'day'],
    ['2025-09', '2025-09-01', 'month'],
    ['2025', '2025-01-01', 'year'],
  ])('stores %s as its first day with precision', (input, stored, precision) => {
    expect(toStoredDate(input)).toEqual({ date: stored, precision });
    expect(toDisplayDate(stored, precision)).toBe(input);
  });

  it('keeps unknown dates unknown', () => {
    expect(toStoredDate(null)).toEqual({ date: null, precision: null });
    expect(toStoredDate('вчера')).toEqual({ date: null, precision: null });
    expect(toDisplayDate(null, null)).toBeNull();
  });
});
