// Verbs and phrases of speech, writing and stated opinion, kept as lemmas: a token is a cue when one of
// its readings (found by az) has such a lemma, whatever its gender, number, tense or aspect.
import type { Morphology, WordReading } from '../morphology';

/** Verbs that report speech and take a clause (`что …`), a colon, or stand after the content. */
export const CLAUSE_CUE_LEMMAS = new Set([
  'заявить', 'заявлять', 'сказать', 'говорить', 'сообщить', 'сообщать', 'отметить', 'отмечать',
  'указать', 'указывать', 'подчеркнуть', 'подчёркивать', 'подчеркивать', 'добавить', 'добавлять',
  'уточнить', 'уточнять', 'пояснить', 'пояснять', 'признать', 'признавать', 'предупредить',
  'предупреждать', 'пообещать', 'обещать', 'написать', 'писать', 'считать', 'полагать', 'рассказать',
  'рассказывать', 'объяснить', 'объяснять', 'ответить', 'отвечать', 'заметить', 'замечать',
  'подтвердить', 'подтверждать', 'утверждать', 'заверить', 'заверять', 'напомнить', 'напоминать',
  'продолжить', 'продолжать', 'заключить', 'подытожить', 'прокомментировать', 'комментировать',
  'прогнозировать', 'спрогнозировать', 'сомневаться', 'посетовать', 'сетовать', 'объявить', 'объявлять',
  'констатировать', 'допустить', 'допускать', 'исключить', 'исключать', 'настаивать', 'настоять',
  'вспомнить', 'вспоминать', 'думать', 'надеяться', 'уверять', 'опасаться', 'пожаловаться', 'жаловаться',
  'возразить', 'возражать', 'парировать', 'согласиться', 'соглашаться', 'пригрозить', 'грозить',
  'потребовать', 'требовать', 'предположить', 'предполагать', 'высказаться', 'признаться', 'резюмировать',
  'поделиться', 'делиться', 'сокрушаться', 'объяснять', 'рассуждать', 'убеждать', 'отрицать',
  'повторить', 'повторять', 'намекнуть', 'намекать', 'отрапортовать', 'доложить', 'докладывать',
  'информировать', 'проинформировать', 'известить', 'оповестить', 'передать', 'передавать',
  'цитировать', 'процитировать', 'выразить', 'выражать', 'призвать', 'призывать', 'назвать', 'называть',
  'опровергнуть', 'опровергать', 'осудить', 'осуждать', 'предложить', 'предлагать', 'оценить',
  'оценивать', 'раскритиковать', 'критиковать', 'отвергнуть', 'отвергать', 'рассчитывать',
  'подчеркнуть', 'пригрозить', 'выступить', 'добавить', 'уверить', 'убедить', 'верить', 'считаться',
  'прогнозировать', 'ожидать', 'объяснить', 'подытожить', 'утверждать', 'опровергнуть', 'высказываться',
  'озвучить', 'озвучивать',
]);

/**
 * Verbs that report speech only beside a quotation (`«…?» — возмутился он`, `— пошутил министр`): on
 * their own they mean a feeling or a gesture, so they never introduce a clause.
 */
export const AFTER_QUOTE_LEMMAS = new Set([
  'возмутиться', 'возмущаться', 'пошутить', 'шутить', 'воскликнуть', 'восклицать', 'удивиться', 'удивляться',
  'поинтересоваться', 'посоветовать', 'советовать', 'иронизировать', 'съязвить', 'усмехнуться', 'вздохнуть',
  'отрезать', 'недоумевать', 'негодовать',
]);

/** Cues whose content may be a noun phrase or an infinitive instead of a clause. */
export const OBJECT_CUE_LEMMAS = new Set([
  'призвать', 'призывать', 'назвать', 'называть', 'отметить', 'отмечать', 'опровергнуть', 'опровергать',
  'осудить', 'осуждать', 'предложить', 'предлагать', 'подтвердить', 'подтверждать', 'оценить', 'оценивать',
  'объявить', 'объявлять', 'потребовать', 'требовать', 'пообещать', 'обещать', 'пригрозить', 'грозить',
  'раскритиковать', 'критиковать', 'подчеркнуть', 'подчеркивать', 'подчёркивать',
  'допустить', 'допускать', 'исключить', 'исключать', 'отрицать', 'выразить', 'выражать', 'намекнуть',
  'напомнить', 'напоминать', 'вспомнить', 'сообщить', 'рассказать', 'заявить', 'предупредить',
  'предупреждать', 'посетовать', 'пожаловаться', 'констатировать', 'признать', 'признавать',
  'озвучить', 'озвучивать', 'заявлять', 'сообщать', 'рассказывать', 'вспоминать', 'намекать', 'сетовать', 'жаловаться', 'высказаться',
  'высказываться', 'повторить', 'повторять', 'пообещать', 'обещать', 'отметить', 'отмечать',
]);

/** Opinion cues that need an explicit clause (`что`, a colon) because they also mean other things. */
export const CLAUSE_ONLY_LEMMAS = new Set([
  'считать', 'полагать', 'думать', 'надеяться', 'опасаться', 'сомневаться', 'рассчитывать', 'верить',
  'ожидать', 'продолжить', 'продолжать', 'передать', 'передавать', 'выступить', 'согласиться',
  'соглашаться', 'убедить', 'уверить', 'делиться', 'поделиться', 'считаться', 'настаивать', 'настоять',
  'писать', 'написать', 'повторить', 'повторять', 'ответить', 'отвечать', 'вспоминать', 'объяснять',
  'объяснить', 'пояснить', 'пояснять', 'уточнить', 'уточнять', 'добавить', 'добавлять',
  'утверждать', 'говорить', 'сказать', 'заметить', 'замечать', 'указать', 'указывать',
]);

/** Short-form adjectives and participles of stated conviction: `уверен, что`, `убеждена, что`. */
export const CONVICTION_LEMMAS = new Set(['уверенный', 'уверить', 'убеждённый', 'убежденный', 'убедить', 'согласный']);

/** Nouns after `выразить` that make a cue (`выразил уверенность, что …`). */
export const EXPRESSED_NOUNS = new Set([
  'уверенность', 'надежда', 'обеспокоенность', 'сожаление', 'удовлетворение', 'озабоченность',
  'несогласие', 'сомнение', 'мнение', 'недовольство', 'возмущение', 'благодарность', 'поддержка',
  'соболезнование', 'опасение', 'готовность', 'протест', 'признательность', 'разочарование',
]);

/** `по словам X`, `по мнению X`, `согласно заявлению X`: the noun after the preposition. */
export const ACCORDING_NOUNS = new Set([
  'слово', 'мнение', 'данные', 'сообщение', 'информация', 'оценка', 'заявление', 'утверждение',
  'признание', 'версия', 'подсчёт', 'подсчет', 'словам', 'прогноз', 'расчёт', 'расчет', 'заверение',
  'убеждение', 'отчётность', 'отчетность', 'свидетельство',
]);

export type CueKind = 'verb' | 'gerund' | 'conviction' | 'participle';

export interface CueReading {
  lemma: string;
  kind: CueKind;
  /** Grammatical subject agreement carried by the verb form. */
  gender: 'masc' | 'femn' | 'neut' | null;
  plural: boolean;
  infinitive: boolean;
  passiveImpersonal: boolean;
  /** Only beside a quotation (AFTER_QUOTE_LEMMAS). */
  afterQuoteOnly: boolean;
}

/** The cue reading of a word, or null when no reading of it is a speech cue. */
const cueCache = new Map<string, CueReading | null>();

export function cueReading(morph: Morphology, word: string): CueReading | null {
  const cached = cueCache.get(word);
  if (cached !== undefined) return cached;
  const r = computeCueReading(morph, word);
  if (cueCache.size > 100_000) cueCache.clear();
  cueCache.set(word, r);
  return r;
}

function computeCueReading(morph: Morphology, word: string): CueReading | null {
  const readings = morph.analyze(word.toLowerCase());
  for (const r of readings) {
    const kind = kindOf(r);
    if (!kind) continue;
    const afterQuoteOnly = kind === 'verb' && AFTER_QUOTE_LEMMAS.has(r.lemma);
    const inLexicon = kind === 'conviction' ? CONVICTION_LEMMAS.has(r.lemma) : CLAUSE_CUE_LEMMAS.has(r.lemma) || afterQuoteOnly;
    if (!inLexicon) continue;
    const g = r.grammemes;
    return {
      lemma: r.lemma,
      kind,
      gender: g.has('masc') ? 'masc' : g.has('femn') ? 'femn' : g.has('neut') ? 'neut' : null,
      plural: g.has('plur'),
      infinitive: r.pos === 'INFN',
      passiveImpersonal: /ся$/.test(word) && r.lemma.endsWith('ся') === false,
      afterQuoteOnly,
    };
  }
  return null;
}

function kindOf(r: WordReading): CueKind | null {
  if (r.pos === 'VERB') return r.grammemes.has('impr') ? null : 'verb';
  if (r.pos === 'GRND') return 'gerund';
  if (r.pos === 'ADJS' || r.pos === 'PRTS') return 'conviction';
  if (r.pos === 'PRTF') return 'participle';
  return null;
}
