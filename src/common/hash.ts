import { createHash } from 'crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Case, spacing and punctuation do not make two bodies different articles. */
export function contentHash(body: string): string {
  return sha256(body.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}
