// Words of a Russian text reduced to search keys with the extractor's morphology. Documents and
// queries go through the same functions, so an inflected query meets an inflected document on a
// shared key whatever forms either side uses.
import type { Morphology } from '../extraction/morphology';
import { nameNominatives } from './unknown-word-keys';

export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

/** Function words that carry no topic: left out of search keys and claim comparison. «не» is kept on purpose. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'и а но да или либо же ли бы что чтобы как так также тоже то это этот эта эти тот та те такой весь вся все всё ' +
    'в во на с со к ко по о об обо от до из у за над под при про для без через между перед после около ' +
    'я мы ты вы он она оно они его её ее их им ему ей нам вам нас вас меня мне себя свой наш ваш мой твой ' +
    'быть являться который которая которые где когда уже еще ещё только даже очень там тут здесь вот ' +
    'сказать заявить отметить сообщить подчеркнуть добавить говорить'
  ).split(' '),
);

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const m of text.matchAll(WORD_RE)) words.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return words;
}

/** Lower case, ё as е, letters and digits only: the form every key is compared in. */
export function foldKey(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Every key a word may match on: the word itself and each lemma az's dictionary gives it. Names need
 * both: az reads «Токаев» as a form of «токай» but «Токаеву» as a form of «токаев»; the surface form
 * bridges them. A word az does not know is keyed by itself (see unknownWordKeys), never by a guess.
 */
export function keysOf(morph: Morphology, word: string): string[] {
  const folded = foldKey(word);
  const keys = new Set<string>([folded]);
  const known = morph.analyze(word).filter((r) => r.known);
  if (known.length) for (const r of known) keys.add(foldKey(r.lemma));
  else for (const k of unknownWordKeys(morph, word)) keys.add(k);
  keys.delete('');
  return [...keys];
}

const unknownKeyCache = new WeakMap<Morphology, Map<string, string[]>>();
const MAX_UNKNOWN_CACHE = 200_000;

/**
 * Keys of an out-of-dictionary word besides its own form: the nominatives a name could have
 * («Кранотеха» → кранотех), and for a hyphenated word its head inflected as usual with the rest
 * kept as written («онлайн-платформы» → онлайнплатформа, «Касым-Жомарта» → касымжомарт).
 */
function unknownWordKeys(morph: Morphology, word: string): string[] {
  let cache = unknownKeyCache.get(morph);
  if (!cache) unknownKeyCache.set(morph, (cache = new Map()));
  const cached = cache.get(word);
  if (cached) return cached;
  const parts = word.split(/[-'’]/);
  const keys =
    parts.length > 1 ? keysOf(morph, parts[parts.length - 1]).map((k) => foldKey(parts.slice(0, -1).join('')) + k) : nameNominatives(morph, foldKey(word));
  if (cache.size >= MAX_UNKNOWN_CACHE) cache.clear();
  cache.set(word, keys);
  return keys;
}

function isStopWord(morph: Morphology, word: string): boolean {
  const folded = foldKey(word);
  return STOP_WORDS.has(folded) || STOP_WORDS.has(foldKey(morph.lemma(word)));
}

const contentKeyCache = new WeakMap<Morphology, Map<string, readonly string[] | null>>();
const MAX_CONTENT_KEY_CACHE = 200_000;

/** The keys of a word as a document holds it, or null for a stop word; memoised, as news reuses its words. */
function contentKeys(morph: Morphology, word: string): readonly string[] | null {
  let cache = contentKeyCache.get(morph);
  if (!cache) contentKeyCache.set(morph, (cache = new Map()));
  let keys = cache.get(word);
  if (keys === undefined) {
    keys = isStopWord(morph, word) ? null : keysOf(morph, word);
    if (cache.size >= MAX_CONTENT_KEY_CACHE) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}

/** The distinct keys of a text, stop words out: what a statement's search_lemmas holds. */
export function documentKeys(morph: Morphology, ...texts: (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const w of text.matchAll(WORD_RE)) {
      const found = contentKeys(morph, w[0]);
      if (found) for (const k of found) keys.add(k);
    }
  }
  return [...keys];
}

const contentLemmaCache = new WeakMap<Morphology, Map<string, string | null>>();

/** The best lemma of each content word, in order: the normalised quote claims and contradictions compare. */
export function contentLemmas(morph: Morphology, text: string): string[] {
  let cache = contentLemmaCache.get(morph);
  if (!cache) contentLemmaCache.set(morph, (cache = new Map()));
  const lemmas: string[] = [];
  for (const w of text.matchAll(WORD_RE)) {
    let lemma = cache.get(w[0]);
    if (lemma === undefined) {
      const key = isStopWord(morph, w[0]) ? '' : foldKey(morph.lemma(w[0]));
      lemma = key.length > 1 || /\d/.test(key) ? key : null;
      if (cache.size >= MAX_CONTENT_KEY_CACHE) cache.clear();
      cache.set(w[0], lemma);
    }
    if (lemma !== null) lemmas.push(lemma);
  }
  return lemmas;
}

export interface LemmaQuery {
  /** One group per query word; a document matches when it holds a key of every group. */
  groups: string[][];
  /** PostgreSQL tsquery text, safe to cast with ::tsquery (keys are letters and digits only). */
  tsquery: string;
}

/** Builds the search query for `q`; null when it holds no searchable word. */
export function buildLemmaQuery(morph: Morphology, q: string): LemmaQuery | null {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const w of wordsOf(q)) {
    if (isStopWord(morph, w.text)) continue;
    const keys = keysOf(morph, w.text);
    const signature = [...keys].sort().join('|');
    if (!keys.length || seen.has(signature)) continue;
    seen.add(signature);
    groups.push(keys);
  }
  if (!groups.length) return null;
  const tsquery = groups.map((g) => `(${g.map((k) => `'${k}'`).join(' | ')})`).join(' & ');
  return { groups, tsquery };
}

export interface Highlight {
  /** The text, HTML-escaped, with each matched word wrapped in <mark>…</mark>. */
  text: string;
  matches: WordSpan[];
}

/** Marks the words of `text` that share a key with the query: the lemma matches, not only the literal ones. */
export function highlight(morph: Morphology, text: string, query: LemmaQuery): Highlight {
  const wanted = new Set(query.groups.flat());
  const matches = wordsOf(text).filter((w) => contentKeys(morph, w.text)?.some((k) => wanted.has(k)));
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += `${escapeHtml(text.slice(at, m.start))}<mark>${escapeHtml(m.text)}</mark>`;
    at = m.end;
  }
  return { text: out + escapeHtml(text.slice(at)), matches };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
