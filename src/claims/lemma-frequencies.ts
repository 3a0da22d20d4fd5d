import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SAMPLE_EVERY, SampleFrequencies, StatementSampleRepository } from '../statements/statement-sample.repository';

/** How long document frequencies are trusted before the sample is read again. */
const REFRESH_MS = 10 * 60 * 1000;
/** Rare lemmas a candidate search takes while within the budget, and the share of the quote's lemmas it takes at most. */
const MIN_LEMMAS = 4;
const LEMMA_SHARE = 0.4;
/** Estimated statements the chosen lemmas may hold together: about what the index reads for one quote. */
const POSTINGS_BUDGET = 4000;

export interface CandidateSelection {
  /** The quote's rarest lemmas: a statement sharing none of them is not looked at. */
  lemmas: string[];
  /**
   * The speaker said less than the lemmas occur (a short quote of common words): each of the
   * speaker-scoped lemma keys (claim_scope_keys) holds at most the speaker's statements, which bounds
   * what is read, so every wanted lemma is taken, past the postings budget.
   */
  bySpeaker: boolean;
}

/**
 * Document frequencies of quote lemmas and statement counts of speakers, estimated from the statement
 * sample and kept in memory: claim grouping looks for candidates by the few rarest lemmas of a quote,
 * not by all of them («не», «россия», «мочь» would pull in a fifth of the table).
 */
@Injectable()
export class LemmaFrequencies implements OnApplicationBootstrap {
  private readonly logger = new Logger(LemmaFrequencies.name);
  private current: { at: number; frequencies: SampleFrequencies } | null = null;
  private loading: Promise<SampleFrequencies> | null = null;

  constructor(private readonly sample: StatementSampleRepository) {}

  /**
   * Reads the frequencies in the background as the process starts: at a million statements that
   * takes 100–300 ms, which the first article grouped would otherwise wait for.
   */
  onApplicationBootstrap(): void {
    this.frequencies().catch((err: Error) => this.logger.warn(`lemma frequencies not read at start (read on first use): ${err.message}`));
  }

  async candidateSelection(quoteLemmas: readonly string[], speakerId: string | null): Promise<CandidateSelection> {
    const f = await this.frequencies();
    const df = (lemma: string) => (f.lemmas.get(lemma) ?? 0) * SAMPLE_EVERY;
    const distinct = [...new Set(quoteLemmas)].sort((a, b) => df(a) - df(b) || b.length - a.length || a.localeCompare(b));
    const wanted = Math.max(MIN_LEMMAS, Math.ceil(distinct.length * LEMMA_SHARE));
    // The postings of the lemmas taken are what the index reads: past the budget no further lemma is
    // taken, however few are in (the rarest one always is). A quote's repetition shares its rare words.
    const lemmas: string[] = [];
    let postings = 0;
    for (const lemma of distinct) {
      if (lemmas.length >= wanted || (lemmas.length > 0 && postings + df(lemma) > POSTINGS_BUDGET)) break;
      lemmas.push(lemma);
      postings += df(lemma);
    }
    const spoken = speakerId ? (f.speakers.get(speakerId) ?? 0) * SAMPLE_EVERY : Infinity;
    // Past the speaker's statements no lemma adds rows to read, so there every wanted lemma may count.
    if (spoken < postings) return { lemmas: distinct.slice(0, wanted), bySpeaker: true };
    return { lemmas, bySpeaker: false };
  }

  /** The cached frequencies; read again in the background once stale, awaited only the first time. */
  private async frequencies(): Promise<SampleFrequencies> {
    if (this.current && Date.now() - this.current.at < REFRESH_MS) return this.current.frequencies;
    this.loading ??= this.sample
      .frequencies()
      .then((frequencies) => {
        this.current = { at: Date.now(), frequencies };
        return frequencies;
      })
      .finally(() => (this.loading = null));
    return this.current ? this.current.frequencies : this.loading;
  }
}
