import { decodeDateCursor, decodeOffsetCursor, encodeDateCursor, encodeOffsetCursor } from '../../../src/common/offset-cursor';

describe('cursors for computed and date-ordered lists', () => {
  it('round-trips an offset and starts at 0 without a cursor', () => {
    expect(decodeOffsetCursor(encodeOffsetCursor(40))).toBe(40);
    expect(decodeOffsetCursor(undefined)).toBe(0);
  });

  it('round-trips a date and seq, undated rows sorting last', () => {
    expect(decodeDateCursor(encodeDateCursor('2025-04-02', '17'))).toEqual({ date: '2025-04-02', seq: '17' });
    expect(decodeDateCursor(encodeDateCursor(null, '18'))).toEqual({ date: '9999-12-31', seq: '18' });
  });

  it('refuses cursors it did not issue', () => {
    expect(() => decodeOffsetCursor('nonsense')).toThrow(/cursor is not valid/);
    expect(() => decodeDateCursor(encodeOffsetCursor(3))).toThrow(/cursor is not valid/);
    expect(() => decodeOffsetCursor(encodeDateCursor('2025-01-01', '1'))).toThrow(/cursor is not valid/);
  });
});
