import { loadMorphology, type Morphology } from '../../../src/extraction/morphology';
import { lookupKeys, speakerSearchKeys, surnamesOf } from '../../../src/speaker-registry/search-keys';
import { transliterationKey } from '../../../src/speaker-registry/text-normalization';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

describe('speaker search keys', () => {
  it('stores full names, surnames, case forms and transliterations of a person', () => {
    const keys = speakerSearchKeys({ name: 'Эльвира Набиуллина', type: 'person', gender: 'female', names: { en: 'Elvira Nabiullina' } }, morphology);
    const of = (kind: string) => keys.filter((k) => k.kind === kind).map((k) => k.key);
    expect(of('name')).toEqual(expect.arrayContaining(['эльвира набиуллина', 'elvira nabiullina']));
    expect(of('surname')).toEqual(expect.arrayContaining(['набиуллина', 'nabiullina']));
    expect(of('form')).toEqual(expect.arrayContaining(['эльвиры набиуллиной', 'набиуллиной', 'набиуллину']));
    expect(of('translit')).toContain(transliterationKey('Набиуллина'));
  });

  it('stores lemma keys of organisations instead of personal case forms', () => {
    const keys = speakerSearchKeys({ name: 'МИД России', type: 'organization', aliases: ['Министерство иностранных дел России'] }, morphology);
    expect(keys).toContainEqual({ key: 'министерство иностранный дело россия', kind: 'form' });
    expect(keys.some((k) => k.kind === 'surname')).toBe(false);
  });

  it('keeps particles with the surname', () => {
    expect(surnamesOf(['урсула', 'фон', 'дер', 'ляйен'])).toEqual(['ляйен', 'фон дер ляйен']);
    expect(surnamesOf(['путин'])).toEqual([]);
  });
});

describe('lookup keys', () => {
  it('gives the name as written, without initials and without a patronymic', () => {
    const keys = lookupKeys('В. В. Путин', morphology);
    expect(keys.names).toEqual(['в в путин', 'путин']);
    expect(keys.initials).toEqual(['в', 'в']);
    expect(lookupKeys('Сергей Викторович Лавров', morphology).names).toContain('сергей лавров');
  });

  it('guesses nominative forms, including feminine surnames from az\'s masculine lemma', () => {
    expect(lookupKeys('Набиуллиной', morphology).lemmas).toContain('набиуллина');
    expect(lookupKeys('Путиным', morphology).lemmas).toContain('путин');
  });

  it('survives empty and odd input', () => {
    expect(lookupKeys('', morphology)).toEqual({ names: [], initials: [], lemmas: [], translit: [] });
    expect(lookupKeys('§§§', morphology).names).toEqual([]);
  });
});
