import { readFileSync } from 'fs';
import { join } from 'path';

/** Articles written for the tests (test/fixtures/articles). */
export function fixtureArticle(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', 'articles', name), 'utf8');
}

/** A run-unique marker, so a test's articles never collide with another test's by content. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
