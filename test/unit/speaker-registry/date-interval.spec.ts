import { dateInterval, overlap, termInterval } from '../../../src/speaker-registry/date-interval';

describe('date intervals', () => {
  it('spans a day, a month or a year by the precision given', () => {
    const [d0, d1] = dateInterval('2024-02-10')!;
    expect(d1 - d0).toBe(1);
    const [m0, m1] = dateInterval('2024-02')!;
    expect(m1 - m0).toBe(29);
    const [y0, y1] = dateInterval('2024')!;
    expect(y1 - y0).toBe(366);
    expect(dateInterval('yesterday')).toBeNull();
  });

  it('treats a term end as exclusive and open ends as unbounded', () => {
    const term = termInterval('2021-01-20', '2025-01-20');
    expect(overlap(term, dateInterval('2025-01-19')!)).toBe(1);
    expect(overlap(term, dateInterval('2025-01-20')!)).toBe(0);
    expect(termInterval(null, null)).toEqual([-Infinity, Infinity]);
  });
});
