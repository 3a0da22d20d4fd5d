import { prepareArticle } from '../../../../src/extraction/document/prepare-article';
import {
  AGENCY_HYPHEN_PAGE,
  BUSINESS_PAGE,
  CLEAN_ARTICLE,
  NEWSPAPER_PAGE,
  NO_BLANK_LINES_PAGE,
  ONLINE_PAGE,
  REGIONAL_PAGE,
  WIRE_PAGE,
} from './fixtures';

describe('prepareArticle on scraped text dumps', () => {
  it('strips menu, rubric, counter, headline, caption, related stories, tags, author and person card', () => {
    const article = prepareArticle({ text: BUSINESS_PAGE });
    expect(article.publishedAt).toBe('2024-05-14');
    expect(article.title).toBe('Глава Минцифры Северска пообещал запустить электронные паспорта к осени');
    expect(article.language).toBe('ru');
    expect(article.body.startsWith('Электронные паспорта жителей')).toBe(true);
    expect(article.body.endsWith('интерес жителей к новой услуге.')).toBe(true);
    for (const gone of ['Перейти', 'Финансы, 14 мая', 'Фото:', 'Вершинин назвал сроки', 'Губернатор пообещал', 'Теги', 'Полина Зорина', '12 апреля 1975', 'министр цифрового развития Северской области']) {
      expect(article.body).not.toContain(gone);
    }
    expect(article.body).toContain('«Мы закончили испытания, осталось подписать регламент, — сказал Вершинин. — Первые документы получат пенсионеры».');
  });

  it('cuts a wire dateline off the first paragraph and reports it', () => {
    const article = prepareArticle({ text: WIRE_PAGE });
    expect(article.dateline).toBe('НОВОГОРСК, 2 марта. /АГЕНТСТВО/.');
    expect(article.body.startsWith('Урожай зерна в стране')).toBe(true);
    expect(article.title).toBe('Зуев: урожай зерна в этом году превысит прошлогодний');
    for (const gone of ['Обновлено', '© Кирилл', 'Министр сельского хозяйства Анатолий Зуев\n', 'Зуев пообещал сохранить', 'Персоны', 'Родился']) {
      expect(article.body).not.toContain(gone);
    }
  });

  it('handles a dotted dateline with hyphen dashes', () => {
    const article = prepareArticle({ text: AGENCY_HYPHEN_PAGE });
    expect(article.dateline).toBe('Лесогорск. 5 декабря. AGENCY.RU -');
    expect(article.body.startsWith('Лесогорье ждет ответа соседей')).toBe(true);
    expect(article.body).toContain('"Мы сделали шаг навстречу, - сказал Кренс журналистам. - Теперь очередь за ними".');
  });

  it('keeps a lead under the headline, drops the issue stamp, byline and a caption with its credit line', () => {
    const article = prepareArticle({ text: NEWSPAPER_PAGE });
    expect(article.title).toBe('Библиотекам добавят часов');
    expect(article.body.startsWith('Мэрия продлит работу читальных залов до полуночи\n\nМэрия Заречного')).toBe(true);
    for (const gone of ['№201', 'Олег Сомов', 'Читатель в зале', 'Фадеев пообещал', 'Рубрики', 'вице-мэр Заречного\n']) {
      expect(article.body).not.toContain(gone);
    }
    expect(article.body).toContain('Он выразил уверенность, что посещаемость вырастет.');
  });

  it('keeps an embedded post but drops its stamp and buttons; reads the source line', () => {
    const article = prepareArticle({ text: ONLINE_PAGE });
    expect(article.source).toBe('example.org');
    expect(article.title).toBe('Жители Озерска пожаловались на запах с завода. Власти заявили, что выбросов не было');
    expect(article.body).toContain('Запах идет с очистных сооружений, ремонт закончится в понедельник.');
    for (const gone of ['Поддержите', 'Дым над промзоной', '15K', 'Открыть в Telegram', 'Озерский завод оштрафовали', 'Поделиться']) {
      expect(article.body).not.toContain(gone);
    }
  });

  it('drops share and comment lines, a caption ending in a credit, labelled tags and author', () => {
    const article = prepareArticle({ text: REGIONAL_PAGE });
    expect(article.title).toBe('Мэр Приречья: мост через Лесную откроют в октябре');
    expect(article.body.split('\n\n')).toEqual([
      'Движение по новому мосту через реку Лесную откроют в октябре, сообщил мэр Приречья Павел Гуров на заседании городской думы.',
      '«Подрядчик отстает на две недели, но запас по срокам у нас есть», — сказал Гуров.',
    ]);
  });

  it('reads a page with no blank lines whose headline sits above the photo credit', () => {
    const article = prepareArticle({ text: NO_BLANK_LINES_PAGE });
    expect(article.title).toBe('Глава района пообещал отремонтировать все дороги к лету');
    expect(article.body.split('\n\n')).toEqual([
      'Глава Северного района Олег Котов пообещал отремонтировать все дороги района до начала лета. Об этом он заявил на встрече с жителями.',
      '«Денег хватит на все улицы, — сказал Котов. — Подрядчики уже выбраны».',
      'Как уточнили в администрации, ремонт обойдется в 300 млн руб.',
    ]);
  });

  it('takes a headline ending with a question mark for the title', () => {
    const article = prepareArticle({ text: 'date 2024-04-01\nЭкономика\n10:00\n\nКто заменит главу регулятора?\n\nСовет директоров обсудит кандидатуры на следующей неделе, сообщили в банке.' });
    expect(article.title).toBe('Кто заменит главу регулятора?');
    expect(article.body).toBe('Совет директоров обсудит кандидатуры на следующей неделе, сообщили в банке.');
  });

  it('reads `date unknown` and a clean article with a headline', () => {
    const article = prepareArticle({ text: CLEAN_ARTICLE });
    expect(article.publishedAt).toBeNull();
    expect(article.source).toBe('archive/collection/item_17.txt');
    expect(article.title).toBe('Фермеры попросили продлить субсидии');
    expect(article.body.split('\n\n')).toHaveLength(2);
  });

  it('lets input.publishedAt and input.title override the page', () => {
    const article = prepareArticle({ text: BUSINESS_PAGE, publishedAt: '2024-05-15T08:00:00Z', title: 'Свой заголовок' });
    expect(article.publishedAt).toBe('2024-05-15');
    expect(article.title).toBe('Свой заголовок');
  });

  it('reads the date of a time stamp when there is no header, but not over `date unknown`', () => {
    const page = 'Перейти к содержанию Главная Новости Спорт Культура\nСпорт\n14.03.2021, 18:40\n\nКоманда сменила тренера\n\nКлуб объявил об отставке главного тренера после серии поражений.';
    expect(prepareArticle({ text: page }).publishedAt).toBe('2021-03-14');
    expect(prepareArticle({ text: page.replace('14.03.2021', '5 марта 2021') }).publishedAt).toBe('2021-03-05');
    expect(prepareArticle({ text: page.replace('14.03.2021', '14 мар') }).publishedAt).toBeNull();
    expect(prepareArticle({ text: `date unknown\n${page}` }).publishedAt).toBeNull();
  });

  it('ignores an invalid publishedAt override', () => {
    expect(prepareArticle({ text: BUSINESS_PAGE, publishedAt: 'вчера' }).publishedAt).toBe('2024-05-14');
  });

  it('takes text without any header as the body', () => {
    const article = prepareArticle({ text: 'Министр заявил, что реформа продолжится.\n\nОн добавил, что сроки прежние.' });
    expect(article).toMatchObject({ publishedAt: null, source: null, title: null });
    expect(article.body).toBe('Министр заявил, что реформа продолжится.\n\nОн добавил, что сроки прежние.');
  });

  it('normalises line endings, non-breaking spaces and control characters only', () => {
    const article = prepareArticle({ text: 'date 2024-01-02\r\nЦены выросли на 5\u00A0%, сообщил\u0007 Росстат.\r\n\r\nРост\tзамедлился.' });
    expect(article.body).toBe('Цены выросли на 5 %, сообщил Росстат.\n\nРост замедлился.');
  });

  it('joins a hard-wrapped line to its paragraph with a single line break', () => {
    const article = prepareArticle({ text: 'Глава ведомства заявил, что решение\nбудет принято в марте.' });
    expect(article.body).toBe('Глава ведомства заявил, что решение\nбудет принято в марте.');
  });

  it('drops a one-line related link inside the body', () => {
    const text = 'Губернатор подписал указ о новых льготах.\n\nЧитайте также: Губернатор пообещал снизить тарифы\n\nЛьготы начнут действовать с января.';
    expect(prepareArticle({ text }).body).toBe('Губернатор подписал указ о новых льготах.\n\nЛьготы начнут действовать с января.');
  });

  it.each(['Читайте также', 'Новости по теме', 'Материалы по теме', 'Популярное', 'Самое читаемое', 'Похожие новости', 'Смотрите также:'])(
    'drops the block of links under %j',
    (marker) => {
      const text = `Завод увеличил выпуск продукции на треть.\n\n${marker}\nДиректор завода пообещал новые рабочие места\nВ области открыли технопарк\n\nРост связан с новыми заказами.`;
      expect(prepareArticle({ text }).body).toBe('Завод увеличил выпуск продукции на треть.\n\nРост связан с новыми заказами.');
    },
  );

  it('drops related headlines that end with a question mark or hold two sentences', () => {
    const text = [
      'Цены на бензин выросли за неделю на два процента.',
      '',
      'Читайте также',
      'Почему дорожает топливо?',
      'Биржа обновила рекорд. Аналитики ждут снижения',
      'Минэнерго назвало сроки стабилизации цен',
      '',
      'Теги: бензин, цены',
    ].join('\n');
    expect(prepareArticle({ text }).body).toBe('Цены на бензин выросли за неделю на два процента.');
  });

  it('drops an unmarked block of headline links between paragraphs', () => {
    const text = [
      'Совет директоров утвердил новую стратегию компании.',
      '',
      'Акции компании подешевели на открытии торгов',
      'Аналитики понизили прогноз по дивидендам',
      'Компания сменила финансового директора',
      '',
      'Стратегия рассчитана до 2030 года.',
    ].join('\n');
    expect(prepareArticle({ text }).body).toBe('Совет директоров утвердил новую стратегию компании.\n\nСтратегия рассчитана до 2030 года.');
  });

  it('drops chrome lines between paragraphs: follow calls, ads, reading time, comment counters', () => {
    const text = [
      'date 2022-02-02',
      'Время чтения: 3 мин',
      'Правительство одобрило новую программу поддержки малого бизнеса.',
      'Читайте наш канал в Telegram',
      'Реклама',
      'Комментарии (5)',
      'Как заявил вице-премьер, программа обойдется в 40 млрд руб.',
    ].join('\n');
    expect(prepareArticle({ text }).body).toBe(
      'Правительство одобрило новую программу поддержки малого бизнеса.\n\nКак заявил вице-премьер, программа обойдется в 40 млрд руб.',
    );
  });

  it('drops a caption printed under its credit line', () => {
    const text =
      'Совет одобрил проект реконструкции набережной.\nПроект обсуждали полгода.\nФото: Петр Сидоров / Агентство\nНабережная в вечернее время\nРаботы начнутся весной и продлятся два года.';
    expect(prepareArticle({ text }).body).toBe(
      'Совет одобрил проект реконструкции набережной.\n\nПроект обсуждали полгода.\n\nРаботы начнутся весной и продлятся два года.',
    );
  });

  it('cuts a photo credit glued to the end of a paragraph of text', () => {
    const text =
      'Мэр осмотрел новый парк и пообещал открыть его для горожан уже в конце мая этого года. Фото: пресс-служба мэрии\n\nРаботы обошлись в 80 млн руб.';
    expect(prepareArticle({ text }).body).toBe(
      'Мэр осмотрел новый парк и пообещал открыть его для горожан уже в конце мая этого года.\n\nРаботы обошлись в 80 млн руб.',
    );
  });

  it('cuts a related-story link glued to the end of a paragraph', () => {
    const text = 'Губернатор подписал указ о новых льготах для многодетных семей региона. Читайте также: Губернатор пообещал снизить тарифы\n\nЛьготы начнут действовать с января.';
    expect(prepareArticle({ text }).body).toBe('Губернатор подписал указ о новых льготах для многодетных семей региона.\n\nЛьготы начнут действовать с января.');
  });

  it('drops a person card whose birth line ends with a full stop', () => {
    const text = 'Мэр пообещал открыть мост к осени.\n\nИван Котов\nмэр Приречья\nРодился 5 мая 1971 г. в Туле.';
    expect(prepareArticle({ text }).body).toBe('Мэр пообещал открыть мост к осени.');
  });

  it('keeps body sentences that merely start like chrome', () => {
    const text =
      'Комментарии к законопроекту дали в Минфине.\n\nРодился законопроект еще весной, в апреле, после долгих обсуждений в правительстве и Думе.\n\nТекст поправок опубликован на портале.\n\n' +
      'Источник — сотрудник аппарата правительства, знакомый с ходом работы, — подтвердил эту информацию.';
    expect(prepareArticle({ text }).body).toBe(text);
  });

  it('guesses Ukrainian and English bodies', () => {
    expect(prepareArticle({ text: 'Міністр заявив, що уряд підтримує цю ініціативу і готовий до діалогу з партнерами.' }).language).toBe('uk');
    expect(prepareArticle({ text: 'The minister said that the government was ready for talks with its partners.' }).language).toBe('en');
    expect(prepareArticle({ text: '' }).language).toBe('und');
  });
});
