// Detection rules (issue 11): sources named only as a group, documents without an owner beside the cue,
// and headlines that end with a full stop. Sentences written for these tests.
import { statementsOf } from './helpers';

jest.setTimeout(30000);

describe('according-to sources', () => {
  it('a group of people in the genitive plural is an unnamed source', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nПо словам болельщиков, команда играла без желания.');
    expect(s).toMatchObject({ type: 'according_to', quote: 'команда играла без желания' });
    expect(s.speaker).toMatchObject({ name: 'болельщики', type: 'anonymous' });
  });

  it('the press as a whole is an unnamed source', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nСделку закрыли в пятницу, однако, по данным прессы, цена была вдвое ниже.');
    expect(s).toMatchObject({ type: 'according_to', quote: 'цена была вдвое ниже' });
    expect(s.speaker.name).toBe('пресса');
  });

  it('a compound the dictionary lacks is named by its tail (`интернет-издание`)', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nПо данным интернет-издания «Окно», продажи планшетов выросли вдвое.');
    expect(s).toMatchObject({ type: 'according_to', quote: 'продажи планшетов выросли вдвое' });
    expect(s.speaker.name).toContain('Окно');
  });

  it('a personal pronoun closes the prepositional group before the source noun', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nПо словам близкого к нему собеседника, министр уйдет в отставку весной.');
    expect(s).toMatchObject({ type: 'according_to', quote: 'министр уйдет в отставку весной' });
    expect(s.speaker).toMatchObject({ name: 'собеседник', type: 'anonymous' });
  });

  it('a plain noun that is no group of people is not a source', async () => {
    expect(await statementsOf('Заголовок новости\n\nПо данным таблиц, урожай вырос на треть.')).toEqual([]);
  });
});

describe('impersonal cues', () => {
  it('a document with no owner beside it: the one named with the document just before', async () => {
    const out = await statementsOf('Заголовок новости\n\nНовость о пересмотре тарифов появилась на сайте городской мэрии. В сообщении говорится, что тарифы вырастут на пять процентов.');
    const s = out.find((x) => x.cue === 'говорится')!;
    expect(s.quote).toBe('тарифы вырастут на пять процентов');
    expect(s.speaker.type).toBe('organization');
    expect(s.speaker.name.toLowerCase()).toContain('мэри');
  });

  it('a direct quotation with an impersonal cue takes the author of the document', async () => {
    const [s] = await statementsOf('Заголовок новости\n\n«Тарифы вырастут к осени», — говорится в сообщении департамента.');
    expect(s).toMatchObject({ type: 'direct', quote: 'Тарифы вырастут к осени', cue: 'говорится' });
    expect(s.speaker.name).toBe('департамент');
  });

  it('an alliance or a plant is an organisation that issues documents', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nВ коммюнике альянса подчеркивалось, что встреча пройдет в трудный момент.');
    expect(s).toMatchObject({ quote: 'встреча пройдет в трудный момент' });
    expect(s.speaker.name).toBe('альянс');
  });
});

describe('headlines ending with a full stop', () => {
  const body = 'Министр транспорта Олег Воронцов заявил во вторник, что новые трамваи выйдут на линии весной.';

  it('two headlines run together on the first line are not statements', async () => {
    const out = await statementsOf(`Мэр Кирилл Демин пообещал отремонтировать мост Новым директором парка станет Анна Лис.\n\n${body}`);
    expect(out.map((s) => s.quote)).toEqual(['новые трамваи выйдут на линии весной']);
  });

  it('a short title run into the lead on one line is not annotated', async () => {
    const out = await statementsOf(`Трамваи возвращаются. Олег Воронцов пообещал, что трамваи пойдут весной.\n\n${body}`);
    expect(out.map((s) => s.quote)).toEqual(['новые трамваи выйдут на линии весной']);
  });

  it('a first line that the next paragraph restates is a headline', async () => {
    const out = await statementsOf(`Министр пообещал запустить новые трамваи на городские линии весной.\n\n${body}`);
    expect(out.map((s) => s.quote)).toEqual(['новые трамваи выйдут на линии весной']);
  });

  it('a capitalised adjective opening a name inside one sentence is no second headline', async () => {
    const out = await statementsOf(`Министр финансов Иван Ким сообщил в интервью Новой газете, что налоги не вырастут.\n\n${body}`);
    expect(out.map((s) => s.quote)).toEqual(['налоги не вырастут', 'новые трамваи выйдут на линии весной']);
  });

  it('a first paragraph of body text keeps its statement', async () => {
    const out = await statementsOf(`Губернатор Павел Гусев сообщил, что мост через реку откроют в июне.\n\n${body}`);
    expect(out.map((s) => s.quote)).toEqual(['мост через реку откроют в июне', 'новые трамваи выйдут на линии весной']);
  });
});

describe('spans and coordination', () => {
  it('a coordinated cue after an adverb of time starts a statement of its own', async () => {
    const out = await statementsOf('Заголовок новости\n\nМинистр Ян Горский отрицал участие армии в учениях и тогда же говорил, что присоединение района не планируется.');
    expect(out.map((s) => [s.cue, s.quote])).toEqual([
      ['отрицал', 'участие армии в учениях'],
      ['говорил', 'присоединение района не планируется'],
    ]);
  });

  it('a circumstance may stand between the verb and its о-object', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nПредставитель министерства финансов сообщил в субботу об отмене пошлины на зерно.');
    expect(s).toMatchObject({ cue: 'сообщил', quote: 'отмене пошлины на зерно' });
    const [t] = await statementsOf('Заголовок новости\n\nМэр Ольга Лисина рассказала на брифинге журналистам о планах ремонта.');
    expect(t).toMatchObject({ cue: 'рассказала', quote: 'планах ремонта' });
  });

  it('the authorities speak as an organisation', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nГородские власти заранее объявили об усилении проверок на складах.');
    expect(s.quote).toBe('усилении проверок на складах');
    expect(s.speaker).toMatchObject({ name: 'Городские власти', type: 'organization' });
  });

  it('По их словам, X напомнила, что …: the inner speaker, the according-to source only relays', async () => {
    const out = await statementsOf('Заголовок новости\n\nУчастники совещания рассказали об этом. По их словам, министр Анна Белова напомнила, что бюджет уже трижды урезали.');
    expect(out.map((s) => [s.speaker.name, s.cue, s.quote])).toEqual([['Анна Белова', 'напомнила', 'бюджет уже трижды урезали']]);
  });

  it('speakers described before their names and joined by `а также` each get the statement', async () => {
    const out = await statementsOf('Заголовок новости\n\nПевец Иван Гром, поэт Олег Сомов, а также музыкант и актер Павел Лис обратились к зрителям с призывом не покупать билеты у перекупщиков.');
    expect(out.map((s) => s.speaker.name)).toEqual(['Иван Гром', 'Олег Сомов', 'Павел Лис']);
    expect(new Set(out.map((s) => s.quote))).toEqual(new Set(['не покупать билеты у перекупщиков']));
  });

  it('an object opening with a quoted word in straight quotation marks', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nМинистр иностранных дел Заречья Филипп Хорн назвал "циничным" участие соседей в переговорах.');
    expect(s).toMatchObject({ type: 'mixed', quote: '"циничным" участие соседей в переговорах' });
  });

  it('a parenthetical cue takes only the content inside the parenthesis', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nДоступ к месту аварии (обломки разбросаны на площади 10 кв. км, говорил ранее глава района Павел Лис) был затруднен.');
    expect(s).toMatchObject({ cue: 'говорил', quote: 'обломки разбросаны на площади 10 кв. км' });
    expect(s.speaker.name).toBe('Павел Лис');
  });
});

describe('speakers of detected statements', () => {
  it('a quoted organisation after a date and an adverb is the subject', async () => {
    const [s] = await statementsOf('Заголовок новости\n\n22 октября 2012 года «Заря» фактически объявила о полном поглощении конкурента.');
    expect(s).toMatchObject({ quote: 'полном поглощении конкурента' });
    expect(s.speaker.name).toBe('Заря');
  });

  it('an outlet is the speaker when the sentence it relays has only a negated cue', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nСенатор не пояснил, какие именно законы он собирается менять, пишет Лента.ру.');
    expect(s).toMatchObject({ cue: 'пишет', quote: 'Сенатор не пояснил, какие именно законы он собирается менять' });
    expect(s.speaker.name).toBe('Лента.ру');
  });

  it('an adjective before a singular head agrees with it in the nominative', async () => {
    const out = await statementsOf('Заголовок новости\n\nНовость о пересмотре тарифов появилась на сайте областного правительства. В сообщении говорится, что тарифы вырастут.');
    expect(out.find((s) => s.cue === 'говорится')?.speaker.name).toBe('областное правительство');
  });
});

describe('false positives', () => {
  it('a refusal to comment is not a statement', async () => {
    expect(await statementsOf('Заголовок новости\n\nПресс-секретарь компании Павел Ким сообщил, что не комментирует вопросы акционеров.')).toEqual([]);
  });

  it('a cue in an indirect question (`согласится ли`) reports nothing', async () => {
    expect(await statementsOf('Заголовок новости\n\nОстается вопрос, согласится ли вратарь на роль запасного.')).toEqual([]);
  });

  it('a present-tense verb after a past-tense cue belongs to the reported words', async () => {
    const out = await statementsOf('Заголовок новости\n\nЛидер профсоюза Иван Ким сообщил, что желает скорейшего прекращения забастовки, но требует повышения зарплат.');
    expect(out.map((s) => s.quote)).toEqual(['желает скорейшего прекращения забастовки, но требует повышения зарплат']);
    const coordinated = await statementsOf('Заголовок новости\n\nМинистр Иван Ким заявил, что бюджет сбалансирован, и добавил, что налоги не вырастут.');
    expect(coordinated.map((s) => s.quote)).toEqual(['бюджет сбалансирован', 'налоги не вырастут']);
  });

  it('Как передает X, она заявила это …: a channel of a report without content is nothing', async () => {
    const out = await statementsOf('Заголовок новости\n\nСанкции нужны, считает министр Анна Белова. Как передает агентство «Окно», она заявила это в интервью радио.');
    expect(out.map((s) => s.quote)).toEqual(['Санкции нужны']);
  });

  it('a statement in a parenthesis inside another keeps both', async () => {
    const out = await statementsOf('Заголовок новости\n\nДоступ к месту аварии (обломки разбросаны на площади 10 кв. км, говорил ранее глава района Павел Лис) для инспекторов был затруднен, заявил инспектор Иван Сомов.');
    expect(out.map((s) => s.speaker.name).sort()).toEqual(['Иван Сомов', 'Павел Лис']);
  });
});

describe('speakers after the cue', () => {
  it('a description the lexicons lack may stand before the name', async () => {
    const [s] = await statementsOf('Заголовок новости\n\nПроверка затянулась до вечера, заявил инспектор Иван Сомов.');
    expect(s).toMatchObject({ cue: 'заявил', quote: 'Проверка затянулась до вечера' });
    expect(s.speaker.name).toBe('Иван Сомов');
  });
});

describe('nesting and coordination (2)', () => {
  it('a long description with its own dependents before the second of two coordinated names', async () => {
    const out = await statementsOf('Заголовок новости\n\nНедавно генсек альянса Андрей Фомин и командующий сухопутными силами альянса на юге Филип Бридов заявили, что меры будут приняты.');
    expect(out.map((s) => s.speaker.name)).toEqual(['Андрей Фомин', 'Филип Бридов']);
  });

  it('quoted names joined by `и` inside one description', async () => {
    const out = await statementsOf('Заголовок новости\n\nПевец Иван Гром и основатель «Зари» и «Севера» Олег Сомов заявили, что концерт перенесут.');
    expect(out.map((s) => s.speaker.name)).toEqual(['Иван Гром', 'Олег Сомов']);
  });

  it('an outlet that only relays a report: the inner speaker speaks, the outlet is via', async () => {
    const [s, ...rest] = await statementsOf('Заголовок новости\n\n«Окно» напоминает, что весь прошлый год местные чиновники заявляли, что цены стали «грабительскими».');
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ cue: 'заявляли', quote: 'цены стали «грабительскими»', via: 'Окно' });
  });

  it('a person reporting another person keeps the whole report', async () => {
    const out = await statementsOf('Заголовок новости\n\nМинистр Иван Ким заявил, что губернатор Олег Лис говорил, что мост построят.');
    expect(out.map((s) => [s.speaker.name, s.quote])).toEqual([['Иван Ким', 'губернатор Олег Лис говорил, что мост построят']]);
  });
});
