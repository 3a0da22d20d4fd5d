import { BadRequestException } from '@nestjs/common';

/** Keyset position in a list ordered by confidence (ascending), then newest first. */
export interface ConfidencePosition {
  confidence: number;
  seq: string;
}

export function encodeConfidenceCursor(position: ConfidencePosition): string {
  return Buffer.from(`c:${position.confidence}:${position.seq}`).toString('base64url');
}

export function decodeConfidenceCursor(cursor: string | undefined): ConfidencePosition | null {
  if (!cursor) return null;
  const match = /^c:(-?\d+(?:\.\d+)?(?:e-?\d+)?):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadRequestException('cursor is not valid for sort=confidence: pass nextCursor from a previous page');
  return { confidence: Number(match[1]), seq: match[2] };
}
