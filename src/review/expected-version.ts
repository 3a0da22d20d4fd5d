import { BadRequestException } from '@nestjs/common';

/**
 * The statement version the caller read, from the body's `version` or an If-Match header ("3",
 * W/"3" or 3). Every change names it, so a stale write becomes a 409 instead of a lost update.
 */
export function expectedVersion(bodyVersion: number | undefined, ifMatch: string | undefined): number {
  if (bodyVersion !== undefined) return bodyVersion;
  if (ifMatch !== undefined) {
    const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
    if (!match) throw new BadRequestException('If-Match must hold the statement version you read, such as "3"');
    return Number(match[1]);
  }
  throw new BadRequestException('version is required: send the version you read as the body field "version" or an If-Match header');
}
