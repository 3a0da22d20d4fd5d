// The reporting-verb lexicon is data: every entry carries sentences written for it, and each sentence must
// give a statement whose cue is that verb (in whatever form the sentence uses) and whose quote is the
// sentence's [bracketed] part.
import { normalizeYo, REPORTING_VERBS } from '../../../src/extraction/cues/cue-lexicon';
import { loadMorphology } from '../../../src/extraction/morphology';
import { statementsOf } from './helpers';

jest.setTimeout(60000);

const examples = REPORTING_VERBS.flatMap((verb) => verb.examples.map((example) => ({ verb, example })));

describe('reporting-verb lexicon', () => {
  it('holds at least 300 verbs and idioms, each with a government and a sentence', () => {
    expect(REPORTING_VERBS.length).toBeGreaterThanOrEqual(300);
    for (const v of REPORTING_VERBS) {
      expect(v.government.size).toBeGreaterThan(0);
      expect(v.examples.length).toBeGreaterThan(0);
    }
    const senses = new Set(REPORTING_VERBS.map((v) => v.sense));
    for (const s of ['speech', 'writing', 'opinion', 'evaluation', 'demand', 'promise', 'denial', 'accusation', 'complaint', 'impersonal']) expect(senses).toContain(s);
  });

  it.each(examples.map((e) => [[e.verb.lemma, ...e.verb.idiom].join(' '), e.example, e]))('%s: %s', async (_name, _sentence, { verb, example }) => {
    const expected = /\[(.+?)\]/.exec(example)![1];
    const statements = await statementsOf(example.replace(/[[\]]/g, ''));
    const found = statements.find((s) => s.quote === expected);
    expect({ quotes: statements.map((s) => s.quote), found: !!found }).toMatchObject({ found: true });
    const morph = await loadMorphology();
    const cueLemmas = found!.cue.split(/\s+/).flatMap((w) => morph.lemmas(w.toLowerCase()).map(normalizeYo));
    expect(cueLemmas).toContain(verb.lemma);
    expect(found!.speaker.name).not.toBe('');
  });
});
