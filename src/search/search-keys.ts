import type { Morphology } from '../extraction/morphology';
import { contentLemmas, documentKeys } from '../language/lemma-text';
import type { StatementSearchKeys, StatementTextForIndexing } from '../statements/statement.repository';

/** What a statement's keys are made of: its quote, the speaker's names and the mention. */
export type StatementTexts = Omit<StatementTextForIndexing, 'id' | 'seq'>;

/** A statement's search keys (quote, speaker names, mention) and its quote's content lemmas. */
export function computeSearchKeys(morph: Morphology, row: StatementTextForIndexing): StatementSearchKeys {
  return { id: row.id, ...keysOfTexts(morph, row) };
}

/** The same keys for a statement not stored yet (the extract stage writes them with the row). */
export function keysOfTexts(morph: Morphology, texts: StatementTexts): Omit<StatementSearchKeys, 'id'> {
  return {
    searchKeys: documentKeys(morph, texts.quote, texts.speakerName, texts.canonicalName, texts.mention, ...(texts.aliases ?? [])),
    quoteLemmas: contentLemmas(morph, texts.quote),
  };
}
