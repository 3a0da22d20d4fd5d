import type { Morphology } from '../extraction/morphology';
import { polarityProfile, PolarityProfile } from './polarity';

/** Profiles kept: the 400 compared statements of 25 speakers, some megabytes. */
const MAX_PROFILES = 10_000;

/**
 * Polarity profiles by quote text, least recently used dropped first. A profile depends on the text
 * alone, and profiling the 400 statements a contradiction page compares is most of its time, paid
 * again for every further page of the same speaker.
 */
export class PolarityProfileCache {
  private readonly profiles = new Map<string, PolarityProfile>();

  constructor(
    private readonly morph: Morphology,
    private readonly capacity = MAX_PROFILES,
  ) {}

  profileOf(quote: string): PolarityProfile {
    const cached = this.profiles.get(quote);
    if (cached) {
      // Re-inserted so that Map order stays least recently used first.
      this.profiles.delete(quote);
      this.profiles.set(quote, cached);
      return cached;
    }
    const profile = polarityProfile(this.morph, quote);
    if (this.profiles.size >= this.capacity) this.profiles.delete(this.profiles.keys().next().value!);
    this.profiles.set(quote, profile);
    return profile;
  }

  get size(): number {
    return this.profiles.size;
  }
}
