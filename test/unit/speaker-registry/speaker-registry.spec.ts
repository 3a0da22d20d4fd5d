// The matching logic over a small registry written for the test, so each case says what it checks
// without depending on the bundled seed's contents.
import { loadMorphology } from '../../../src/extraction/morphology';
import type { Lexicon, RegistryEntry } from '../../../src/speaker-registry/registry-types';
import { SpeakerRegistry } from '../../../src/speaker-registry/speaker-registry';

const lexicon: Lexicon = {
  countries: [
    { name: 'Казахстан', forms: [], genitive: 'Казахстана', adjectives: ['казахстанский'], headOfState: 'президент', headOfGovernment: 'премьер-министр' },
    { name: 'США', forms: ['Соединённые Штаты'], genitive: 'США', adjectives: ['американский'], headOfState: 'президент', headOfGovernment: 'президент', presidentialOffice: 'Белый дом' },
    { name: 'Россия', forms: ['РФ'], genitive: 'России', adjectives: ['российский'], headOfState: 'президент', headOfGovernment: 'премьер-министр' },
  ],
  places: [],
  ministries: [{ short: 'МИД', forms: ['министерство иностранных дел'], head: 'министр иностранных дел', roles: { спикер: 'официальный представитель' } }],
  roleSynonyms: { глава: '@head', лидер: '@leader', генсек: 'генеральный секретарь', премьер: 'премьер-министр', 'пресс-секретарь президента': '@presidentsSpokesperson' },
  phrases: [],
  organizations: { НАТО: { headRole: 'генеральный секретарь' }, 'Белый дом': { head: { role: 'президент', of: 'США' } } },
};

const entries: RegistryEntry[] = [
  {
    id: 'tokayev', name: 'Касым-Жомарт Токаев', type: 'person', gender: 'male',
    names: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев' },
    roles: [{ role: 'президент', of: 'Казахстан', from: '2019-03-20', to: null }],
  },
  { id: 'nazarbayev', name: 'Нурсултан Назарбаев', type: 'person', gender: 'male', roles: [{ role: 'президент', of: 'Казахстан', from: '1990-04-24', to: '2019-03-20' }] },
  {
    id: 'biden', name: 'Джо Байден', type: 'person', gender: 'male', names: { en: 'Joe Biden' },
    roles: [{ role: 'президент', of: 'США', from: '2021-01-20', to: '2025-01-20' }],
  },
  {
    id: 'trump', name: 'Дональд Трамп', type: 'person', gender: 'male', names: { en: 'Donald Trump' },
    roles: [
      { role: 'президент', of: 'США', from: '2017-01-20', to: '2021-01-20' },
      { role: 'президент', of: 'США', from: '2025-01-20', to: null },
    ],
  },
  { id: 'nabiullina', name: 'Эльвира Набиуллина', type: 'person', gender: 'female', names: { en: 'Elvira Nabiullina' } },
  { id: 'zakharova', name: 'Мария Захарова', type: 'person', gender: 'female', roles: [{ role: 'официальный представитель', of: 'МИД России', from: '2015-08-10', to: null }] },
  { id: 'lavrov', name: 'Сергей Лавров', type: 'person', gender: 'male', names: { en: 'Sergey Lavrov' }, roles: [{ role: 'министр иностранных дел', of: 'Россия', from: '2004-03-09', to: null }] },
  { id: 'boris-johnson', name: 'Борис Джонсон', type: 'person', gender: 'male' },
  { id: 'mike-johnson', name: 'Майк Джонсон', type: 'person', gender: 'male' },
  { id: 'stoltenberg', name: 'Йенс Столтенберг', type: 'person', gender: 'male', roles: [{ role: 'генеральный секретарь', of: 'НАТО', from: '2014-10-01', to: '2024-10-01' }] },
  { id: 'rutte', name: 'Марк Рютте', type: 'person', gender: 'male', roles: [{ role: 'генеральный секретарь', of: 'НАТО', from: '2024-10-01', to: null }] },
  { id: 'deputy-a', name: 'Анна Первая', type: 'person', gender: 'female', roles: [{ role: 'вице-премьер', of: 'Россия', from: '2020-01-21', to: null }] },
  { id: 'deputy-b', name: 'Борис Второй', type: 'person', gender: 'male', roles: [{ role: 'вице-премьер', of: 'Россия', from: '2020-01-21', to: null }] },
  { id: 'nato', name: 'НАТО', type: 'organization', names: { en: 'NATO' }, aliases: ['Североатлантический альянс'] },
  { id: 'mfa-russia', name: 'МИД России', type: 'organization', names: { en: 'Russian Foreign Ministry' }, aliases: ['Министерство иностранных дел России'] },
  { id: 'white-house', name: 'Белый дом', type: 'organization', names: { en: 'White House' } },
];

let registry: SpeakerRegistry;
beforeAll(async () => {
  registry = new SpeakerRegistry(entries, lexicon, await loadMorphology());
});

const nameOf = (name: string) => registry.matchName(name)?.entry.id ?? null;
const holder = (role: string, date: string | null) => registry.matchRole(role, date)?.entry.id ?? null;

describe('role resolution by date', () => {
  it('finds the holder during a term, the predecessor before it and the successor after it', () => {
    expect(holder('президент Казахстана', '2018-06-01')).toBe('nazarbayev');
    expect(holder('президент Казахстана', '2019-03-20')).toBe('tokayev');
    expect(holder('президент Казахстана', '2025')).toBe('tokayev');
    expect(holder('президент США', '2023')).toBe('biden');
    expect(holder('президент США', '2025-06-15')).toBe('trump');
    expect(holder('президент США', '2020-12-31')).toBe('trump');
  });

  it('switches holders on the day the term ends, the end being exclusive', () => {
    expect(holder('президент США', '2025-01-19')).toBe('biden');
    expect(holder('президент США', '2025-01-20')).toBe('trump');
    expect(holder('генсек НАТО', '2024-09-30')).toBe('stoltenberg');
    expect(holder('генсек НАТО', '2024-10-01')).toBe('rutte');
  });

  it('gives nothing before the first known term', () => {
    expect(holder('президент США', '2010-05-01')).toBeNull();
  });

  it('picks, for a month or a year, whoever held the role for most of it', () => {
    expect(holder('президент США', '2021-01')).toBe('trump');
    expect(holder('президент США', '2021-02')).toBe('biden');
    expect(holder('президент США', '2025')).toBe('trump');
  });

  it('reads synonyms, country adjectives, inflected dependents and organisation heads', () => {
    expect(holder('американский президент', '2022')).toBe('biden');
    expect(holder('лидер США', '2022')).toBe('biden');
    expect(holder('глава Белого дома', '2022')).toBe('biden');
    expect(holder('генсек НАТО', '2020')).toBe('stoltenberg');
    expect(holder('глава НАТО', '2025')).toBe('rutte');
    expect(holder('глава МИД России', '2020')).toBe('lavrov');
    expect(holder('глава российского МИД', '2020')).toBe('lavrov');
    expect(holder('министр иностранных дел РФ', '2020')).toBe('lavrov');
    expect(holder('спикер МИД России', '2020')).toBe('zakharova');
  });

  it('answers a role asked again on each date as it did the first time', () => {
    expect(holder('глава НАТО', '2020')).toBe('stoltenberg');
    expect(holder('глава НАТО', '2025')).toBe('rutte');
    expect(holder('глава НАТО', '2020')).toBe('stoltenberg');
    expect(registry.matchRole('глава МИД', '2020')).toEqual(registry.matchRole('глава МИД', '2020'));
    expect(holder('вице-премьер России', '2022')).toBeNull();
    expect(holder('вице-премьер России', '2022')).toBeNull();
  });

  it('assumes Russia for a ministry named without a country, with less confidence', () => {
    const match = registry.matchRole('глава МИД', '2020')!;
    expect(match.entry.id).toBe('lavrov');
    expect(match.confidence).toBeLessThan(registry.matchRole('глава МИД России', '2020')!.confidence);
  });

  it('refuses roles several people hold at once and former holders', () => {
    expect(holder('вице-премьер России', '2022')).toBeNull();
    expect(holder('экс-президент США', '2023')).toBeNull();
    expect(holder('бывший президент США', '2023')).toBeNull();
  });

  it('gives nothing for unknown roles and bad input', () => {
    expect(holder('президент Марса', '2023')).toBeNull();
    expect(holder('', '2023')).toBeNull();
    expect(holder('президент США', 'not a date')).toBeNull();
  });

  it('resolves against today when no date is given', () => {
    expect(holder('президент Казахстана', null)).toBe('tokayev');
  });
});

describe('name matching', () => {
  it('matches across scripts: Latin, Kazakh and Russian spellings', () => {
    expect(nameOf('Tokayev')).toBe('tokayev');
    expect(nameOf('Kassym-Jomart Tokayev')).toBe('tokayev');
    expect(nameOf('Тоқаев')).toBe('tokayev');
    expect(nameOf('Қасым-Жомарт Тоқаев')).toBe('tokayev');
  });

  it('matches inflected forms through morphology, whatever the case and letter case', () => {
    const match = registry.matchName('токаеву')!;
    expect(match.entry.id).toBe('tokayev');
    expect(match.rule).toBe('morphology');
    expect(nameOf('Касым-Жомарта Токаева')).toBe('tokayev');
    expect(nameOf('Эльвиры Набиуллиной')).toBe('nabiullina');
    expect(nameOf('НАБИУЛЛИНОЙ')).toBe('nabiullina');
    expect(nameOf('Марией Захаровой')).toBe('zakharova');
    expect(nameOf('Байдену')).toBe('biden');
    expect(nameOf('Министерства иностранных дел России')).toBe('mfa-russia');
  });

  it('matches transliteration variants and small misspellings, with lower confidence', () => {
    const variant = registry.matchName('Tokaev')!;
    expect(variant.entry.id).toBe('tokayev');
    expect(variant.rule).toBe('transliteration');
    const typo = registry.matchName('Nabiullena')!;
    expect(typo.entry.id).toBe('nabiullina');
    expect(typo.rule).toBe('fuzzy');
    expect(typo.confidence).toBeLessThan(variant.confidence);
    expect(nameOf('Sergei Lavrov')).toBe('lavrov');
  });

  it('answers a name asked again, or written in another case, as it did the first time, a miss included', () => {
    const first = registry.matchName('Nabiullena')!;
    expect(registry.matchName('NABIULLENA')).toEqual(first);
    expect(registry.matchName('Nabiullena')).toEqual({ entry: expect.objectContaining({ id: 'nabiullina' }), rule: 'fuzzy', confidence: first.confidence });
    expect(registry.matchName('Зарнеков Вяткастрой')).toBeNull();
    expect(registry.matchName('Зарнеков Вяткастрой')).toBeNull();
  });

  it('rates a bare surname below a full name', () => {
    expect(registry.matchName('Токаев')!.confidence).toBeLessThan(registry.matchName('Касым-Жомарт Токаев')!.confidence);
  });

  it('ignores patronymics and checks initials', () => {
    expect(nameOf('Сергей Викторович Лавров')).toBe('lavrov');
    expect(nameOf('С. В. Лавров')).toBe('lavrov');
    expect(nameOf('А. Лавров')).toBeNull();
  });

  it('refuses a surname two registry people share', () => {
    expect(nameOf('Джонсон')).toBeNull();
    expect(nameOf('Борис Джонсон')).toBe('boris-johnson');
  });

  it('finds organisations by their short, long and foreign names', () => {
    expect(nameOf('Североатлантический альянс')).toBe('nato');
    expect(nameOf('Russian Foreign Ministry')).toBe('mfa-russia');
  });

  it('gives nothing for unknown names, noise and short fragments', () => {
    expect(nameOf('Иван Неизвестный')).toBeNull();
    expect(nameOf('')).toBeNull();
    expect(nameOf('§§§')).toBeNull();
    expect(nameOf('Ли')).toBeNull();
  });

  it('answers the extractor through the SpeakerDirectory interface', () => {
    const match = registry.findByName('Tokayev')!;
    expect(match).toMatchObject({ name: 'Касым-Жомарт Токаев', type: 'person', id: 'tokayev' });
    expect(match.aliases).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Қасым-Жомарт Тоқаев']));
    expect(registry.resolveRole('президент США', '2023')).toMatchObject({ name: 'Джо Байден' });
  });
});

describe('search keys', () => {
  it('lists case forms and transliterations for a database type-ahead index', () => {
    const keys = registry.searchKeys(entries[0]).map((k) => k.key);
    expect(keys).toEqual(expect.arrayContaining(['касым-жомарт токаев', 'касым-жомарта токаева', 'токаеву', 'kassym-jomart tokayev', 'касым-жомарт токаев']));
    expect(keys).not.toContain('касыму-жомарту токаевым');
    expect(registry.searchKeys(entries[0])).toContainEqual({ key: 'tokayev', kind: 'surname' });
  });
});
