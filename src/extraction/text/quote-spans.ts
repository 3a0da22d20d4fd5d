// Quotation marks paired over the whole body: «…» (nesting), „…“, “…”, and straight "…" told apart by
// what stands around them. Direct quotes often span sentences, so pairing is done before sentences.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** Nesting depth: 0 for outermost quotes. */
  depth: number;
}

const MAX_QUOTE_LENGTH = 4000;

export function findQuoteSpans(body: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\n' && stack.length) {
      // a quote runs over a paragraph break only when the next paragraph reopens it (`«…` by convention);
      // an unclosed mark must not make every later quote look nested
      let j = i + 1;
      while (j < body.length && /\s/.test(body[j])) j++;
      if (body[j] !== '«') {
        closeUnclosed(body, stack, i, spans);
        stack.length = 0;
      }
    }
    if (c === '«' || c === '„') {
      stack.push({ mark: c, at: i });
    } else if (c === '»') {
      closeUntil(stack, '«', i, spans);
    } else if (c === '“' || c === '”') {
      const top = stack[stack.length - 1];
      if (top && (top.mark === '„' || top.mark === '“')) closeUntil(stack, top.mark, i, spans);
      else if (c === '“' && opensHere(body, i)) stack.push({ mark: '“', at: i });
    } else if (c === '"') {
      const top = stack[stack.length - 1];
      if (top && top.mark === '"' && !opensHere(body, i)) closeUntil(stack, '"', i, spans);
      else if (top && top.mark === '"' && closesHere(body, i)) closeUntil(stack, '"', i, spans);
      else if (opensHere(body, i)) stack.push({ mark: '"', at: i });
      else if (top && top.mark === '"') closeUntil(stack, '"', i, spans);
    }
    if (stack.length && i - stack[0].at > MAX_QUOTE_LENGTH) stack.length = 0;
  }
  closeUnclosed(body, stack, body.length, spans);
  spans.sort((a, b) => a.open - b.open);
  return spans;
}

/**
 * `X заявил: «Мы не отступим. Работа продолжится` with the closing mark lost: a « that opens a direct
 * quote (after a colon or a dash, or at the start of a paragraph) and is never closed runs to the end
 * of its paragraph. Other unclosed marks are dropped.
 */
function closeUnclosed(body: string, stack: { mark: string; at: number }[], paragraphEnd: number, out: QuoteSpan[]): void {
  const first = stack[0];
  if (!first || first.mark !== '«' || stack.length > 1) return;
  const before = body.slice(Math.max(0, first.at - 4), first.at);
  if (!/(^|[:—–\n]\s*)$/.test(before) && first.at !== 0) return;
  let end = paragraphEnd;
  while (end > first.at + 1 && /\s/.test(body[end - 1])) end--;
  if (end - first.at < 12) return;
  out.push({ open: first.at, close: end, depth: 0 });
}

function closeUntil(stack: { mark: string; at: number }[], mark: string, at: number, out: QuoteSpan[]): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].mark === mark) {
      out.push({ open: stack[k].at, close: at, depth: k });
      stack.length = k;
      return;
    }
  }
}

function opensHere(body: string, i: number): boolean {
  const before = i > 0 ? body[i - 1] : ' ';
  const after = body[i + 1] ?? ' ';
  return /[\s(«„:—–-]/.test(before) && /\S/.test(after);
}

function closesHere(body: string, i: number): boolean {
  const before = i > 0 ? body[i - 1] : ' ';
  const after = body[i + 1] ?? ' ';
  return /\S/.test(before) && /[\s,.;:!?)»—–-]|$/.test(after);
}

/** The outermost quote containing offset `at`, if any. */
export function enclosingQuote(spans: QuoteSpan[], at: number): QuoteSpan | null {
  for (const s of spans) {
    if (s.open > at) break;
    if (s.depth === 0 && s.open < at && at < s.close) return s;
  }
  return null;
}
