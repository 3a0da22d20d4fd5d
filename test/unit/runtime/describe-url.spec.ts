import { describeUrl } from '../../../src/runtime/tcp-probe';

describe('describeUrl', () => {
  it('names host, port and database without the credentials', () => {
    expect(describeUrl('postgres://editor:secret@db.internal:6543/quotes')).toBe('db.internal:6543/quotes');
    expect(describeUrl('postgres://editor@127.0.0.1/quotes')).toBe('127.0.0.1:5432/quotes');
    expect(describeUrl('redis://:secret@cache.internal')).toBe('cache.internal:6379');
  });

  it('names the socket directory of a PostgreSQL URL whose host is one', () => {
    expect(describeUrl('postgres://editor:secret@%2Frun%2Fpg/quotes')).toBe('socket /run/pg/quotes');
  });
});
