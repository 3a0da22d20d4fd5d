import { loadMorphology, Morphology } from '../../../src/extraction/morphology';
import { buildLemmaQuery, contentLemmas, documentKeys, highlight } from '../../../src/language/lemma-text';

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

  describe('words outside the dictionary are found as themselves', () => {
    // Invented names and words, each in a few statements; every query must find exactly those.
    const statements = [
      'Строительство моста поручат компании Вяткастрой.', // 0
      'Акции Вяткастроя выросли после сделки.', // 1
      'Бригада строит новую школу.', // 2
      'Астры зацвели в парке у набережной.', // 3
      'Губернатор встретился с Олегом Зарнековым.', // 4
      'Зарнекову предложили пост советника.', // 5
      'Ирина Зарнекова возглавила фонд.', // 6
      'Контракт с Глобтрейдом подписан.', // 7
      'Лаборатория Sunvale Robotics открыла филиал.', // 8
      'Сотрудники Sunvale получили премии.', // 9
      'Бюджет 2031 года утвердят весной.', // 10
      'В 2031 году запустят метро.', // 11
      'План на 2032 год готов.', // 12
      'Онлайн-платформы выросли втрое.', // 13
      'Работу онлайн-платформы проверят.', // 14
      'Новая платформа заработает летом.', // 15
      'Переговоры зашли в тупик.', // 16
      'Касым-Жомарту Токаеву вручили орден.', // 17
    ];
    const keyed = () => statements.map((text) => new Set(documentKeys(morph, text)));

    function found(query: string): number[] {
      const q = buildLemmaQuery(morph, query)!;
      return keyed().flatMap((keys, i) => (q.groups.every((g) => g.some((k) => keys.has(k))) ? [i] : []));
    }

    it('an invented company name in any case, and not the dictionary words hidden in it', () => {
      expect(found('Вяткастрой')).toEqual([0, 1]);
      expect(found('Вяткастроя')).toEqual([0, 1]);
      expect(found('строить')).toEqual([2]);
      expect(found('астра')).toEqual([3]);
      expect(found('Глобтрейд')).toEqual([7]);
    });

    it('a surname in several cases, masculine and feminine', () => {
      for (const form of ['Зарнеков', 'Зарнекова', 'Зарнекову', 'Зарнековым']) expect(found(form)).toEqual([4, 5, 6]);
      expect(found('Токаев')).toEqual([17]);
      expect(found('Касым-Жомарт')).toEqual([17]);
    });

    it('Latin names and numbers as written', () => {
      expect(found('Sunvale')).toEqual([8, 9]);
      expect(found('sunvale robotics')).toEqual([8]);
      expect(found('2031')).toEqual([10, 11]);
      expect(found('2032')).toEqual([12]);
    });

    it('a hyphenated word by its inflected head, not by the head alone', () => {
      expect(found('онлайн-платформа')).toEqual([13, 14]);
      expect(found('платформой')).toEqual([15]);
    });

    it('keeps inflection for dictionary words', () => {
      expect(found('переговоров')).toEqual([16]);
    });
  });
});
