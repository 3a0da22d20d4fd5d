import { BadRequestException } from '@nestjs/common';
import { loadMorphology } from '../extraction/morphology';
import { buildLemmaQuery } from '../language/lemma-text';
import type { StatementFilters } from '../statements/statement-filters';

/** The filters of an export: the shared ones plus `q`, the search words as a user typed them. */
export type ExportFilters = StatementFilters & { q?: string };

/**
 * Turns search words into the lemma query the shared filters apply, as GET /statements/search
 * does, so that an export of a search holds exactly its matches. The morphology is loaded only
 * for an export that searches.
 */
export async function withSearchWords(filters: ExportFilters): Promise<StatementFilters> {
  const { q, ...rest } = filters;
  if (!q) return rest;
  const query = buildLemmaQuery(await loadMorphology(), q);
  if (!query) throw new BadRequestException('q holds no searchable word (only stop words or punctuation)');
  return { ...rest, lemmaQuery: query.tsquery };
}
