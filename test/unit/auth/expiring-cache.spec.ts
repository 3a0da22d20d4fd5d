import { ExpiringCache } from '../../../src/auth/expiring-cache';

describe('ExpiringCache', () => {
  it('answers until its entries expire, then forgets them', () => {
    let now = 1_000;
    const cache = new ExpiringCache<string>(500, 10, () => now);
    cache.set('a', 'first');
    now += 499;
    expect(cache.get('a')).toBe('first');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not extend an entry when it is read', () => {
    let now = 0;
    const cache = new ExpiringCache<number>(100, 10, () => now);
    cache.set('k', 7);
    for (now = 10; now < 100; now += 10) expect(cache.get('k')).toBe(7);
    expect(cache.get('k')).toBeUndefined();
  });

  it('forgets the oldest entry when full, and entries matching a predicate on request', () => {
    const cache = new ExpiringCache<{ id: number }>(1_000, 2, () => 0);
    cache.set('x', { id: 1 });
    cache.set('y', { id: 2 });
    cache.set('z', { id: 3 });
    expect(cache.get('x')).toBeUndefined();
    expect(cache.get('y')).toEqual({ id: 2 });
    cache.deleteWhere((v) => v.id === 2);
    expect(cache.get('y')).toBeUndefined();
    expect(cache.get('z')).toEqual({ id: 3 });
  });
});
