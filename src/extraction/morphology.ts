import Az = require('az');

/** One reading of a word form, detached from az's objects so it can be cached and compared cheaply. */
export interface WordReading {
  /** Dictionary form, lower case (infinitive for verbs, nominative singular for nouns). */
  lemma: string;
  /** Part of speech as OpenCorpora names it: NOUN, VERB, INFN, ADJF, PRTF, NPRO… */
  pos: string;
  /** All grammemes of the reading (anim, masc, femn, sing, plur, nomn, gent, Surn, Name, past…). */
  grammemes: ReadonlySet<string>;
  score: number;
  /** True when az found the word in its dictionary rather than guessing by suffix. */
  known: boolean;
}

const EMPTY: readonly WordReading[] = Object.freeze([]);
const MAX_CACHE = 200_000;

/**
 * Russian morphology over az's OpenCorpora dictionaries, with every analysis cached: news reuses a
 * small vocabulary, so after warm-up almost every lookup is a Map hit.
 */
export class Morphology {
  private readonly readings = new Map<string, readonly WordReading[]>();
  private readonly inflections = new Map<string, string | null>();
  private readonly dictionaryLemmas = new Map<string, boolean>();

  /** Readings of a word, best first. Never throws; unknown tokens give an empty list. */
  analyze(word: string): readonly WordReading[] {
    if (!word || word.length > 60) return EMPTY;
    const cached = this.readings.get(word);
    if (cached) return cached;
    let result: readonly WordReading[] = EMPTY;
    try {
      result = Az.Morph(word).slice(0, 8).map(toReading);
    } catch {
      result = EMPTY;
    }
    if (this.readings.size >= MAX_CACHE) this.readings.clear();
    this.readings.set(word, result);
    return result;
  }

  /**
   * Whether `word` (lower case) is itself a dictionary form's lemma in az's dictionary. Asks the
   * dictionary alone, without az's guessers, so it is cheap for made-up words too.
   */
  isDictionaryLemma(word: string): boolean {
    let known = this.dictionaryLemmas.get(word);
    if (known === undefined) {
      try {
        known = Az.Morph(word, { parsers: ['Dictionary'] }).some((p) => toReading(p).lemma.replace(/ё/g, 'е') === word);
      } catch {
        known = false;
      }
      if (this.dictionaryLemmas.size >= MAX_CACHE) this.dictionaryLemmas.clear();
      this.dictionaryLemmas.set(word, known);
    }
    return known;
  }

  /** The most likely dictionary form, lower case; the word itself (lower case) when unknown. */
  lemma(word: string): string {
    const readings = this.analyze(word);
    return readings.length ? readings[0].lemma : word.toLowerCase();
  }

  /** Every distinct lemma the word may have. */
  lemmas(word: string): string[] {
    return [...new Set(this.analyze(word).map((r) => r.lemma))];
  }

  /**
   * The form of `word` carrying `grammemes` (for example ['sing', 'gent']), taken from its best
   * reading that has such a form; null when no reading has one.
   */
  inflect(word: string, grammemes: string[], reading?: (r: WordReading) => boolean): string | null {
    const key = `${word}|${grammemes.join(',')}|${reading ? reading.toString() : ''}`;
    if (this.inflections.has(key)) return this.inflections.get(key)!;
    let result: string | null = null;
    try {
      const parses = Az.Morph(word);
      for (const parse of parses) {
        if (reading && !reading(toReading(parse))) continue;
        const form = parse.inflect(grammemes);
        if (form) {
          result = form.word;
          break;
        }
      }
    } catch {
      result = null;
    }
    if (this.inflections.size >= MAX_CACHE) this.inflections.clear();
    this.inflections.set(key, result);
    return result;
  }
}

function toReading(parse: Az.AzParse): WordReading {
  const normal = parse.normalize();
  const grammemes = new Set<string>(
    parse.tag
      .toString()
      .split(/[ ,]/)
      .filter(Boolean),
  );
  return {
    lemma: (normal ? normal.word : parse.word).toLowerCase(),
    pos: parse.tag.POS ?? 'UNKN',
    grammemes,
    score: parse.score,
    known: parse.parser === 'Dictionary',
  };
}

let loading: Promise<Morphology> | null = null;

/** Loads az's dictionaries once per process (about 150 ms) and returns the shared instance. */
export function loadMorphology(): Promise<Morphology> {
  loading ??= new Promise<Morphology>((resolve, reject) => {
    Az.Morph.init((err) => (err ? reject(err) : resolve(new Morphology())));
  });
  return loading;
}
