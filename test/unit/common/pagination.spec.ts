import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor, toPage } from '../../../src/common/pagination';

describe('cursor pagination', () => {
  it('round-trips a sequence number through an opaque cursor', () => {
    const cursor = encodeCursor('12345');
    expect(cursor).not.toContain('12345');
    expect(decodeCursor(cursor)).toBe('12345');
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('garbage')).toThrow(BadRequestException);
    expect(() => decodeCursor(Buffer.from("s:1; DROP TABLE x").toString('base64url'))).toThrow(BadRequestException);
  });

  it('uses the extra row to tell whether another page follows', () => {
    const rows = [{ seq: '9' }, { seq: '8' }, { seq: '7' }];
    const page = toPage(rows, 2, (r) => Number(r.seq));
    expect(page.items).toEqual([9, 8]);
    expect(decodeCursor(page.nextCursor!)).toBe('8');
    expect(toPage(rows, 3, (r) => r.seq).nextCursor).toBeNull();
  });
});
