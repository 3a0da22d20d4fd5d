// Opposite polarity between two statements on one topic: one negates a predicate the other affirms,
// or they use antonymous predicates (рост / снижение, поддерживать / выступать против). The result
// is a candidate for an editor to look at, never a finding: sarcasm, conditions and changed
// circumstances all look like contradictions to a lexicon.
import type { Morphology } from '../extraction/morphology';
import { contentLemmas, foldKey, wordsOf } from '../language/lemma-text';

/** Predicate lemma → [concept, direction]. Both members of a pair name one concept with opposite signs. */
const ANTONYMS: Record<string, [string, 1 | -1]> = {};
function pair(concept: string, plus: string, minus: string): void {
  for (const w of plus.split(' ')) ANTONYMS[w] = [concept, 1];
  for (const w of minus.split(' ')) ANTONYMS[w] = [concept, -1];
}
pair(
  'рост',
  'рост расти вырасти увеличение увеличить увеличивать увеличиться увеличиваться повышение повысить повышать повыситься повышаться поднять поднимать подняться подниматься подорожание подорожать дорожать',
  'снижение снизить снижать снизиться снижаться сокращение сократить сокращать сократиться сокращаться уменьшение уменьшить уменьшать уменьшиться падение упасть падать понижение понизить понижать опустить опускать подешеветь дешеветь',
);
pair('поддержка', 'поддерживать поддержать поддержка одобрить одобрять приветствовать', 'против противиться осуждать осудить отвергать отвергнуть возражать возразить');
pair('согласие', 'согласиться соглашаться согласие принять принимать', 'отказаться отказываться отказ отклонить отклонять');
pair('возможность', 'возможный возможно реальный реально', 'невозможный невозможно нереальный нереально');
pair('разрешение', 'разрешить разрешать разрешение', 'запретить запрещать запрет');
pair('улучшение', 'улучшение улучшить улучшать улучшиться улучшаться', 'ухудшение ухудшить ухудшать ухудшиться ухудшаться');
pair('укрепление', 'укрепить укреплять укрепление', 'ослабить ослаблять ослабление');
pair('начало', 'начать начинать возобновить возобновлять продолжить продолжать', 'прекратить прекращать остановить останавливать приостановить приостанавливать завершить');
pair('успех', 'успех успешный удаться', 'провал провалиться неудача неудачный');
pair('наличие', 'есть существовать иметься', 'нет отсутствовать');

const NEGATIONS = new Set(['не', 'ни', 'никогда', 'нисколько']);
/** Auxiliaries carry the negation on to the verb they govern: «не будем повышать» negates «повышать». */
const AUXILIARIES = new Set(['быть', 'мочь', 'стать', 'собираться', 'намереваться', 'планировать', 'хотеть', 'следовать', 'должный', 'нужно', 'надо', 'можно']);
const VERBAL = new Set(['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND']);

export interface PolarityMark {
  /** The concept compared: an antonym pair's name, or `v:` + a verb lemma that is affirmed or negated. */
  concept: string;
  sign: 1 | -1;
  /** The word as written, with its negation when negated. */
  word: string;
}

/** The predicates of a text with their direction, negation applied. */
export function polarityMarks(morph: Morphology, text: string): PolarityMark[] {
  const words = wordsOf(text);
  const marks: PolarityMark[] = [];
  let negatedFrom = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const folded = foldKey(word.text);
    if (NEGATIONS.has(folded)) {
      negatedFrom = i;
      continue;
    }
    const reading = morph.analyze(word.text)[0];
    const lemma = reading ? foldKey(reading.lemma) : folded;
    // «не» governs the next word, and through an auxiliary the word after it.
    const negated = negatedFrom >= 0 && i - negatedFrom <= 2 && (i - negatedFrom === 1 || AUXILIARIES.has(foldKey(morph.lemma(words[i - 1].text))));
    const sign = (negated ? -1 : 1) as 1 | -1;
    const written = negated ? `${words[negatedFrom].text} ${word.text}` : word.text;
    // «выступать за» / «выступать против»: the preposition carries the direction.
    if ((lemma === 'выступать' || lemma === 'выступить') && i + 1 < words.length) {
      const next = foldKey(words[i + 1].text);
      if (next === 'за' || next === 'против') {
        marks.push({ concept: 'поддержка', sign: ((next === 'за' ? 1 : -1) * sign) as 1 | -1, word: `${written} ${words[i + 1].text}` });
        i++;
        continue;
      }
    }
    const antonym = ANTONYMS[lemma] ?? ANTONYMS[folded];
    if (antonym) {
      marks.push({ concept: antonym[0], sign: (antonym[1] * sign) as 1 | -1, word: written });
    } else if (reading && VERBAL.has(reading.pos) && !AUXILIARIES.has(lemma)) {
      marks.push({ concept: `v:${lemma}`, sign, word: written });
    }
  }
  return marks;
}

export interface ContradictionCandidate {
  /** Content lemmas both statements share, the predicates aside: what makes them one topic. */
  topic: string[];
  reason: 'negation' | 'antonyms';
  concept: string;
  /** The opposed words as written in the first and the second statement. */
  first: string;
  second: string;
  score: number;
}

/** Topic words two statements must share before their polarity is compared. */
export const MIN_TOPIC_OVERLAP = 2;

/** What the comparison needs of one statement, computed once per statement rather than per pair. */
export interface PolarityProfile {
  marks: PolarityMark[];
  /** Content lemmas, predicates and negations aside. */
  topic: Set<string>;
}

export function polarityProfile(morph: Morphology, text: string): PolarityProfile {
  const marks = polarityMarks(morph, text);
  const predicates = new Set(marks.flatMap((m) => m.word.split(' ').map((w) => foldKey(morph.lemma(w)))));
  const topic = new Set(contentLemmas(morph, text).filter((l) => !predicates.has(l) && !NEGATIONS.has(l)));
  return { marks, topic };
}

/** Compares two profiled statements of one speaker; null when they share no topic or no opposed predicate. */
export function compareProfiles(a: PolarityProfile, b: PolarityProfile): ContradictionCandidate | null {
  const topic = [...a.topic].filter((l) => b.topic.has(l));
  if (topic.length < MIN_TOPIC_OVERLAP) return null;
  for (const ma of a.marks) {
    const mb = b.marks.find((m) => m.concept === ma.concept && m.sign !== ma.sign);
    if (!mb) continue;
    const union = new Set([...a.topic, ...b.topic]).size;
    return {
      topic,
      reason: ma.concept.startsWith('v:') ? 'negation' : 'antonyms',
      concept: ma.concept.replace(/^v:/, ''),
      first: ma.word,
      second: mb.word,
      score: Math.round((topic.length / union) * 1000) / 1000,
    };
  }
  return null;
}

/** Compares two statements of one speaker; null when they share no topic or no opposed predicate. */
export function findContradiction(morph: Morphology, a: string, b: string): ContradictionCandidate | null {
  return compareProfiles(polarityProfile(morph, a), polarityProfile(morph, b));
}
