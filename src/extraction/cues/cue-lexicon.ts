// Verbs and idioms of speech, writing and stated opinion. The lexicon itself is data
// (reporting-verbs.json: lemma or idiom, sense, government, example sentences); this module turns it
// into the lookups the construction rules use. A token is a cue when one of its readings (found by az)
// has a lexicon lemma, whatever its gender, number, tense, aspect or voice.
import table from './reporting-verbs.json';
import type { Morphology, WordReading } from '../morphology';

/**
 * What a reporting verb governs: `что` / `чтобы` clauses, a colon or quotation (`:`), an accusative object
 * (`obj`), an infinitive (`inf`), a prepositional object (`о`, `на` + accusative, `на+п` + prepositional,
 * `за`, `против`, `с`, `от`), an object
 * with `в …` (`обвинил X в …`) or `как …` (`охарактеризовал X как …`), `тем, что …`, or only a quotation
 * beside it (`quote`: `— пошутил он`).
 */
export type Government = 'что' | 'чтобы' | ':' | 'obj' | 'inf' | 'о' | 'на' | 'на+п' | 'за' | 'против' | 'с' | 'от' | 'в' | 'как' | 'тем' | 'quote';

export type Sense = 'speech' | 'writing' | 'opinion' | 'evaluation' | 'demand' | 'promise' | 'denial' | 'accusation' | 'complaint' | 'impersonal';

export interface ReportingVerb {
  /** The head verb's lemma (ё written as е). */
  lemma: string;
  /** Words that must follow the head for an idiom (`с критикой` of `обрушиться с критикой`); empty for a verb. */
  idiom: readonly string[];
  sense: Sense;
  government: ReadonlySet<Government>;
  /** Sentences written for the lexicon's test; the [bracketed] part is the expected quote. */
  examples: readonly string[];
}

const GOVERNMENTS = new Set<Government>(['что', 'чтобы', ':', 'obj', 'inf', 'о', 'на', 'на+п', 'за', 'против', 'с', 'от', 'в', 'как', 'тем', 'quote']);

export const normalizeYo = (s: string): string => s.replace(/ё/g, 'е');

function parseEntry(entry: readonly string[]): ReportingVerb {
  const [phrase, sense, government, ...examples] = entry;
  const [lemma, ...idiom] = normalizeYo(phrase).split(' ');
  const codes = government.split(' ').filter((g): g is Government => GOVERNMENTS.has(g as Government));
  return { lemma, idiom, sense: sense as Sense, government: new Set(codes), examples };
}

export const REPORTING_VERBS: readonly ReportingVerb[] = (table.entries as string[][]).map(parseEntry);

/** Governments whose content is a phrase rather than a clause. */
const OBJECT_GOVERNMENTS: readonly Government[] = ['obj', 'inf', 'о', 'на', 'на+п', 'за', 'против', 'с', 'от', 'в', 'как'];

interface VerbEntry {
  /** Government of the verb on its own; null when the verb is a cue only inside an idiom. */
  plain: ReadonlySet<Government> | null;
  idioms: { words: readonly string[]; government: ReadonlySet<Government> }[];
}

const BY_LEMMA = new Map<string, VerbEntry>();
for (const v of REPORTING_VERBS) {
  const entry = BY_LEMMA.get(v.lemma) ?? { plain: null, idioms: [] };
  if (v.idiom.length) entry.idioms.push({ words: v.idiom, government: v.government });
  else entry.plain = new Set([...(entry.plain ?? []), ...v.government]);
  BY_LEMMA.set(v.lemma, entry);
}

const IMPERSONAL_LEMMAS = new Set(REPORTING_VERBS.filter((v) => v.sense === 'impersonal').map((v) => v.lemma));

/** Short-form adjectives and participles of stated conviction: `уверен, что`, `убеждена, что`. */
export const CONVICTION_LEMMAS = new Set(['уверенный', 'уверить', 'убежденный', 'убедить', 'согласный']);

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
  /** Only beside a quotation (`— пошутил он`). */
  afterQuoteOnly: boolean;
  /** What the verb governs (for an idiom, what the idiom governs once matched). */
  government: ReadonlySet<Government>;
  /** Idioms headed by the verb (`выступить` + `с критикой`), each with its own government. */
  idioms: readonly { words: readonly string[]; government: ReadonlySet<Government> }[];
  /** The verb reports speech only inside one of its idioms (`обрушился` needs `с критикой`). */
  idiomOnly: boolean;
  /** Tokens of the idiom after the head verb (`с критикой`), 0 for a plain verb. */
  idiomLength: number;
  /** A passive or impersonal form whose source is a document (`в сообщении министерства говорится`). */
  impersonal: boolean;
  /** Case of an active participle (`считающему`), to find the noun it agrees with. */
  participleCase: string | null;
}

/** The content of the cue may be a phrase (an object, an infinitive, a prepositional object). */
export function takesObject(cue: CueReading): boolean {
  return OBJECT_GOVERNMENTS.some((g) => cue.government.has(g));
}

/** The cue's content may start with this preposition (`указал на …`, `рассказал о …`). */
export function governsPreposition(cue: CueReading, preposition: string): boolean {
  const p = preposition.toLowerCase();
  if (p === 'о' || p === 'об' || p === 'обо') return cue.government.has('о');
  if (p === 'на') return cue.government.has('на') || cue.government.has('на+п');
  return cue.government.has(p as Government);
}

const cueCache = new Map<string, CueReading | null>();

/** The cue reading of a word, or null when no reading of it is a speech cue. */
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
    const lemma = normalizeYo(r.lemma);
    const entry = BY_LEMMA.get(lemma);
    const inLexicon = kind === 'conviction' ? CONVICTION_LEMMAS.has(lemma) : entry !== undefined;
    if (!inLexicon) continue;
    const government = entry?.plain ?? new Set<Government>(['что', ':']);
    const g = r.grammemes;
    return {
      lemma,
      kind,
      gender: g.has('masc') ? 'masc' : g.has('femn') ? 'femn' : g.has('neut') ? 'neut' : null,
      plural: g.has('plur'),
      infinitive: r.pos === 'INFN',
      passiveImpersonal: /ся$/.test(word) && lemma.endsWith('ся') === false,
      afterQuoteOnly: kind === 'verb' && government.size === 1 && government.has('quote'),
      government,
      idioms: entry?.idioms ?? [],
      idiomOnly: !!entry && !entry.plain,
      idiomLength: 0,
      impersonal: IMPERSONAL_LEMMAS.has(lemma),
      participleCase: kind === 'participle' && g.has('actv') ? (['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'].find((c) => g.has(c)) ?? null) : null,
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

/**
 * The idiom continuation after the cue at token `i`, as the number of tokens it covers, or -1 when the
 * verb needs an idiom and none follows. Adjectives and adverbs may stand inside (`обрушился с резкой
 * критикой`, `дал высокую оценку`), an addressee with `к` before it (`обратился к жителям с призывом`).
 */
export function matchIdiom(morph: Morphology, cue: CueReading, words: readonly string[], i: number): { length: number; government: ReadonlySet<Government> } | null {
  for (const idiom of cue.idioms) {
    let k = i + 1;
    // the addressee may come first: `обратились к жителям области с призывом …`
    if (words[k] === 'к' || words[k] === 'ко') {
      let j = k + 1;
      while (j < words.length && j < k + 8 && /^[\p{L}-]+$/u.test(words[j]) && !sameLemma(morph, words[j], idiom.words[0])) j++;
      if (j < words.length && sameLemma(morph, words[j], idiom.words[0])) k = j;
    }
    let ok = true;
    for (const w of idiom.words) {
      let skipped = 0;
      while (k < words.length && skipped < 2 && !sameLemma(morph, words[k], w) && isModifier(morph, words[k])) { k++; skipped++; }
      if (k >= words.length || !sameLemma(morph, words[k], w)) { ok = false; break; }
      k++;
    }
    if (ok) return { length: k - i - 1, government: idiom.government };
  }
  return null;
}

function sameLemma(morph: Morphology, word: string, idiomWord: string): boolean {
  const w = normalizeYo(word.toLowerCase());
  if (w === idiomWord) return true;
  const target = new Set(morph.lemmas(idiomWord).map(normalizeYo));
  return morph.lemmas(w).some((l) => target.has(normalizeYo(l)));
}

/** Any reading will do: `резкой` is also a noun (`резка`), but here it qualifies `критикой`. */
function isModifier(morph: Morphology, word: string): boolean {
  return morph.analyze(word.toLowerCase()).some((r) => r.pos === 'ADJF' || r.pos === 'ADVB');
}
