// Whether two quotes say the same thing, judged on their content lemmas (stop words out), so that a
// direct quote and its indirect retelling («Мы не будем повышать налоги» / «правительство не будет
// повышать налоги») compare as near-equal while two remarks on one subject do not.

/** Statements scoring at least this are one claim. */
export const SAME_CLAIM_THRESHOLD = 0.6;
/** Below this many distinct content lemmas a quote is too short to group by wording alone. */
export const MIN_CLAIM_LEMMAS = 3;

export interface Similarity {
  score: number;
  jaccard: number;
  /** Share of the shorter quote's lemmas found in the longer one: a partial quotation scores high. */
  containment: number;
  shared: string[];
}

export function quoteSimilarity(a: readonly string[], b: readonly string[]): Similarity {
  const setA = new Set(a);
  const setB = new Set(b);
  const shared = [...setA].filter((x) => setB.has(x));
  const union = setA.size + setB.size - shared.length;
  const smaller = Math.min(setA.size, setB.size);
  const jaccard = union ? shared.length / union : 0;
  const containment = smaller ? shared.length / smaller : 0;
  // Order matters a little: word bigrams that recur in the same order lift a genuine copy above a
  // reshuffle of the same vocabulary.
  const bigramOverlap = jaccardOf(bigrams(a), bigrams(b));
  const score = smaller < MIN_CLAIM_LEMMAS ? 0 : 0.45 * jaccard + 0.4 * containment + 0.15 * bigramOverlap;
  return { score: round(score), jaccard: round(jaccard), containment: round(containment), shared };
}

export function isSameClaim(a: readonly string[], b: readonly string[]): boolean {
  return quoteSimilarity(a, b).score >= SAME_CLAIM_THRESHOLD;
}

function bigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

function jaccardOf(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
