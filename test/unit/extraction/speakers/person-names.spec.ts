import { loadMorphology, type Morphology } from '../../../../src/extraction/morphology';
import { nominativeReadings, readName, wordCases } from '../../../../src/extraction/speakers/name-forms';
import { statementsOf } from '../helpers';

let morph: Morphology;
beforeAll(async () => {
  morph = await loadMorphology();
});

const nothingElse = { cases: null, gender: null, articleHas: () => false };

describe('name forms by the declension rules', () => {
  it('read a surname in the instrumental as a noun, not as an adjective', () => {
    const reading = readName(morph, 'Иваном', 'Круском', { ...nothingElse, cases: wordCases(morph, 'губернатором') });
    expect(reading).toMatchObject({ first: 'Иван', surname: 'Круск', gender: 'masc', nominative: false });
  });

  it('decline a hyphenated first name by its last part and take its gender from the first', () => {
    expect(readName(morph, 'Айдар-Бека', 'Сатаева', nothingElse)).toMatchObject({ first: 'Айдар-Бек', surname: 'Сатаев', gender: 'masc' });
  });

  it('keep an indeclinable foreign name as written', () => {
    expect(readName(morph, 'Жоао', 'Карвальо', nothingElse)).toMatchObject({ first: 'Жоао', surname: 'Карвальо', nominative: true });
  });

  it('prefer the nominative the article itself gives over the paradigm guess', () => {
    expect(readName(morph, 'Александра', 'Белова', nothingElse)).toMatchObject({ surname: 'Белова', gender: 'femn' });
    expect(readName(morph, 'Александра', 'Белова', { ...nothingElse, articleHas: (w) => w === 'белов' })).toMatchObject({ first: 'Александр', surname: 'Белов', gender: 'masc' });
  });

  it('read a foreign surname without a fleeting vowel', () => {
    expect(readName(morph, 'Фридриха', 'Мерца', nothingElse)).toMatchObject({ first: 'Фридрих', surname: 'Мерц' });
    expect(readName(morph, 'Алексея', 'Навального', nothingElse)).toMatchObject({ first: 'Алексей', surname: 'Навальный' });
  });

  it('give the cases a form fits', () => {
    const mercz = nominativeReadings('Мерцу', 'male', 'last').find((r) => r.nominative === 'мерц');
    expect(mercz && [...mercz.cases]).toEqual([2]);
  });
});

describe('person names in articles', () => {
  it('keep a hyphenated first name and link the surname mentioned alone', async () => {
    const s = await statementsOf('Глава района Айдар-Бек Сатаев открыл новую школу. Позже Сатаев заявил, что ремонт обошелся дешевле плана.');
    expect(s.find((x) => x.quote.includes('ремонт'))?.speaker.name).toBe('Айдар-Бек Сатаев');
  });

  it('keep a foreign first name az does not know', async () => {
    const s = await statementsOf('Жоао Карвальо сообщил, что поставки кофе выросли. Карвальо добавил, что цены стабильны.');
    expect(s.map((x) => x.speaker.name)).toEqual(['Жоао Карвальо', 'Жоао Карвальо']);
  });

  it('drop initials written against the surname', async () => {
    const s = await statementsOf('В понедельник О.Сомова сказала, что читальный зал откроют в среду.');
    expect(s[0]?.speaker.name).toBe('Сомова');
  });

  it('name a person met first in the instrumental by the noun paradigm', async () => {
    const s = await statementsOf('Мэр встретился с губернатором Иваном Круском. Позже Круск заявил, что дорогу достроят осенью.');
    expect(s[0]?.speaker.name).toBe('Иван Круск');
  });

  it('keep a hyphenated first name with a surname the dictionary knows as a common noun', async () => {
    const statements = await statementsOf('Вчера Айдар-Бек Мостов заявил, что реформы продолжатся. Позже Мостов добавил, что налоги снизят.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Айдар-Бек Мостов', 'Айдар-Бек Мостов']);
  });

  it('read an East Asian name family name first, in its cases and by the family name alone', async () => {
    const body = 'Бывший министр Пак Сон Ир, уехавший из страны, рассказал о том, как избежать войны. «Нужно говорить с людьми», — цитирует Пака Сон Ира агентство. Позже Пак выступил в Сеуле и сказал, что переговоры возможны.';
    const statements = await statementsOf(body);
    expect(statements.map((s) => s.speaker.name)).toEqual(['Пак Сон Ир', 'Пак Сон Ир', 'Пак Сон Ир']);
  });
});
