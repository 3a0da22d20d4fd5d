// Generated Russian statements for the search benchmark: dictionary words drawn with a Zipf-like
// (Zipf–Mandelbrot) spread, so a few words sit in a fifth of the statements and most in very few,
// plus a long tail of invented names and companies outside the dictionary. Nothing here comes from
// a real text; the sentences are word salad with the frequencies of news, which is what an index sees.
import type { Morphology } from '../src/extraction/morphology';

/** Dictionary lemmas, most frequent first (rank 1 lands in about a fifth of the statements). */
export const HEAD_LEMMAS = (
  'год россия страна президент время вопрос решение ситуация работа правительство ' +
  'говорить считать сделать мочь новый большой рынок ' +
  'компания регион закон проект власть путин украина экономика цена бюджет развитие ' +
  'государство мир город область система помощь уровень министр глава безопасность ' +
  'важный главный российский международный федеральный последний общий ' +
  'сотрудничество поддержка интерес отношение программа условие задача процесс результат ' +
  'граница партнер контракт доход расход налог банк кредит ставка инфляция рубль доллар ' +
  'заседание встреча визит делегация соглашение договор документ заявление позиция мнение ' +
  'армия оборона операция удар конфликт война перемирие победа угроза риск ' +
  'школа больница врач учитель студент университет наука исследование технология ' +
  'энергетика газ электричество уголь транспорт дорога мост аэропорт порт железная ' +
  'строительство жилье квартира дом ремонт инвестиция предприятие завод производство ' +
  'урожай зерно сельский фермер продукт магазин торговля экспорт импорт пошлина ' +
  'переговоры санкции нефть суд прокуратура следствие дело приговор полиция ' +
  'выборы партия депутат парламент голосование кандидат избиратель ' +
  'спорт команда турнир чемпионат матч тренер ' +
  'культура театр музей выставка фестиваль фильм ' +
  'климат погода пожар наводнение авария спасатель ' +
  'пенсия зарплата пособие семья ребенок молодежь ' +
  'цифровой искусственный интеллект платформа сеть данные ' +
  'строить обсуждать предлагать поддерживать сохранять снижать повышать ' +
  'открыть закрыть запустить завершить продолжить начать ' +
  'устойчивый прозрачный честный сложный простой быстрый медленный ' +
  'губернатор мэр посол спикер аналитик эксперт ' +
  'спутник ракета космодром орбита ' +
  'вакцина эпидемия карантин ' +
  'таможня пограничник виза мигрант ' +
  'археолог раскопки летопись'
).split(' ');

/** How the head is spread: the share of words drawn from it, and the Mandelbrot offset that flattens the top. */
const HEAD_SHARE = 0.82;
const HEAD_OFFSET = 10;
const TAIL_SIZE = 40_000;
const TAIL_OFFSET = 150;

const NOUN_FORMS = [['sing', 'nomn'], ['sing', 'gent'], ['sing', 'datv'], ['sing', 'accs'], ['sing', 'ablt'], ['sing', 'loct'], ['plur', 'nomn'], ['plur', 'gent']];
const VERB_FORMS = [['past', 'masc', 'sing'], ['past', 'femn', 'sing'], ['past', 'plur'], ['pres', '3per', 'sing'], ['futr', '3per', 'sing'], ['pres', '3per', 'plur']];
const ADJ_FORMS = [['masc', 'sing', 'nomn'], ['femn', 'sing', 'nomn'], ['neut', 'sing', 'nomn'], ['plur', 'nomn'], ['masc', 'sing', 'gent'], ['femn', 'sing', 'gent'], ['plur', 'gent']];
const FILLERS = ['и', 'в', 'на', 'не', 'с', 'по', 'для', 'что', 'это', 'уже', 'также', 'о'];

/** A small deterministic generator (mulberry32), so every build yields the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with weight 1/(rank + 1 + offset), by binary search over the cumulative weights. */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(n: number, offset: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = sum += 1 / (r + 1 + offset);
    for (let r = 0; r < n; r++) this.cumulative[r] /= sum;
  }

  draw(u: number): number {
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const SYLLABLES = 'ба ве гри до жу за ки ло ми не по ра су ти фа хо це ша бру вла гре дро зна кро мла пре сто тра хва'.split(' ');
const ENDINGS = ['ов', 'ин', 'ев', 'тех', 'пром', 'строй', 'лит', 'нар', 'ск', 'иан'];

/** An invented word: syllables and a name-like ending, capitalised like a surname or a company. */
function inventedWord(index: number): string {
  let n = index;
  let word = '';
  for (let i = 0; i < 3; i++) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  word += ENDINGS[n % ENDINGS.length] + (n >= ENDINGS.length ? SYLLABLES[Math.floor(n / ENDINGS.length) % SYLLABLES.length] : '');
  return word[0].toUpperCase() + word.slice(1);
}

export interface Vocabulary {
  /** Forms of each head lemma, by rank. */
  headForms: string[][];
  tail: string[];
}

export function buildVocabulary(morph: Morphology): Vocabulary {
  const headForms = HEAD_LEMMAS.map((lemma) => {
    const pos = morph.analyze(lemma)[0]?.pos ?? 'NOUN';
    const sets = pos === 'INFN' || pos === 'VERB' ? VERB_FORMS : pos === 'ADJF' ? ADJ_FORMS : NOUN_FORMS;
    const forms = new Set<string>([lemma]);
    for (const g of sets) {
      const form = morph.inflect(lemma, g);
      if (form) forms.add(form);
    }
    return [...forms];
  });
  const tail = Array.from({ length: TAIL_SIZE }, (_, i) => inventedWord(i * 7919 + 13));
  return { headForms, tail };
}

export interface GeneratedQuote {
  text: string;
  /** Head ranks and tail indexes the quote holds, to pick benchmark queries of known frequency. */
  head: number[];
  tail: number[];
}

export class QuoteGenerator {
  private readonly headSampler = new ZipfSampler(HEAD_LEMMAS.length, HEAD_OFFSET);
  private readonly tailSampler = new ZipfSampler(TAIL_SIZE, TAIL_OFFSET);

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly rand: () => number,
  ) {}

  next(): GeneratedQuote {
    const words: string[] = [];
    const head: number[] = [];
    const tail: number[] = [];
    const length = 9 + Math.floor(this.rand() * 8);
    for (let i = 0; i < length; i++) {
      if (this.rand() < 0.2) {
        words.push(FILLERS[Math.floor(this.rand() * FILLERS.length)]);
      } else if (this.rand() < HEAD_SHARE) {
        const rank = this.headSampler.draw(this.rand());
        const forms = this.vocabulary.headForms[rank];
        words.push(forms[Math.floor(this.rand() * forms.length)]);
        head.push(rank);
      } else {
        const index = this.tailSampler.draw(this.rand());
        words.push(this.vocabulary.tail[index]);
        tail.push(index);
      }
    }
    const text = words.join(' ');
    return { text: text[0].toUpperCase() + text.slice(1) + '.', head, tail };
  }
}
