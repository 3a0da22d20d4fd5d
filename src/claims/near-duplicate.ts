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

/** A quote's lemmas made ready for comparison, for a quote compared with many others. */
export interface PreparedQuote {
  lemmas: ReadonlySet<string>;
  bigrams: ReadonlySet<string>;
}

export function prepareQuote(lemmas: readonly string[]): PreparedQuote {
  return { lemmas: new Set(lemmas), bigrams: bigrams(lemmas) };
}

export function quoteSimilarity(a: readonly string[], b: readonly string[]): Similarity {
  const left = prepareQuote(a);
  const right = prepareQuote(b);
  const { score, jaccard, containment } = measure(left, right);
  return { score, jaccard, containment, shared: [...left.lemmas].filter((x) => right.lemmas.has(x)) };
}

/** quoteSimilarity's score, for quotes prepared once. */
export function similarityScore(a: PreparedQuote, b: PreparedQuote): number {
  return measure(a, b).score;
}

export function isSameClaim(a: readonly string[], b: readonly string[]): boolean {
  return quoteSimilarity(a, b).score >= SAME_CLAIM_THRESHOLD;
}

function measure(a: PreparedQuote, b: PreparedQuote): Omit<Similarity, 'shared'> {
  const shared = overlap(a.lemmas, b.lemmas);
  const union = a.lemmas.size + b.lemmas.size - shared;
  const smaller = Math.min(a.lemmas.size, b.lemmas.size);
  const jaccard = union ? shared / union : 0;
  const containment = smaller ? shared / smaller : 0;
  // Order matters a little: word bigrams that recur in the same order lift a genuine copy above a
  // reshuffle of the same vocabulary.
  const sharedBigrams = overlap(a.bigrams, b.bigrams);
  const bigramUnion = a.bigrams.size + b.bigrams.size - sharedBigrams;
  const bigramOverlap = bigramUnion ? sharedBigrams / bigramUnion : 0;
  const score = smaller < MIN_CLAIM_LEMMAS ? 0 : 0.45 * jaccard + 0.4 * containment + 0.15 * bigramOverlap;
  return { score: round(score), jaccard: round(jaccard), containment: round(containment) };
}

function bigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
