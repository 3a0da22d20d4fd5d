import { LemmaFrequencies } from '../../../src/claims/lemma-frequencies';
import { StatementSampleRepository } from '../../../src/statements/statement-sample.repository';

describe('claim candidates by the rarest lemmas of a quote', () => {
  function frequencies(lemmas: Record<string, number>, speakers: Record<string, number>) {
    let reads = 0;
    const sample = {
      frequencies: async () => {
        reads++;
        return { sampled: 1000, lemmas: new Map(Object.entries(lemmas)), speakers: new Map(Object.entries(speakers)) };
      },
    } as unknown as StatementSampleRepository;
    return { service: new LemmaFrequencies(sample), reads: () => reads };
  }

  it('takes the rarest lemmas, at least four, leaving the common ones out', async () => {
    const { service } = frequencies({ не: 300, россия: 200, мочь: 150, налог: 3, бизнес: 2, повышать: 1, паромный: 0 }, { s1: 500 });
    const selection = await service.candidateSelection(['не', 'россия', 'мочь', 'повышать', 'налог', 'бизнес', 'паромный', 'не'], 's1');
    expect(selection.lemmas).toEqual(['паромный', 'повышать', 'бизнес', 'налог']);
    expect(selection.bySpeaker).toBe(false);
  });

  it('walks the speaker’s statements when the speaker said less than the lemmas occur', async () => {
    const { service } = frequencies({ не: 300, россия: 200, мочь: 150, год: 250 }, { quiet: 1 });
    const selection = await service.candidateSelection(['не', 'россия', 'мочь', 'год'], 'quiet');
    expect(selection.lemmas).toHaveLength(4);
    expect(selection.bySpeaker).toBe(true);
  });

  it('leaves out a lemma that would take the postings past the budget, even below four', async () => {
    const { service } = frequencies({ налог: 1, бизнес: 2, россия: 5000, год: 6000 }, { s1: 5000 });
    const selection = await service.candidateSelection(['год', 'россия', 'налог', 'бизнес'], 's1');
    expect(selection.lemmas).toEqual(['налог', 'бизнес']);
    expect(selection.bySpeaker).toBe(false);
  });

  it('takes the rarest lemma even when it alone is past the budget', async () => {
    const { service } = frequencies({ россия: 5000, год: 6000 }, { s1: 5000 });
    const selection = await service.candidateSelection(['год', 'россия'], 's1');
    expect(selection.lemmas).toEqual(['россия']);
  });

  it('reads the sample once, not once a statement', async () => {
    const { service, reads } = frequencies({ налог: 1 }, {});
    await Promise.all([service.candidateSelection(['налог'], null), service.candidateSelection(['налог'], null)]);
    await service.candidateSelection(['налог'], null);
    expect(reads()).toBe(1);
  });

  it('reads the sample as the process starts, so the first quote grouped does not wait for it', async () => {
    const { service, reads } = frequencies({ налог: 1 }, {});
    service.onApplicationBootstrap();
    await service.candidateSelection(['налог'], null);
    expect(reads()).toBe(1);
  });

  it('starts without the frequencies when the sample cannot be read, and reads them on first use', async () => {
    let failing = true;
    const sample = {
      frequencies: async () => {
        if (failing) throw new Error('no database yet');
        return { sampled: 10, lemmas: new Map([['налог', 1]]), speakers: new Map() };
      },
    } as unknown as StatementSampleRepository;
    const service = new LemmaFrequencies(sample);
    service.onApplicationBootstrap();
    await new Promise((resolve) => setImmediate(resolve));
    failing = false;
    expect((await service.candidateSelection(['налог'], null)).lemmas).toEqual(['налог']);
  });
});
