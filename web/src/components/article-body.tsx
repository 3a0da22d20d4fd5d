import type { Ref } from 'preact';

interface Marked {
  start: number;
  end: number;
  kind: 'quote' | 'mention';
}

/**
 * The article's cleaned body with the quote and the speaker's mention marked at their offsets. The
 * text is rendered exactly (white-space: pre-wrap), so a selection inside it maps back to offsets.
 */
export function ArticleBody({ body, marks, bodyRef, label }: { body: string; marks: Marked[]; bodyRef?: Ref<HTMLDivElement>; label: string }) {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= body.length && m.start < m.end);
  const cuts = [...new Set([0, body.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const kinds = valid.filter((m) => m.start <= from && m.end >= to).map((m) => m.kind);
    const piece = body.slice(from, to);
    if (!kinds.length) pieces.push(piece);
    else if (kinds.includes('quote')) pieces.push(<mark class={kinds.includes('mention') ? 'quote mention' : 'quote'} data-testid="quote-mark" key={from}>{piece}</mark>);
    else pieces.push(<span class="mention" data-testid="mention-mark" key={from}>{piece}</span>);
  }
  return (
    <div class="article-body" ref={bodyRef} aria-label={label} role="document" tabIndex={0}>
      {pieces}
    </div>
  );
}

/** Offsets in `container`'s text of the current selection, or null when nothing inside it is selected. */
export function selectedOffsets(container: HTMLElement | null): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
