import { loadMorphology, type Morphology } from '../../../../src/extraction/morphology';
import { allForms, caseForms } from '../../../../src/extraction/speakers/name-declension';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

describe('case forms of names', () => {
  it('declines Russian-pattern surnames by gender', () => {
    expect(allForms('токаев', 'male', 'last', morphology)).toEqual(expect.arrayContaining(['токаева', 'токаеву', 'токаевым', 'токаеве']));
    expect(allForms('набиуллина', 'female', 'last', morphology)).toEqual(expect.arrayContaining(['набиуллиной', 'набиуллину']));
    expect(allForms('зеленский', 'male', 'last', morphology)).toEqual(expect.arrayContaining(['зеленского', 'зеленскому', 'зеленским']));
    expect(allForms('захарова', 'female', 'last', morphology)).toContain('захаровой');
  });

  it('declines foreign masculine surnames ending in a consonant', () => {
    expect(allForms('байден', 'male', 'last', morphology)).toEqual(expect.arrayContaining(['байдена', 'байдену', 'байденом']));
    expect(allForms('цзиньпин', 'male', 'last', morphology)).toContain('цзиньпина');
  });

  it('leaves indeclinable names alone', () => {
    expect(allForms('шойгу', 'male', 'last', morphology)).toEqual(['шойгу']);
    expect(allForms('меркель', 'female', 'last', morphology)).toEqual(['меркель']);
    expect(allForms('кличко', 'male', 'last', morphology)).toEqual(['кличко']);
  });

  it('declines first names, including those az knows from its dictionary', () => {
    expect(allForms('мария', 'female', 'first', morphology)).toEqual(expect.arrayContaining(['марии', 'марию', 'марией']));
    expect(allForms('сергей', 'male', 'first', morphology)).toEqual(expect.arrayContaining(['сергея', 'сергею', 'сергеем']));
    expect(allForms('дмитрий', 'male', 'first', morphology)).toEqual(expect.arrayContaining(['дмитрия', 'дмитрием', 'дмитрии']));
  });

  it('declines hyphenated names whole and by their last part', () => {
    const genitive = caseForms('касым-жомарт', 'male', 'first', morphology)[1];
    expect(genitive).toEqual(expect.arrayContaining(['касыма-жомарта', 'касым-жомарта']));
  });
});
