// A 0..1 confidence per statement: the construction's reliability, lowered when the speaker was
// inferred (pronoun, role, registry) rather than named at the cue.
import type { ExtractedSpeaker } from './types';

const RESOLUTION_FACTOR: Record<ExtractedSpeaker['resolvedBy'], number> = {
  name: 1,
  organization: 0.95,
  anonymous: 0.9,
  pronoun: 0.85,
  role: 0.85,
  registry: 0.75,
};

export function statementConfidence(construction: number, resolvedBy: ExtractedSpeaker['resolvedBy'], quoteLength: number): number {
  const lengthFactor = quoteLength < 15 ? 0.8 : 1;
  return Math.round(Math.min(1, construction * RESOLUTION_FACTOR[resolvedBy] * lengthFactor) * 100) / 100;
}
