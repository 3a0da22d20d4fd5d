import { BadRequestException } from '@nestjs/common';
import { decodeConfidenceCursor, encodeConfidenceCursor } from '../../../src/statements/confidence-cursor';
import { encodeCursor } from '../../../src/common/pagination';

describe('confidence cursor (review queue keyset)', () => {
  it('gives back the position it was made from, for fractional, whole and tiny confidences', () => {
    for (const position of [
      { confidence: 0.3499999940395355, seq: '42' },
      { confidence: 1, seq: '9007199254740993' },
      { confidence: 0, seq: '1' },
      { confidence: 1.5e-7, seq: '7' },
    ]) {
      expect(decodeConfidenceCursor(encodeConfidenceCursor(position))).toEqual(position);
    }
  });

  it('reads no cursor as the first page and refuses a cursor of another listing or garbage with a 400', () => {
    expect(decodeConfidenceCursor(undefined)).toBeNull();
    expect(() => decodeConfidenceCursor(encodeCursor('42'))).toThrow(BadRequestException);
    expect(() => decodeConfidenceCursor('not-a-cursor')).toThrow(/sort=confidence/);
  });
});
