import { loadMorphology, type Morphology } from '../../../../src/extraction/morphology';
import { PhraseFinder } from '../../../../src/extraction/speakers/noun-phrase';
import type { NounPhrase } from '../../../../src/extraction/speakers/phrase-expansion';
import { PeopleIndex } from '../../../../src/extraction/speakers/people';
import { SpeakerResolver } from '../../../../src/extraction/speakers/speaker-resolver';
import { tokenize } from '../../../../src/extraction/text/tokens';
import type { SpeakerDirectory } from '../../../../src/extraction/types';

let morph: Morphology;
beforeAll(async () => {
  morph = await loadMorphology();
});

/** A directory that knows one office with two holders in turn. */
const directory: SpeakerDirectory = {
  resolveRole: (role, date) =>
    role.toLowerCase() === 'мэр заречья' ? { name: date && date < '2020' ? 'Анна Белова' : 'Петр Лунин', type: 'person', aliases: [], id: 'mayor', confidence: 1 } : null,
  findByName: () => null,
};

function setUp(text: string, publishedAt: string | null) {
  const tokens = tokenize(text);
  const people = new PeopleIndex(morph);
  people.build(tokens);
  const finder = new PhraseFinder(morph, people);
  const resolver = new SpeakerResolver(morph, people, finder, directory, publishedAt);
  /** The phrase to the left of the n-th occurrence of `cue`, within its sentence. */
  const leftOf = (cue: string, n = 0): NounPhrase => {
    const at = tokens.map((t, i) => (t.text === cue ? i : -1)).filter((i) => i >= 0)[n];
    let from = at;
    while (from > 0 && tokens[from - 1].text !== '.') from--;
    return finder.findLeft(tokens, at, from, () => false)!;
  };
  return { resolver, leftOf };
}

describe('SpeakerResolver', () => {
  it('names a person by the fullest nominative form the article gives', () => {
    const { resolver, leftOf } = setUp('Встреча с Олегом Сомовым прошла утром. Сомов сказал, что доволен.', '2025-03-12');
    expect(resolver.resolve(leftOf('сказал'), 1, 'masc')).toMatchObject({ name: 'Олег Сомов', type: 'person', aliases: ['Сомов'] });
  });

  it('tells namesakes apart by the gender of the cue verb', () => {
    const { resolver, leftOf } = setUp('Анна Белова и Олег Белов приехали. Белова сказала, что устала.', '2025-03-12');
    expect(resolver.resolve(leftOf('сказала'), 1, 'femn')?.name).toBe('Анна Белова');
  });

  it('resolves a pronoun to the last speaker of its gender', () => {
    const { resolver, leftOf } = setUp('Анна Белова сказала. Олег Сомов сказал. Она сказала.', '2025-03-12');
    const anna = resolver.resolve(leftOf('сказала', 0), 0, 'femn')!;
    resolver.remember(anna, 0, 0);
    const oleg = resolver.resolve(leftOf('сказал', 0), 1, 'masc')!;
    resolver.remember(oleg, 1, 20);
    expect(resolver.resolve(leftOf('сказала', 1), 2, 'femn')).toMatchObject({ name: 'Анна Белова', resolvedBy: 'pronoun' });
  });

  it('gives a qualified role its holder on the publication date', () => {
    const recent = setUp('Мэр Заречья сказал, что мост откроют.', '2025-03-12');
    expect(recent.resolver.resolve(recent.leftOf('сказал'), 0)).toMatchObject({ name: 'Петр Лунин', resolvedBy: 'registry' });
    const old = setUp('Мэр Заречья сказал, что мост откроют.', '2015-06-01');
    expect(old.resolver.resolve(old.leftOf('сказал'), 0)).toMatchObject({ name: 'Анна Белова', resolvedBy: 'registry' });
  });

  it('gives no holder to a role when the article has no date', () => {
    const { resolver, leftOf } = setUp('Мэр Заречья сказал, что мост откроют.', null);
    expect(resolver.resolve(leftOf('сказал'), 0)).toMatchObject({ type: 'anonymous' });
  });

  it('prefers a person the article introduced with the role to the registry', () => {
    const { resolver, leftOf } = setUp('Мэр Заречья Иван Круск открыл мост. Мэр Заречья сказал, что доволен.', '2025-03-12');
    expect(resolver.resolve(leftOf('сказал'), 1)).toMatchObject({ name: 'Иван Круск', resolvedBy: 'role' });
  });

  it('puts an organisation in the nominative', () => {
    const { resolver, leftOf } = setUp('Пресс-служба губернатора сообщила, что мост открыт.', '2025-03-12');
    expect(resolver.resolve(leftOf('сообщила'), 0)).toMatchObject({ name: 'Пресс-служба губернатора', type: 'organization' });
  });
});
