// The sentence before and the sentence after a statement in its article's cleaned body, for
// "what did X say about Y". A light splitter: it is enough to show an editor the surroundings.

export interface SentenceContext {
  before: string | null;
  after: string | null;
}

const ABBREVIATION = /(?:^|[\s(«"])(?:г|гг|т|е|п|др|пр|тыс|млн|млрд|руб|долл|ст|ул|им|см|рис|с|стр|н|э|[А-ЯЁA-Z])\.$/u;

/** Sentence boundaries (end offsets) of a text: end punctuation, closing quotes, then space and a capital or a dash. */
export function sentenceBounds(body: string): Array<{ start: number; end: number }> {
  const bounds: Array<{ start: number; end: number }> = [];
  const re = /[.!?…]+["»”]?(?=\s+["«„—–-]?\s*[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[—–-])/gu;
  let start = 0;
  for (const m of body.matchAll(re)) {
    const end = m.index! + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(body.slice(Math.max(0, m.index! - 6), m.index! + 1))) continue;
    if (body.slice(start, end).trim()) bounds.push({ start, end });
    start = end;
  }
  if (body.slice(start).trim()) bounds.push({ start, end: body.length });
  return bounds.map(trim(body));
}

function trim(body: string) {
  return (b: { start: number; end: number }) => {
    let { start, end } = b;
    while (start < end && /\s/.test(body[start])) start++;
    while (end > start && /\s/.test(body[end - 1])) end--;
    return { start, end };
  };
}

export function contextAround(body: string | null, start: number, end: number): SentenceContext {
  if (!body) return { before: null, after: null };
  const sentences = sentenceBounds(body);
  const first = sentences.findIndex((s) => s.end > start);
  let last = -1;
  for (let i = sentences.length - 1; i >= 0; i--) {
    if (sentences[i].start < end) {
      last = i;
      break;
    }
  }
  if (first < 0 || last < 0) return { before: null, after: null };
  const text = (i: number) => (i >= 0 && i < sentences.length ? body.slice(sentences[i].start, sentences[i].end) : null);
  return { before: text(first - 1), after: text(last + 1) };
}
