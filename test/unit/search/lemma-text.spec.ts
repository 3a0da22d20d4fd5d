import { loadMorphology, Morphology } from '../../../src/extraction/morphology';
import { buildLemmaQuery, contentLemmas, documentKeys, highlight } from '../../../src/search/lemma-text';

describe('lemmatised search keys', () => {
  let morph: Morphology;
  beforeAll(async () => {
    morph = await loadMorphology();
  });

  function matches(query: string, text: string): boolean {
    const q = buildLemmaQuery(morph, query)!;
    const keys = new Set(documentKeys(morph, text));
    return q.groups.every((g) => g.some((k) => keys.has(k)));
  }

  it('finds a plural noun in the nominative from its genitive', () => {
    expect(matches('переговоров', 'Переговоры продолжатся в пятницу.')).toBe(true);
  });

  it('finds a surname from its dative, although az reads the nominative as another word', () => {
    expect(matches('Токаеву', 'Президент Казахстана Касым-Жомарт Токаев прибыл в столицу.')).toBe(true);
    expect(matches('Токаев', 'Письмо передали Токаеву лично.')).toBe(true);
  });

  it('needs every query word and leaves stop words out', () => {
    expect(matches('о переговорах с Китаем', 'Переговоры с Китаем идут трудно.')).toBe(true);
    expect(matches('переговоры налоги', 'Переговоры идут трудно.')).toBe(false);
  });

  it('builds a tsquery of quoted keys only, and none for an empty query', () => {
    const q = buildLemmaQuery(morph, "налоги'); DROP TABLE x; --")!;
    expect(q.tsquery).toMatch(/^\('[\p{L}\p{N}]+'( \| '[\p{L}\p{N}]+')*\)( & \('[\p{L}\p{N}]+'( \| '[\p{L}\p{N}]+')*\))*$/u);
    expect(q.tsquery).toContain("'налог'");
    expect(buildLemmaQuery(morph, ' и в на ')).toBeNull();
    expect(buildLemmaQuery(morph, '...')).toBeNull();
  });

  it('highlights the inflected words that matched, escaping the rest', () => {
    const q = buildLemmaQuery(morph, 'налогов')!;
    const h = highlight(morph, 'Налоги <не> вырастут, налоговую базу не тронут.', q);
    expect(h.text).toBe('<mark>Налоги</mark> &lt;не&gt; вырастут, налоговую базу не тронут.');
    expect(h.matches).toEqual([{ text: 'Налоги', start: 0, end: 6 }]);
  });

  it('reduces a quote to its content lemmas in order', () => {
    expect(contentLemmas(morph, 'Мы не будем повышать налоги в следующем году')).toEqual(['не', 'повышать', 'налог', 'следующий', 'год']);
  });
});
