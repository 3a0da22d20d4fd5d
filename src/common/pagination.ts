import { BadRequestException } from '@nestjs/common';

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Cursors are opaque to clients: the base64url of the last row's sequence number. Rows are listed
 * newest first, so the next page holds rows with a smaller sequence number.
 */
export function encodeCursor(seq: string | number): string {
  return Buffer.from(`s:${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const match = /^s:(\d{1,19})$/.exec(decoded);
  if (!match) throw new BadRequestException('cursor is not valid: pass nextCursor from a previous page');
  return match[1];
}

/** Builds a page from rows fetched with limit + 1, so the extra row tells whether more follow. */
export function toPage<R extends { seq: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    nextCursor: more ? encodeCursor(pageRows[pageRows.length - 1].seq) : null,
  };
}
