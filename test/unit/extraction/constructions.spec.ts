// One test per construction of the annotation guide, on sentences written for these tests.
import { statementsOf } from './helpers';

jest.setTimeout(30000);

describe('statement constructions', () => {
  it('indirect: X заявил, что …', async () => {
    const [s] = await statementsOf('Министр транспорта Олег Воронцов заявил, что новые трамваи выйдут на линии весной.');
    expect(s).toMatchObject({ type: 'indirect', quote: 'новые трамваи выйдут на линии весной', cue: 'заявил' });
    expect(s.speaker).toMatchObject({ name: 'Олег Воронцов', type: 'person' });
  });

  it('indirect with the speaker after the clause', async () => {
    const [s] = await statementsOf('Город готов принять чемпионат уже в следующем году, заявила мэр Ирина Соколова.');
    expect(s.quote).toBe('Город готов принять чемпионат уже в следующем году');
    expect(s.speaker.name).toBe('Ирина Соколова');
  });

  it('direct: «…», — сказал X.', async () => {
    const [s] = await statementsOf('«Мы закончим ремонт моста к осени», — сказал губернатор Павел Гусев.');
    expect(s).toMatchObject({ type: 'direct', quote: 'Мы закончим ремонт моста к осени' });
    expect(s.speaker.name).toBe('Павел Гусев');
  });

  it('direct: X сказал: «…» spanning sentences', async () => {
    const [s] = await statementsOf('Глава компании Тимур Алиев сказал: «Продажи растут. Мы откроем еще два завода».');
    expect(s.type).toBe('direct');
    expect(s.quote).toBe('Продажи растут. Мы откроем еще два завода');
    expect(s.speaker.name).toBe('Тимур Алиев');
  });

  it('direct: a quote broken by its attribution', async () => {
    const [s] = await statementsOf('«Цены стабилизировались, — сказала Марина Лебедева. — Но расслабляться рано».');
    expect(s.quote).toBe('Цены стабилизировались Но расслабляться рано');
    expect(s.speaker.name).toBe('Марина Лебедева');
  });

  it('mixed: a clause carrying quoted fragments', async () => {
    const [s] = await statementsOf('Депутат Сергей Мухин отметил, что проект закона «требует серьезной доработки».');
    expect(s.type).toBe('mixed');
    expect(s.quote).toBe('проект закона «требует серьезной доработки»');
  });

  it('according_to: По словам X, …', async () => {
    const out = await statementsOf('Председатель комитета Анна Белова выступила на форуме. По словам Беловой, отрасль ждет рост инвестиций.');
    const s = out.find((x) => x.type === 'according_to')!;
    expect(s.quote).toBe('отрасль ждет рост инвестиций');
    expect(s.speaker.name).toBe('Анна Белова');
  });

  it('verbal act with an object: X призвал …', async () => {
    const [s] = await statementsOf('Посол Виктор Зуев призвал стороны вернуться к переговорам.');
    expect(s.quote).toBe('стороны вернуться к переговорам');
    expect(s.speaker.name).toBe('Виктор Зуев');
  });

  it('pronoun and coordinated cue: Он … и добавил, что …', async () => {
    const out = await statementsOf('Министр спорта Илья Орешкин посетил стадион. Он назвал арену «лучшей в стране» и добавил, что матчи начнутся в мае.');
    expect(out.map((s) => s.speaker.name)).toEqual(['Илья Орешкин', 'Илья Орешкин']);
    expect(out[1].quote).toBe('матчи начнутся в мае');
  });

  it('anonymous source', async () => {
    const [s] = await statementsOf('Источник в министерстве сообщил, что решение уже принято.');
    expect(s.speaker).toMatchObject({ type: 'anonymous', name: 'источник в министерстве' });
  });

  it('organisation in a locative: В пресс-службе X уточнили, что …', async () => {
    const [s] = await statementsOf('В пресс-службе Минздрава уточнили, что вакцина поступит в аптеки в апреле.');
    expect(s.speaker).toMatchObject({ type: 'organization', name: 'пресс-служба Минздрава' });
  });

  it('Об этом сообщил X: the previous sentence is the content', async () => {
    const out = await statementsOf('Завод возобновит работу в понедельник. Об этом сообщил директор предприятия Андрей Лосев.');
    expect(out[0].quote).toBe('Завод возобновит работу в понедельник');
    expect(out[0].speaker.name).toBe('Андрей Лосев');
  });

  it('a role resolved to the person the article introduced', async () => {
    const out = await statementsOf('Министр финансов Глеб Носов выступил в Думе. «Дефицит сократится», — сказал министр.');
    expect(out[0].speaker.name).toBe('Глеб Носов');
  });

  it('dates: накануне, weekday and month against the publication date', async () => {
    const out = await statementsOf('Накануне губернатор Павел Гусев заявил, что мост откроют. В сентябре Гусев говорил, что ремонт затянется.', '2025-11-20');
    expect(out[0].date).toBe('2025-11-19');
    expect(out[1].date).toBe('2025-09');
  });

  it('date unknown: null unless the year is given', async () => {
    const out = await statementsOf('Министр Олег Воронцов заявил, что трамваи выйдут весной. 20 декабря 2010 года Воронцов сказал, что проект закрыт.', 'unknown');
    expect(out[0].date).toBeNull();
    expect(out[1].date).toBe('2010-12-20');
  });

  it('stays silent on facts without a source', async () => {
    expect(await statementsOf('Заседание продлилось три часа. Депутаты приняли закон в первом чтении.')).toEqual([]);
  });
});

describe('more constructions', () => {
  it('one statement per coordinated speaker of a shared cue', async () => {
    const out = await statementsOf('Франция, Италия и Испания осудили эти действия.');
    expect(out.map((s) => s.speaker.name)).toEqual(['Франция', 'Италия', 'Испания']);
    expect(new Set(out.map((s) => s.quote))).toEqual(new Set(['эти действия']));
  });

  it('a parenthetical cue takes the clause after it', async () => {
    const [s] = await statementsOf('Сейчас, продолжил министр Олег Воронцов, правительство готовит новую программу.');
    expect(s.quote).toBe('правительство готовит новую программу');
    expect(s.speaker.name).toBe('Олег Воронцов');
  });

  it('Об этом X заявил at the start of the sentence', async () => {
    const out = await statementsOf('Тарифы на проезд вырастут с января. Об этом губернатор Павел Гусев заявил на пресс-конференции.');
    expect(out[0]).toMatchObject({ quote: 'Тарифы на проезд вырастут с января', type: 'indirect' });
    expect(out[0].speaker.name).toBe('Павел Гусев');
  });

  it('X: «…» without a verb, and a standalone quotation continuing the speaker', async () => {
    const out = await statementsOf('Сам Игорь Лапин был краток: «Решение окончательное и пересмотру не подлежит».\n\n«Мы будем работать дальше и ждем поддержки от города».');
    expect(out).toHaveLength(2);
    expect(out.every((s) => s.speaker.name === 'Игорь Лапин' && s.type === 'direct')).toBe(true);
  });

  it('цитирует: the cited person speaks, the outlet relays', async () => {
    const [s] = await statementsOf('«Сроки не сдвинутся ни на день», — цитирует ТАСС Андрея Белова.');
    expect(s.speaker.name).toBe('Андрей Белов');
    expect(s.via).toBe('ТАСС');
  });

  it('a plural verb with an institution in the locative', async () => {
    const [s] = await statementsOf('В пресс-службе мэрии «Известиям» сообщили, что ремонт закончат к лету.');
    expect(s.speaker).toMatchObject({ type: 'organization', name: 'пресс-служба мэрии' });
  });

  it('the subject is found across a participial clause', async () => {
    const [s] = await statementsOf('Врачи, лечащие пострадавшего водителя, говорят, что его состояние стабильно.');
    expect(s.speaker).toMatchObject({ type: 'anonymous', name: 'врачи' });
  });

  it('Как уточнила пресс-служба, X подтвердил, что …: the channel is via', async () => {
    const [s] = await statementsOf('Как уточнила пресс-служба завода, его директор Ольга Терехова подтвердила, что цех перезапустят.');
    expect(s.speaker.name).toBe('Ольга Терехова');
    expect(s.via).toContain('пресс-служба');
  });

  it('X со ссылкой на Y: the one cited speaks, the one citing relays', async () => {
    const [before] = await statementsOf('Журнал «Речной край» со ссылкой на источники в правительстве области сообщает, что причал закроют на ремонт до июня.');
    expect(before).toMatchObject({ quote: 'причал закроют на ремонт до июня', via: 'Журнал «Речной край»' });
    expect(before.speaker.name).toBe('источники в правительстве области');
    const [after] = await statementsOf('Причал закроют на ремонт до июня, сообщает журнал «Речной край» со ссылкой на пресс-службу порта.');
    expect(after).toMatchObject({ quote: 'Причал закроют на ремонт до июня', via: 'журнал «Речной край»' });
    expect(after.speaker.name).toBe('пресс-служба порта');
  });

  it('цитирует with the cited person or their words before the outlet', async () => {
    const [person] = await statementsOf('Вчера прошла сессия. «Мы справимся с задачей до осени», — цитирует Андрея Белова агентство «Регион».');
    expect(person).toMatchObject({ type: 'direct', quote: 'Мы справимся с задачей до осени', via: 'агентство «Регион»' });
    expect(person.speaker.name).toBe('Андрей Белов');
    const [words] = await statementsOf('Иван Петров выступил на сессии. «Сроки не сдвинутся», — цитирует слова Петрова агентство «Регион».');
    expect(words).toMatchObject({ quote: 'Сроки не сдвинутся', via: 'агентство «Регион»' });
    expect(words.speaker.name).toBe('Иван Петров');
  });

  it('a block quoted without marks after `X прокомментировал:` closing its paragraph', async () => {
    const statements = await statementsOf(
      'Фабрика сменила владельца\n\nПокупатель оформил сделку в среду после трех месяцев торга. Новый владелец фабрики Олег Смирнов так прокомментировал покупку:\n\n' +
        'Мы вложим деньги в новое оборудование и сохраним всех работников фабрики.\n\n' +
        'Я рассчитываю, что через год фабрика выйдет на прибыль.\n\n' +
        'Ранее сообщалось, что прежний владелец искал покупателя два года.',
    );
    const block = statements.find((s) => s.quote.startsWith('Мы вложим'))!;
    expect(block).toMatchObject({ type: 'direct', cue: 'прокомментировал' });
    expect(block.speaker.name).toBe('Олег Смирнов');
    // the next paragraph in the first person belongs to the block; the journalist's after it does not
    expect(block.quote).toContain('Я рассчитываю, что через год фабрика выйдет на прибыль');
    expect(block.quote).not.toContain('Ранее сообщалось');
    expect(statements.filter((s) => s.quote.includes('выйдет на прибыль'))).toHaveLength(1);
  });

  it('an embedded post after `X написал:` without the line repeating its name, and no block without a cue', async () => {
    const [post] = await statementsOf(
      'Свет вернули\n\nПеребои с электричеством длились двое суток. Вечером во вторник Telegram-канал Baza написал:\n\nBaza\n' +
        'Отключения света в трех районах города связаны с аварией на подстанции, ремонт займет еще сутки.',
    );
    expect(post.quote).toBe('Отключения света в трех районах города связаны с аварией на подстанции, ремонт займет еще сутки');
    expect(post.speaker.name).toContain('Baza');
    const none = await statementsOf('Пожар потушили\n\nПожар на складе потушили к утру. В числе пострадавших:\n\nдва охранника и водитель погрузчика, их доставили в больницу.');
    expect(none).toEqual([]);
  });

  it('verbs of feeling report speech beside a quotation only', async () => {
    const statements = await statementsOf(
      'Совещание в холдинге\n\nГлава холдинга Михаил Орлов выступил на совещании. «Кто разрешил менять сетку вещания?» — возмутился он. Министр удивился, что решение приняли без него.',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ type: 'direct', quote: 'Кто разрешил менять сетку вещания', cue: 'возмутился' });
    expect(statements[0].speaker.name).toBe('Михаил Орлов');
  });

  it('a line break in place of the dash: the attribution opens the next paragraph in lower case', async () => {
    const [s] = await statementsOf(
      'Итоги года\n\nСовещание в областной администрации прошло в четверг.\n\n«Мы сохраним команду и продолжим работу в прежнем составе, без перестановок»\n\nзаявил после совещания губернатор Павел Гусев.',
    );
    expect(s).toMatchObject({ type: 'direct', quote: 'Мы сохраним команду и продолжим работу в прежнем составе, без перестановок', cue: 'заявил' });
    expect(s.speaker.name).toBe('Павел Гусев');
  });

  it('an outlet in quotation marks after пишет is the speaker; after заявил it is the addressee', async () => {
    const [written] = await statementsOf('Заголовок новости\n\n«Северный банк» приобрел контрольный пакет молочной компании из Вологды, пишет «Вестник».');
    expect(written.quote).toBe('«Северный банк» приобрел контрольный пакет молочной компании из Вологды');
    expect(written.speaker).toMatchObject({ name: 'Вестник', type: 'organization' });
    const [told] = await statementsOf('Заголовок новости\n\nБанк готов снизить ставки, заявил «Вестнику» глава банка Олег Смирнов.');
    expect(told.speaker.name).toBe('Олег Смирнов');
  });

  it('Об этом рассказал X, уточнив, что …: two statements of X', async () => {
    const statements = await statementsOf(
      'Заголовок новости\n\nТеатр снизит цены на билеты. Об этом рассказал директор театра Иван Петров, уточнив, что скидки получат студенты и пенсионеры.',
    );
    expect(statements.map((s) => [s.quote, s.speaker.name])).toEqual([
      ['Театр снизит цены на билеты', 'Иван Петров'],
      ['скидки получат студенты и пенсионеры', 'Иван Петров'],
    ]);
  });

  it('a plural role whose first reading is another noun (`критики`: критика or критик) is a source', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nСериал по-прежнему смотрят миллионы. Хотя некоторые критики констатируют заметное снижение качества сценариев в последних сезонах.');
    expect(s).toMatchObject({ quote: 'заметное снижение качества сценариев в последних сезонах' });
    expect(s.speaker).toMatchObject({ name: 'критики', type: 'anonymous' });
  });

  it('a country before a plural verb with a clause is the source; with an object it is only where', async () => {
    const [britain] = await statementsOf('Заголовок новости\n\nПереговоры продолжаются. Во Франции отмечают, что посол был вызван в министерство.');
    expect(britain).toMatchObject({ quote: 'посол был вызван в министерство' });
    expect(britain.speaker).toMatchObject({ name: 'Франция', type: 'organization' });
    const [ukraine] = await statementsOf('Заголовок новости\n\nПереговоры продолжаются. Ранее в Казахстане говорили, что хотят продать больше зерна.');
    expect(ukraine.speaker.name).toBe('Казахстан');
    expect(await statementsOf('Заголовок новости\n\nПраздник продолжается. В четверг в Китае отмечают праздник весны.')).toEqual([]);
  });

  it('a quantified subject in the genitive plural (`несколько избирателей`, `ряд аналитиков`) is the source, kept as written', async () => {
    const [few] = await statementsOf('Заголовок новости\n\nВыборы прошли спокойно. Несколько избирателей в разговоре с журналистом отметили высокую явку на участках.');
    expect(few).toMatchObject({ quote: 'высокую явку на участках' });
    expect(few.speaker).toMatchObject({ name: 'несколько избирателей', type: 'anonymous' });
    const [some] = await statementsOf('Заголовок новости\n\nВыборы прошли спокойно. Ряд аналитиков полагает, что второй тур не понадобится.');
    expect(some.speaker.name).toBe('ряд аналитиков');
  });

  it('a noun in the genitive before a role is not part of its phrase', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nВыборы прошли спокойно. В беседе с частью избирателей министр заявил, что второй тур не понадобится.');
    expect(s.speaker.name).toBe('министр');
  });

  it('цитирует Outlet + an oblique role or the statement noun: the outlet relays', async () => {
    const [official] = await statementsOf('Заголовок новости\n\nМэр встретился с премьером. «Мы рассчитываем, что мост достроят к зиме», — цитирует Лента.ру японского чиновника.');
    expect(official).toMatchObject({ via: 'Лента.ру' });
    expect(official.speaker).toMatchObject({ name: 'японский чиновник' });
    const [minister] = await statementsOf('Заголовок новости\n\nИван Петров выступил на сессии. «Сроки не сдвинутся», — цитирует ТАСС заявление министра Ивана Петрова.');
    expect(minister).toMatchObject({ via: 'ТАСС' });
    expect(minister.speaker.name).toBe('Иван Петров');
  });

  it('X, по данным агентства, сообщил, что …: X speaks, the according-to source is only the channel', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nАкция прошла спокойно. Областная полиция, по данным агентства, сообщила, что задержаний не было.');
    expect(s).toMatchObject({ type: 'indirect', quote: 'задержаний не было' });
    expect(s.speaker.name).toBe('Областная полиция');
    expect(s.via).toMatch(/^агентств/);
  });
});

describe('cue coverage (issue 11)', () => {
  const one = async (text: string, date?: string) => (await statementsOf(`Заголовок новости\n\n${text}`, date))[0];

  it('an object with в …, с тем, что …, как …: the object is part of the content', async () => {
    expect((await one('Министр Борис Ланской обвинил соседей в том, что они срывают поставки угля.')).quote).toBe('соседей в том, что они срывают поставки угля');
    expect((await one('Экономист Ирина Серова связывает подорожание хлеба с тем, что урожай оказался слабым.')).quote).toBe('подорожание хлеба с тем, что урожай оказался слабым');
    expect((await one('Губернатор Петр Лужин охарактеризовал ситуацию с дорогами как критическую.')).quote).toBe('ситуацию с дорогами как критическую');
  });

  it('тем, что: the reason is the content', async () => {
    const s = await one('Мэр Галина Рябова объяснила закрытие катка тем, что лед растаял.');
    expect(s).toMatchObject({ quote: 'лед растаял', cue: 'объяснила' });
  });

  it('a preposition only where the verb governs it: указал на, говорит о, but not заявил на заседании', async () => {
    expect((await one('Ревизор Иван Дорин указал на ошибки в сметах.')).quote).toBe('ошибки в сметах');
    expect((await one('Министр Олег Сомин говорит о необходимости снизить налоги.')).quote).toBe('необходимости снизить налоги');
    expect(await statementsOf('Заголовок новости\n\nМинистр Олег Сомин заявил на заседании правительства.')).toEqual([]);
  });

  it('idioms: обрушился с критикой на, пришел к выводу, что', async () => {
    expect((await one('Депутат Игорь Лосев обрушился с резкой критикой на застройщиков набережной.')).quote).toBe('застройщиков набережной');
    expect((await one('Профессор Анна Гурина пришла к выводу, что озеро мелеет.')).quote).toBe('озеро мелеет');
  });

  it('Согласно X, По оценке X: according-to sources', async () => {
    const agreed = await one('Согласно заявлению министерства транспорта, новые трамваи закупят осенью.');
    expect(agreed).toMatchObject({ type: 'according_to', quote: 'новые трамваи закупят осенью' });
    const estimated = await one('По оценке аналитика Веры Зотовой, спрос на жилье упадет на десятую часть.');
    expect(estimated).toMatchObject({ type: 'according_to', quote: 'спрос на жилье упадет на десятую часть' });
    expect(estimated.speaker.name).toBe('Вера Зотова');
  });

  it('participles and gerunds', async () => {
    const [p] = await statementsOf('Заголовок новости\n\nС докладом выступил экономист Павел Жаров, считающий, что спад продлится год.');
    expect(p).toMatchObject({ quote: 'спад продлится год', speaker: expect.objectContaining({ name: 'Павел Жаров' }) });
    const [g] = await statementsOf('Заголовок новости\n\nМэр Денис Крюков закрыл рынок, пообещав открыть новый к осени.');
    expect(g).toMatchObject({ quote: 'открыть новый к осени', cue: 'пообещав' });
  });

  it('impersonal cues take the author of the document; without one, no statement', async () => {
    const s = await one('В сообщении министерства энергетики говорится, что тарифы не изменятся.');
    expect(s).toMatchObject({ quote: 'тарифы не изменятся', cue: 'говорится' });
    expect(s.speaker.name).toBe('министерство энергетики');
    expect(await statementsOf('Заголовок новости\n\nРанее сообщалось, что тарифы не изменятся.')).toEqual([]);
    const pronoun = await statementsOf('Заголовок новости\n\nГубернатор Ефим Баранов подписал обращение к жителям. В нем говорится, что воду дадут в пятницу.');
    expect(pronoun.find((x) => x.cue === 'говорится')?.speaker.name).toBe('Ефим Баранов');
  });

  it('fronted content: Об X он сообщил, О том, что …, X заявил', async () => {
    const [topic] = await statementsOf('Заголовок новости\n\nГубернатор Роман Ершов провел брифинг. Об отставке вице-губернатора он сообщил журналистам.');
    expect(topic).toMatchObject({ quote: 'отставке вице-губернатора', cue: 'сообщил' });
    expect(topic.speaker.name).toBe('Роман Ершов');
    const clause = await one('О том, что завод закроют в марте, директор Илья Гарин заявил на собрании.');
    expect(clause).toMatchObject({ quote: 'завод закроют в марте', cue: 'заявил' });
  });

  it('a date or an object between the cue and the speaker after it', async () => {
    const s = await one('Тоннель откроют в мае, — заявил 12 февраля замминистра Олег Пронин.', '2025-03-12');
    expect(s.speaker.name).toBe('Олег Пронин');
    expect(s.date).toBe('2025-02-12');
    const d = await one('«Опасности для жителей нет», — прокомментировал ситуацию эксперт Лев Гущин.');
    expect(d.speaker.name).toBe('Лев Гущин');
  });

  it('a quoted organisation after an introductory phrase', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nТорги прошли в среду. В итоге «Полюс-Строй» заявил, что отказывается от контракта.');
    expect(s).toMatchObject({ quote: 'отказывается от контракта' });
    expect(s.speaker.name).toBe('Полюс-Строй');
  });
});

describe('quotes and spans (issue 11)', () => {
  it('an opening « never closed runs to the end of its paragraph', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nТренер Ефим Суслов сказал: «Мы готовились весь год. Теперь ждем финала\n\nМатч пройдет в субботу.');
    expect(s).toMatchObject({ type: 'direct', quote: 'Мы готовились весь год. Теперь ждем финала' });
  });

  it('quoted items listed after a colon make one quotation', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nМэр Нина Карелина назвала три задачи: «жилье», «транспорт» и «парки».');
    expect(s).toMatchObject({ type: 'direct', quote: 'жилье», «транспорт» и «парки' });
  });

  it('a quote over several sentences keeps their punctuation; an indirect span runs on past `, но`', async () => {
    const [direct] = await statementsOf('Заголовок новости\n\nДиректор Ян Малов сказал: «Работали без выходных. Заказов стало вдвое больше».');
    expect(direct.quote).toBe('Работали без выходных. Заказов стало вдвое больше');
    const [indirect] = await statementsOf('Заголовок новости\n\nДиректор Ян Малов сказал, что цех откроют летом, но рабочих пока не хватает.');
    expect(indirect.quote).toBe('цех откроют летом, но рабочих пока не хватает');
  });

  it('призвал X сделать Y, чтобы Z: the whole demand, not its purpose alone', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nГубернатор Марк Ильин призвал фермеров засеять поля раньше, чтобы успеть до засухи.');
    expect(s.quote).toBe('фермеров засеять поля раньше, чтобы успеть до засухи');
  });
});

describe('dates (issue 11)', () => {
  it('the time stated in the next sentence about the same report', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nМэр Лидия Осина пообещала построить бассейн. Об этом она написала в понедельник.', '2025-03-12');
    expect(s.date).toBe('2025-03-10');
  });

  it('на прошлой неделе: the Monday of that week', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nНа прошлой неделе министр Глеб Носов заявил, что налоги не вырастут.', '2025-03-12');
    expect(s.date).toBe('2025-03-03');
  });

  it('date unknown: `тогда же` takes the year-bearing time of the sentence before', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nНосов возглавил министерство в мае 2011 года.\n\nТогда же Носов заявил, что налоги не вырастут.', 'unknown');
    expect(s.date).toBe('2011-05');
  });
});
