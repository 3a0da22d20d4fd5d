/**
 * Predicates telling what a single line of a scraped page is. They describe the layouts news sites
 * share (menus, rubric and time stamps, photo credits, related-story blocks, tags, author and person
 * cards), not any one site. Every regex here is anchored or bounded so it runs in linear time.
 *
 * All functions take a line already trimmed of surrounding whitespace.
 */

/** A sentence-final mark, optionally followed by closing quotes or brackets. */
const TERMINAL_END = /[.!?…][»"”’'")\]]*$/;
const CLOSER_END = /[»"”)]$/;
const DASH_START = /^[—–-]\s/;
const UPPER_START = /^[«"“„(]?[\p{Lu}\d]/u;

export function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export function endsLikeSentence(line: string): boolean {
  return TERMINAL_END.test(line);
}

/**
 * A line of running text: it ends like a sentence, or it is long enough that no headline, menu or
 * caption would be (paragraphs that end in a quotation without a full stop).
 */
export function isProse(line: string): boolean {
  if (line.length < 12) return DASH_START.test(line) && endsLikeSentence(line);
  const words = wordCount(line);
  if (endsLikeSentence(line)) return words >= 3 || DASH_START.test(line);
  return (CLOSER_END.test(line) && words >= 12) || line.length > 300;
}

/**
 * A headline, subheading, caption or tag line: starts with a capital or a digit, has no sentence
 * end, and is not long.
 */
export function isHeadlineLike(line: string): boolean {
  if (line.length < 3 || line.length > 220) return false;
  if (endsLikeSentence(line) || DASH_START.test(line)) return false;
  return UPPER_START.test(line);
}

const SKIP_LINK =
  /(?:Перейти|Перейдите|Пропустить|Переход)\s+(?:к|в|на)\s+(?:основному\s+|главному\s+)?(?:содержани|контент|материал|навигаци|меню|текст)|\bskip\s+to\s+(?:main\s+)?content/i;

/** A skip link or a site menu: a run of capitalised section names with no sentence punctuation. */
export function isNavigation(line: string): boolean {
  // A skip link stands alone or glued to the menu; a sentence that mentions one is text.
  if (SKIP_LINK.test(line)) return !(endsLikeSentence(line) && wordCount(line) > 6);
  if (line.length > 300 || /[,;!?]|[.:]\s/.test(line)) return false;
  const tokens = line.split(/\s+/);
  if (tokens.length < 4) return false;
  let capitalised = 0;
  let counted = 0;
  for (const token of tokens) {
    const first = token.charAt(0);
    const isLower = first !== first.toUpperCase() && first === first.toLowerCase();
    // Short lower-case joiners (`и`, `в`) sit inside section names like `Наука и техника`.
    if (isLower && token.length <= 2) continue;
    counted++;
    if (!isLower) capitalised++;
  }
  return counted >= 4 && capitalised / counted >= 0.8;
}

const MONTHS =
  'январ[ья]|феврал[ья]|март[а]?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|август[а]?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|' +
  'янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек|' +
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS =
  'понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const META_WORDS =
  'обновлено|обновлен[оа]?|опубликовано|изменено|мск|msk|utc|gmt|сегодня|вчера|назад|мин|минут[ы]?|час[а]?|' +
  'просмотр(?:ов|а)?|прочтени[йея]|комментари(?:ев|я|и|й)?|лайк(?:ов|а|и)?|репост(?:ов|а|ы)?|views?|comments?|updated|published|' +
  'года?|г|стр|от|в|номер|время|чтения|читать';
const DATE_OR_COUNT = new RegExp(
  [
    '\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}', // 08.07.2025, 2025-07-08
    '\\d{1,2}:\\d{2}(?::\\d{2})?', // 15:42
    '№\\s*\\d+',
    '\\d+(?:[.,]\\d+)?\\s*[KkКкMМ]?(?![\\p{L}\\d])', // 84, 214K, 1,2
  ].join('|'),
  'gu',
);
const META_WORD = new RegExp(`(?<![\\p{L}])(?:${MONTHS}|${WEEKDAYS}|${META_WORDS})\\.?(?![\\p{L}])`, 'giu');

/**
 * A time stamp, counter or rubric-and-time line (`Экономика, 20 ноя, 15:42`, `Обновлено 08.07.2025
 * 13:05`, `Комментарии: 84`, `0`): once dates, times, numbers and such words are taken out, at most
 * one word is left.
 */
export function isMetaLine(line: string): boolean {
  if (line.length > 90) return false;
  // A dated sentence (`Ранее, 5 мая 2024 года, он уехал.`) is text, not a stamp.
  if (endsLikeSentence(line) && wordCount(line) >= 4) return false;
  const withoutNumbers = line.replace(DATE_OR_COUNT, ' ');
  const hadNumber = withoutNumbers !== line;
  const rest = withoutNumbers.replace(META_WORD, ' ');
  const words = rest.match(/[\p{L}][\p{L}\-'’.]*/gu) ?? [];
  if (!hadNumber && rest === withoutNumbers) return false;
  return words.length <= 1 && (hadNumber || words.length === 0);
}

const CREDIT_START =
  /^(?:Фото(?:графия)?|Фото\s+и\s+видео|Видео|Иллюстрация|Инфографика|Коллаж|Кадр(?:\s+из\s+видео)?|Скриншот|Источник(?:\s+фото)?|Photo|Image|Credit|Getty\s+Images|AP|Reuters)\s*(?::|\/|—|–|-|\|)\s*\S/i;
const COPYRIGHT = /^(?:©|\(c\)|Copyright\b)/i;

/** A photo or video credit line: `Фото: …`, `© Имя/Агентство`. */
export function isCreditLine(line: string): boolean {
  if (line.length > 200) return false;
  // `Reuters — крупнейшее агентство …, сообщил …` opens like a credit but is a sentence.
  if (endsLikeSentence(line) && wordCount(line) > 6) return false;
  return CREDIT_START.test(line) || COPYRIGHT.test(line);
}

const INLINE_CREDIT = /(?:^|[\s(.])(?:Фото|Фотография|Photo|Кадр|Скриншот|Иллюстрация)\s*:\s*[^\n]{2,150}$|\s©\s*[^\n]{2,100}$/i;

// A related-story link glued after the last sentence of a paragraph: `… сказал он. Читайте также: …`.
const TRAILING_RELATED = /[.!?…»"]\s+((?:Читайте(?:\s+также|\s+по\s+теме)?|Смотрите\s+также|По\s+теме|Подробнее)\s*(?::|—|–|-)\s*[^\n]{3,200})$/;

/**
 * Where a photo credit or a related-story link closing the line starts (`… Фото: Имя / Агентство`,
 * `… (Фото: …)`, `… Читайте также: Заголовок`), or -1.
 */
export function inlineCreditStart(line: string): number {
  if (line.length > 3000 || endsLikeSentence(line.replace(/\)$/, ''))) return -1;
  const related = TRAILING_RELATED.exec(line);
  if (related) return line.length - related[1].length;
  const match = INLINE_CREDIT.exec(line);
  if (!match) return -1;
  const first = line.charAt(match.index);
  return first === '.' ? match.index + 1 : match.index;
}

/**
 * A caption carrying its own credit: `Имя Фамилия (Фото: …)`, `Вид на площадь. Фото: …`. A paragraph
 * of running text with a credit or link glued to its end is not one (see isTextBeforeCredit).
 */
export function hasInlineCredit(line: string): boolean {
  const start = inlineCreditStart(line);
  return start >= 0 && !isTextBeforeCredit(line, start);
}

/**
 * Whether the part of `line` before a trailing credit or link (at `start`) is a paragraph of its
 * own. Before a link any sentence is; before a photo credit only a long one (captions are sentences too).
 */
export function isTextBeforeCredit(line: string, start: number): boolean {
  const text = line.slice(0, start).trimEnd();
  if (!endsLikeSentence(text)) return false;
  const isLink = TRAILING_RELATED.test(line);
  return wordCount(text) >= (isLink ? 3 : 12);
}

const RELATED =
  '(?:Читайте(?:\\s+(?:также|тоже|ещ[её]|по\\s+теме))?|Также\\s+(?:читайте|по\\s+теме)|Смотрите(?:\\s+также)?|' +
  '(?:Новости|Материалы|Статьи|Публикации)\\s+по\\s+теме|Ещ[её]\\s+(?:по\\s+теме|новости|материалы)|По\\s+теме|' +
  'Популярное|Самое\\s+(?:популярное|читаемое|интересное|обсуждаемое|главное)|Похожие\\s+(?:новости|материалы|статьи|публикации)|' +
  'Другие\\s+(?:новости|материалы)|Рекомендуем(?:\\s+(?:прочитать|почитать))?|Выбор\\s+редакции|Главное\\s+за\\s+\\S+|' +
  'Главные\\s+новости|Лента\\s+новостей|Последние\\s+новости|Новости\\s+партн[её]ров|Сейчас\\s+читают|Вам\\s+(?:может\\s+быть|будет)\\s+интересно|' +
  'Хроника|Сюжет|Подробнее|Read\\s+(?:more|also)|Related(?:\\s+(?:stories|articles|news))?|See\\s+also|Most\\s+read)';
const RELATED_MARKER = new RegExp(`^${RELATED}\\s*[:.]?$`, 'i');
const RELATED_INLINE = new RegExp(`^${RELATED}\\s*(?::|—|–|-|>|»|\\|)\\s*\\S`, 'i');

/** A heading that opens a block of links to other stories (`Читайте также`, `Новости по теме`). */
export function isRelatedMarker(line: string): boolean {
  return line.length <= 60 && RELATED_MARKER.test(line);
}

/** A single related-story link on its own line: `Читайте также: Заголовок`. */
export function isInlineRelated(line: string): boolean {
  return line.length <= 300 && RELATED_INLINE.test(line);
}

const TAGS =
  /^(?:Теги|Тэги|Метки|Ключевые\s+слова|Рубрик[аи]|Темы|Тема|Разделы?|Tags|Topics|Keywords)(?=$|\s*[:.—–-])\s*[:.—–-]?\s*(.*)$/i;
const AUTHOR =
  /^(?:Автор(?:ы)?(?:\s+(?:текста|фото|материала))?|Текст|Редактор|Корреспондент|Подготовил[аи]?|Author|By)(?=$|\s*[:—–-])\s*[:—–-]?\s*(.*)$/i;
const PERSONS = /^(?:Персон[аы]|Досье|Упомянутые\s+(?:лица|персоны)|Герои\s+материала|Люди|Участники)\s*:?$/i;

export type LabelKind = 'tags' | 'author' | 'persons';

/**
 * A label line of the page's end matter. `bare` says the label stands alone, so its value is on
 * the next line.
 */
export function labelLine(line: string): { kind: LabelKind; bare: boolean } | null {
  if (line.length > 400) return null;
  if (PERSONS.test(line)) return { kind: 'persons', bare: true };
  const tags = TAGS.exec(line);
  if (tags && !isProse(line)) return { kind: 'tags', bare: tags[1].length === 0 };
  const author = AUTHOR.exec(line);
  if (author && line.length <= 120 && !isProse(line)) return { kind: 'author', bare: author[1].length === 0 };
  return null;
}

const BIRTH =
  /^(?:Родил(?:ся|ась)|Дата\s+рождения|Род\.|Год\s+рождения|Born)(?=[\s:])|^\d{1,2}\s+\p{L}{3,9}\s+\d{4}\s*(?:г\.|года)?(?:\s*[—–-]\s*\d{1,2}\s+\p{L}{3,9}\s+\d{4}\s*(?:г\.|года)?)?$/iu;

/** The birth line of a person card: `Родился 20 марта 1967 года в Москве`, `29 октября 1963 года`. */
export function isBirthLine(line: string): boolean {
  if (line.length > 160 || !BIRTH.test(line)) return false;
  // A card line has no full stop, or is a short dated one (`Родилась 3 мая 1970 г. в Туле.`);
  // `Родился он в семье военного.` is a sentence of the text.
  return !/[.!?]$/.test(line) || (line.length <= 100 && /\d{4}/.test(line));
}

const SHARE =
  /^(?:Поделиться|Поделитесь|Подписывайтесь|Подпишитесь|Подписаться|Поддержите|Поддержать|Реклама|Нашли\s+ошибку|Открыть\s+в|Скопировать\s+ссылку|Ссылка\s+скопирована|Версия\s+для\s+печати|Распечатать|Share|Subscribe|Advertisement)(?=$|[\s:(«"])/iu;
/** Words that open chrome only on a short line that is not a sentence: `Комментарии (12)`, `Скачать PDF`. */
const SHARE_WEAK =
  /^(?:Комментари\p{L}*|Комментировать|Следите\s+за|Читать\s+(?:в|на)|Смотреть\s+(?:в|на)|Скачать|Print)(?=$|[\s:(«"])/iu;
const SOCIAL = /(?:ВКонтакте|VK|Одноклассники|Telegram|WhatsApp|Viber|Twitter|Facebook|Дзен|YouTube|RuTube|X)(?![\p{L}])/gu;
const FOOTER =
  /^(?:Все\s+права\s+защищены|Сетевое\s+издание|Свидетельство\s+о\s+регистрации|(?:Учредитель|Главный\s+редактор|Издатель)\s*:|При\s+(?:полном\s+или\s+частичном\s+)?(?:использовании|цитировании)|Использование\s+материалов|Материалы,\s+отмеченные|Нашли\s+опечатку)/i;

/** `Читайте нас в Telegram`, `Смотрите наши видео на YouTube`: a call to follow the outlet elsewhere. */
const FOLLOW_CALL = /^(?:Читайте|Смотрите|Слушайте|Следите|Присоединяйтесь|Вступайте|Подписывайтесь)\s/i;

/** Share buttons, comment counters, subscription calls, advertising labels, legal footer. */
export function isPageChrome(line: string): boolean {
  if (line.length <= 160 && SHARE.test(line)) return true;
  if (line.length <= 60 && SHARE_WEAK.test(line) && !endsLikeSentence(line)) return true;
  if (line.length <= 300 && FOOTER.test(line)) return true;
  if (/^\d{1,2}\+$/.test(line)) return true; // age rating
  if (line.length <= 100 && !endsLikeSentence(line)) {
    const social = line.match(SOCIAL);
    if (social && (social.length >= 2 || FOLLOW_CALL.test(line))) return true;
  }
  return false;
}

/** Two to four capitalised words and nothing else: a byline or the name line of a person card. */
export function isNameLine(line: string): boolean {
  if (line.length > 60) return false;
  return /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,3}(?:\s+фото)?$/u.test(line);
}

const PRINT_STAMP = /\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}:\d{2}|№\s*\d/;

/** A line carrying a numeric date, a time or an issue number: a stamp, never a headline or lead. */
export function hasStamp(line: string): boolean {
  return PRINT_STAMP.test(line);
}
