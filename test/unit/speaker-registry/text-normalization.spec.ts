import { cyrillicToLatin, foldName, transliterationKey } from '../../../src/speaker-registry/text-normalization';

describe('foldName', () => {
  it('lower-cases, folds ё and drops punctuation but keeps hyphens inside words', () => {
    expect(foldName('  Пётр  «Порошенко», ')).toBe('петр порошенко');
    expect(foldName('Касым–Жомарт Токаев')).toBe('касым-жомарт токаев');
  });

  it('maps Kazakh and Ukrainian letters to the Russian ones', () => {
    expect(foldName('Қасым-Жомарт Тоқаев')).toBe('касым-жомарт токаев');
    expect(foldName('Нұрсұлтан Назарбаев')).toBe('нурсултан назарбаев');
    expect(foldName('Єнс Столтенберг')).toBe('енс столтенберг');
    expect(foldName('Вʼячеслав')).toBe('вячеслав');
  });

  it('drops Latin diacritics without touching Cyrillic й', () => {
    expect(foldName('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(foldName('Jonas Gahr Støre')).toBe('jonas gahr store');
    expect(foldName('Сергей')).toBe('сергей');
  });
});

describe('transliteration', () => {
  it('writes Russian names the way English news does', () => {
    expect(cyrillicToLatin('токаев')).toBe('tokayev');
    expect(cyrillicToLatin('щукин')).toBe('shchukin');
  });

  it('gives one key to the usual spellings of a name in both scripts', () => {
    const same = (a: string, b: string) => expect(transliterationKey(a)).toBe(transliterationKey(b));
    same('Tokayev', 'Токаев');
    same('Tokaev', 'Токаев');
    same('Zelenskyy', 'Зеленский');
    same('Zelenskiy', 'Зеленський');
    same('Sergei Lavrov', 'Сергей Лавров');
    same('Jomart', 'Жомарт');
  });

  it('keeps different names apart', () => {
    expect(transliterationKey('Лавров')).not.toBe(transliterationKey('Павлов'));
  });
});
