import { BadRequestException } from '@nestjs/common';

/**
 * Cursors for lists computed in memory (contradiction pairs) or ordered by date rather than by seq.
 * Opaque to clients like the seq cursors of src/common/pagination.ts.
 */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadRequestException('cursor is not valid: pass nextCursor from a previous page');
  return Number(match[1]);
}

/** (date, seq) keyset cursor for chronological lists; statements without a date sort last. */
export function encodeDateCursor(date: string | null, seq: string): string {
  return Buffer.from(`d:${date ?? ''}:${seq}`).toString('base64url');
}

export function decodeDateCursor(cursor: string | undefined): { date: string; seq: string } | null {
  if (!cursor) return null;
  const match = /^d:(\d{4}-\d{2}-\d{2})?:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadRequestException('cursor is not valid: pass nextCursor from a previous page');
  return { date: match[1] ?? '9999-12-31', seq: match[2] };
}
