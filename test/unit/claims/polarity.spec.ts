import { loadMorphology, Morphology } from '../../../src/extraction/morphology';
import { findContradiction, polarityMarks } from '../../../src/claims/polarity';

describe('polarity and contradiction candidates', () => {
  let morph: Morphology;
  beforeAll(async () => {
    morph = await loadMorphology();
  });

  it('carries «не» through an auxiliary to the verb it governs', () => {
    const marks = polarityMarks(morph, 'Мы не будем повышать налоги');
    expect(marks).toContainEqual({ concept: 'рост', sign: -1, word: 'не повышать' });
  });

  it('reads «поднимать» and «повышение» as one direction of growth', () => {
    const c = findContradiction(morph, 'Мы не будем поднимать тарифы на электричество', 'Повышение тарифов на электричество неизбежно');
    expect(c).toMatchObject({ reason: 'antonyms', concept: 'рост', first: 'не поднимать', second: 'Повышение' });
  });

  it('reads «выступать за» and «выступать против» as opposite support', () => {
    expect(polarityMarks(morph, 'Партия выступает за реформу')).toContainEqual(expect.objectContaining({ concept: 'поддержка', sign: 1 }));
    expect(polarityMarks(morph, 'Партия выступает против реформы')).toContainEqual(expect.objectContaining({ concept: 'поддержка', sign: -1 }));
  });

  it('finds antonymous predicates on one topic', () => {
    const c = findContradiction(morph, 'Налоги для малого бизнеса в следующем году повысят', 'Налоги для малого бизнеса в следующем году снизят');
    expect(c).toMatchObject({ reason: 'antonyms', concept: 'рост', first: 'повысят', second: 'снизят' });
    expect(c!.topic).toEqual(expect.arrayContaining(['налог', 'бизнес', 'год']));
  });

  it('finds a negated predicate against an affirmed one', () => {
    const c = findContradiction(morph, 'Мы не будем повышать налоги в следующем году', 'В следующем году налоги придется повысить');
    expect(c).toMatchObject({ reason: 'antonyms', concept: 'рост' });
    const v = findContradiction(morph, 'Россия поставит газ в Европу зимой', 'Россия не поставит газ в Европу зимой');
    expect(v).toMatchObject({ reason: 'negation', concept: 'поставить', first: 'поставит', second: 'не поставит' });
  });

  it('finds nothing across topics or between agreeing statements', () => {
    expect(findContradiction(morph, 'Налоги повысят', 'Мост через реку снесут')).toBeNull();
    expect(findContradiction(morph, 'Мы не будем повышать налоги в следующем году', 'Налоги в следующем году не вырастут')).toBeNull();
    expect(findContradiction(morph, 'Мы поддерживаем реформу образования', 'Мы выступаем против реформы образования')).toMatchObject({ concept: 'поддержка' });
  });
});
