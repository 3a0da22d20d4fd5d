import type { Morphology } from '../extraction/morphology';
import { contentLemmas, documentKeys } from '../language/lemma-text';
import type { StatementSearchKeys, StatementTextForIndexing } from '../statements/statement.repository';

/** A statement's search keys (quote, speaker names, mention) and its quote's content lemmas. */
export function computeSearchKeys(morph: Morphology, row: StatementTextForIndexing): StatementSearchKeys {
  return {
    id: row.id,
    searchKeys: documentKeys(morph, row.quote, row.speakerName, row.canonicalName, row.mention, ...(row.aliases ?? [])),
    quoteLemmas: contentLemmas(morph, row.quote),
  };
}
