import type { DataSource } from 'typeorm';
import type { SpeakerKeyIndex } from '../../../src/speakers/speaker-key-index';
import { SpeakerLinkingService } from '../../../src/speakers/speaker-linking.service';
import type { SpeakerLookup, SpeakerMatch } from '../../../src/speakers/speaker-lookup';
import type { SpeakerRepository } from '../../../src/speakers/speaker.repository';
import type { StatementRepository } from '../../../src/statements/statement.repository';

/** Linking over a registry that knows the names in `known` (slowly, as the database would answer). */
function linkingOver(known: Record<string, string>) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const lookup = {
    match: async (_em: unknown, name: string): Promise<SpeakerMatch | null> => {
      asked.push(name);
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return known[name] ? { speakerId: known[name], rule: 'exact-alias', confidence: 1 } : null;
    },
  } as unknown as SpeakerLookup;
  const speakers = { registryVersion: async () => '7' } as unknown as SpeakerRepository;
  const linking = new SpeakerLinkingService({ manager: {} } as unknown as DataSource, lookup, {} as SpeakerKeyIndex, speakers, {} as StatementRepository);
  return { linking, asked, mostInFlight: () => mostInFlight };
}

const person = (speakerName: string) => ({ speakerName, speakerType: 'person', registrySpeakerId: null });

describe('SpeakerLinkingService.resolveSpeakers', () => {
  const registry = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`Эмиль Горбунов-${i}`, `speaker-${i}`]));

  it('gives each statement its speaker, in order, asking the registry once for each distinct name', async () => {
    const { linking, asked } = linkingOver(registry);
    const names = ['Эмиль Горбунов-1', 'Эмиль Горбунов-2', 'эмиль горбунов-1', 'Эмиль Горбунов-1', 'Эмиль Горбунов-3'];
    const matches = await linking.resolveSpeakers(names.map(person));
    expect(matches.map((m) => m.speakerId)).toEqual(['speaker-1', 'speaker-2', 'speaker-1', 'speaker-1', 'speaker-3']);
    expect(asked).toHaveLength(3);
  });

  it('looks up a batch full of names not seen before a few at a time, not one after another', async () => {
    const { linking, asked, mostInFlight } = linkingOver(registry);
    await linking.resolveSpeakers(Object.keys(registry).map(person));
    expect(asked).toHaveLength(10);
    expect(mostInFlight()).toBeGreaterThan(1);
    expect(mostInFlight()).toBeLessThanOrEqual(4);
  });

  it('remembers registry matches for the next batch while the registry version stays', async () => {
    const { linking, asked } = linkingOver(registry);
    await linking.resolveSpeakers([person('Эмиль Горбунов-4')]);
    await linking.resolveSpeakers([person('Эмиль Горбунов-4'), person('Эмиль Горбунов-5')]);
    expect(asked).toEqual(['Эмиль Горбунов-4', 'Эмиль Горбунов-5']);
  });
});
