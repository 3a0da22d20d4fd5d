import { createExtractor } from '../../../src/extraction/extractor';
import type { DirectoryMatch, SpeakerDirectory } from '../../../src/extraction/types';

/** A directory that knows two office holders, whatever the date. */
const directory: SpeakerDirectory = {
  resolveRole(role: string): DirectoryMatch | null {
    const holders: Record<string, string> = { 'глава мид россии': 'Сергей Лавров', 'пресс-секретарь кремля': 'Дмитрий Песков' };
    const name = holders[role.toLowerCase()];
    return name ? { name, type: 'person', aliases: [], id: name, confidence: 1 } : null;
  },
  findByName: () => null,
};

describe('role mentions', () => {
  it('give a role qualified by its country or organisation to its holder, not to the speaker in focus', async () => {
    const extractor = await createExtractor({ directory });
    const { statements } = extractor.extract({
      text: [
        'date 2025-03-10',
        'Губернатор Южной области Николай Ветров заявил, что урожай в этом году будет рекордным.',
        'Глава МИД России заявил, что Москва готова к диалогу.',
        'Пресс-секретарь Кремля сказал, что встреча пока не согласована.',
      ].join('\n\n'),
    });
    const byQuote = (text: string) => statements.find((s) => s.quote.includes(text))?.speaker;
    expect(byQuote('урожай')).toMatchObject({ name: 'Николай Ветров' });
    expect(byQuote('готова к диалогу')).toMatchObject({ name: 'Сергей Лавров', resolvedBy: 'registry' });
    expect(byQuote('встреча')).toMatchObject({ name: 'Дмитрий Песков', resolvedBy: 'registry' });
  });

  it('give a bare role to the person the article introduced with it', async () => {
    const extractor = await createExtractor({ directory });
    const { statements } = extractor.extract({
      text: [
        'date 2025-03-10',
        'Министр транспорта Олег Карпов заявил, что новые трассы откроют летом.',
        'По словам министра, подрядчики уже получили аванс.',
      ].join('\n\n'),
    });
    expect(statements.find((s) => s.quote.includes('аванс'))?.speaker).toMatchObject({ name: 'Олег Карпов' });
  });
});

describe('roles at the date, by the bundled registry', () => {
  const at = async (date: string, body: string) => {
    const { loadBundledSpeakerDirectory } = await import('../../../src/speaker-registry/bundled-speaker-directory');
    const extractor = await createExtractor({ directory: await loadBundledSpeakerDirectory() });
    return extractor.extract({ text: `date ${date}\n\n${body}` }).statements;
  };

  it.each([
    ['2015-03-10', 'Президент США заявил, что новые пошлины вводить не будут.', 'Барак Обама'],
    ['2025-03-10', 'Президент США заявил, что новые пошлины вводить не будут.', 'Дональд Трамп'],
    ['2015-03-10', 'Госсекретарь США сообщил, что переговоры возобновятся весной.', 'Джон Керри'],
    ['2025-03-10', 'Государственный секретарь США сообщил, что переговоры возобновятся весной.', 'Марко Рубио'],
    ['2014-01-01', 'По словам генерального секретаря ООН, гуманитарные конвои задерживаются.', 'Пан Ги Мун'],
    ['2025-03-10', 'Генсек ООН отметил, что гуманитарные конвои задерживаются.', 'Антониу Гутерриш'],
  ])('on %s: %s → %s', async (date, body, name) => {
    const [statement] = await at(date, body);
    expect(statement?.speaker).toMatchObject({ name, resolvedBy: 'registry' });
  });

  it('give no holder to a role in an article of unknown date', async () => {
    const statements = await at('unknown', 'Госсекретарь США сообщил, что переговоры возобновятся весной. По словам генерального секретаря ООН, конвои задерживаются.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['госсекретарь США', 'генеральный секретарь ООН']);
    expect(statements.every((s) => s.speaker.resolvedBy !== 'registry')).toBe(true);
  });

  it("keep the article's own spelling of the holder's name, with the registry's as an alias", async () => {
    const statements = await at('2025-03-10', 'Антониу Гутерреш прибыл в Женеву во вторник. Генсек ООН заявил, что переговоры продолжатся.');
    expect(statements[0]?.speaker.name).toBe('Антониу Гутерреш');
    expect(statements[0]?.speaker.aliases).toContain('Антониу Гутерриш');
  });

  it('give a role qualified by a country to the person introduced for that country', async () => {
    const { statements } = (await createExtractor()).extract({
      text: [
        'date 2025-03-10',
        'Министр иностранных дел Приречья Олег Сомов приедет в столицу в пятницу.',
        'Глава МИД Заречья Иван Гром заявил, что ждет гостей.',
        'Министр иностранных дел Приречья пообещал, что привезет новые предложения.',
      ].join('\n\n'),
    });
    expect(statements.find((s) => s.quote.includes('предложения'))?.speaker.name).toBe('Олег Сомов');
  });

  it('name an organisation the directory knows as the article writes it, the directory\'s name an alias', async () => {
    const agencies: SpeakerDirectory = {
      resolveRole: () => null,
      findByName: (name) => (/^Минтранс|^Министерство транспорта/i.test(name) ? { name: 'Министерство транспорта Заречья', type: 'organization', aliases: ['Минтранс Заречья'], id: 'mintrans', confidence: 1 } : null),
    };
    const extractor = await createExtractor({ directory: agencies });
    const { statements } = extractor.extract({ text: 'date 2025-03-10\n\nМинтранс Заречья сообщил, что мост откроют в мае.' });
    expect(statements[0]?.speaker).toMatchObject({ name: 'Минтранс Заречья', aliases: ['Министерство транспорта Заречья'], registryId: 'mintrans' });
  });

  it('give a role in a lead above any name to the first person the article then names, of its gender', async () => {
    const extractor = await createExtractor();
    const text = [
      'date unknown',
      'Вдова летчика надеется, что дело пересмотрят.',
      'Суд отказался рассматривать жалобу Ивана Грома, поданную еще весной. Анна Громова добилась встречи с прокурором.',
    ].join('\n\n');
    const { statements } = extractor.extract({ text });
    expect(statements.find((s) => s.quote.includes('пересмотрят'))?.speaker.name).toBe('Анна Громова');
  });
});
