import { loadMorphology, Morphology } from '../../../src/extraction/morphology';
import { polarityProfile } from '../../../src/claims/polarity';
import { PolarityProfileCache } from '../../../src/claims/polarity-profile-cache';

describe('polarity profile cache', () => {
  let morph: Morphology;
  beforeAll(async () => {
    morph = await loadMorphology();
  });

  it('gives the profile polarityProfile computes, and the same one again for the same text', () => {
    const cache = new PolarityProfileCache(morph);
    const text = 'Городской совет не станет закрывать библиотеку на окраине';
    const first = cache.profileOf(text);
    expect(first).toEqual(polarityProfile(morph, text));
    expect(cache.profileOf(text)).toBe(first);
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used text when full', () => {
    const cache = new PolarityProfileCache(morph, 2);
    const [a, b, c] = ['Завод нарастил выпуск тракторов', 'Выпуск тракторов на заводе сократился', 'Мост через реку откроют весной'];
    const profileA = cache.profileOf(a);
    const profileB = cache.profileOf(b);
    cache.profileOf(a); // a is now the most recently used
    cache.profileOf(c); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.profileOf(a)).toBe(profileA);
    expect(cache.profileOf(b)).not.toBe(profileB);
  });
});
