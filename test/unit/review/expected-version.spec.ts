import { BadRequestException } from '@nestjs/common';
import { expectedVersion } from '../../../src/review/expected-version';

describe('expected statement version', () => {
  it('prefers the body field', () => {
    expect(expectedVersion(4, '"9"')).toBe(4);
  });

  it('reads If-Match in its usual forms', () => {
    expect(expectedVersion(undefined, '"3"')).toBe(3);
    expect(expectedVersion(undefined, 'W/"12"')).toBe(12);
    expect(expectedVersion(undefined, ' 7 ')).toBe(7);
  });

  it('refuses a missing or malformed version with a message naming it', () => {
    expect(() => expectedVersion(undefined, undefined)).toThrow(/version is required/);
    expect(() => expectedVersion(undefined, '*')).toThrow(BadRequestException);
    expect(() => expectedVersion(undefined, '"abc"')).toThrow(/If-Match/);
  });
});
