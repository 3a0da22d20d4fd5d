// The names of the rules that tie a written name to a registry speaker: one set for the in-memory
// registry (CLI, extractor), the database lookup (linking) and statements.link_rule.

/** Name matching rules, strongest first. */
export const MATCH_RULES = ['exact-alias', 'morphology', 'transliteration', 'fuzzy'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/**
 * How a statement got its speaker: a name rule; `registry`, the speaker the extractor's registry
 * found (by role or organisation name); `new-speaker`, created because nothing fitted; `editor`, set by hand.
 */
export type LinkRule = MatchRule | 'registry' | 'new-speaker' | 'editor';

/** Base confidence of each name rule; a surname alone is weaker evidence than a full name. */
export const MATCH_CONFIDENCE: Record<MatchRule, number> = { 'exact-alias': 1, morphology: 0.95, transliteration: 0.85, fuzzy: 0.75 };
export const SURNAME_FACTOR = 0.85;
