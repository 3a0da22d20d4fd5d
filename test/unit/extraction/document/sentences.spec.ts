import { splitSentences } from '../../../../src/extraction/document/sentences';

const texts = (body: string, options = {}) => splitSentences(body, options).map((s) => s.text);

describe('splitSentences', () => {
  it('gives offsets into the body, trimmed, with paragraph indexes', () => {
    const body = 'Первое предложение. Второе!\n\nТретье в новом абзаце?  Четвертое.';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Первое предложение.', 0],
      ['Второе!', 0],
      ['Третье в новом абзаце?', 1],
      ['Четвертое.', 1],
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps abbreviations followed by lower-case words and numbers', () => {
    expect(texts('Экспорт упал на 300 тыс. баррелей, а выручка — на 2 млрд. руб. в месяц. Цены стабильны.')).toEqual([
      'Экспорт упал на 300 тыс. баррелей, а выручка — на 2 млрд. руб. в месяц.',
      'Цены стабильны.',
    ]);
    expect(texts('Дело возбуждено по ч. 2 ст. 105 УК, т. е. по тяжкой статье. Суд назначен.')).toHaveLength(2);
  });

  it('does not end a sentence at an abbreviation before a name', () => {
    expect(texts('Митинг прошел на ул. Садовой у памятника им. Гагарина. Полиция не вмешивалась.')).toHaveLength(2);
    expect(texts('Он родился в г. Верхнереченске. Там же и вырос.')).toHaveLength(2);
    expect(texts('Лекцию прочел проф. Мартынов. Зал был полон.')).toHaveLength(2);
  });

  it('does not end a sentence at initials', () => {
    expect(texts('Указ подписал В. В. Путин. Он вступит в силу завтра.')).toEqual(['Указ подписал В. В. Путин.', 'Он вступит в силу завтра.']);
    expect(texts('С ним говорил Дж. Байден. Встреча была короткой.')).toHaveLength(2);
    expect(texts('Автор книги — А.С. Пушкин. Издание вышло в мае.')).toHaveLength(2);
  });

  it('ends a sentence after a unit that follows a number', () => {
    expect(texts('Рост спортсмена 180 см. Он самый высокий в команде.')).toHaveLength(2);
    expect(texts('Смотрите ч. 4 ст. 159 УК. Там все сказано.')).toHaveLength(2);
    expect(texts('Он окончил школу № 5 им. Пушкина. Потом уехал.')).toHaveLength(2);
  });

  it('ends a sentence after an abbreviation that may close one', () => {
    expect(texts('Продавали овощи, фрукты и т. д. Покупателей было мало.')).toHaveLength(2);
    expect(texts('Закупили столы, стулья и др. Мебель привезут завтра.')).toHaveLength(2);
    expect(texts('Завод построили в 1998 г. Сейчас он закрыт.')).toHaveLength(2);
  });

  it('does not split decimals, ellipses before lower case, or ?! runs', () => {
    expect(texts('Инфляция составила 3.5% за год. Это мало.')).toHaveLength(2);
    expect(texts('Он помолчал... и продолжил. Все ждали.')).toHaveLength(2);
    expect(texts('Неужели это правда?! Никто не поверил.')).toEqual(['Неужели это правда?!', 'Никто не поверил.']);
    expect(texts('И тишина... Все разошлись.')).toEqual(['И тишина...', 'Все разошлись.']);
  });

  it('keeps a closing quote and a dash attribution in the sentence', () => {
    expect(texts('«Мы готовы к переговорам», — сказал министр. Ответа пока нет.')).toEqual([
      '«Мы готовы к переговорам», — сказал министр.',
      'Ответа пока нет.',
    ]);
    expect(texts('«Вы уверены?» — спросил журналист. «Абсолютно!» — ответил мэр.')).toEqual([
      '«Вы уверены?» — спросил журналист.',
      '«Абсолютно!» — ответил мэр.',
    ]);
    expect(texts('«Решение принято.» — подчеркнул он.')).toEqual(['«Решение принято.» — подчеркнул он.']);
  });

  it('keeps a quote broken by its attribution in one sentence', () => {
    const body = '«Сроки сдвинулись, — признал губернатор. — Но мост мы достроим». Работы возобновятся в марте.';
    expect(texts(body)).toEqual(['«Сроки сдвинулись, — признал губернатор. — Но мост мы достроим».', 'Работы возобновятся в марте.']);
    const straight = '"Сигналы есть, - сказал посол. - Позиции пока нет". Встреча не назначена.';
    expect(texts(straight)).toHaveLength(2);
  });

  it('marks sentences that continue a quotation opened earlier', () => {
    const sentences = splitSentences('Он сказал: «Мы устали. Нам нужна пауза». Затем ушел.');
    expect(sentences.map((s) => [s.text, s.quoteDepth])).toEqual([
      ['Он сказал: «Мы устали.', 0],
      ['Нам нужна пауза».', 1],
      ['Затем ушел.', 0],
    ]);
    expect(texts('Он сказал: «Мы устали. Нам нужна пауза». Затем ушел.', { keepQuotesWhole: true })).toEqual([
      'Он сказал: «Мы устали. Нам нужна пауза».',
      'Затем ушел.',
    ]);
  });

  it('keeps a closing guillemet typed after a space with its sentence', () => {
    expect(texts('Он ответил: «Мы вернем долг. » Кредиторы ждут.')).toEqual(['Он ответил: «Мы вернем долг. »', 'Кредиторы ждут.']);
  });

  it('splits dialogue turns but not attributions', () => {
    const body = '— Вы поддержите закон? — Да, — ответил депутат. — Без поправок.';
    expect(texts(body)).toEqual(['— Вы поддержите закон?', '— Да, — ответил депутат.', '— Без поправок.']);
    expect(texts('— Нет!\n— Почему?\n— Так решили, — сказал он.').map((t) => t)).toEqual(['— Нет!', '— Почему?', '— Так решили, — сказал он.']);
  });

  it('treats a single line break as a paragraph break unless it is a soft wrap', () => {
    const sentences = splitSentences('Заголовок раздела\nПервое предложение текста\nпродолжается здесь. Конец.');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Заголовок раздела', 0],
      ['Первое предложение текста\nпродолжается здесь.', 1],
      ['Конец.', 1],
    ]);
  });

  it('handles empty and whitespace-only bodies', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \n')).toEqual([]);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });
});
