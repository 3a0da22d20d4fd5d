// Word-level differences between two wordings of one quote, for the `wording_differs` flag: case,
// ё/е and punctuation are not differences, a changed, added or dropped word is.
import { foldKey, wordsOf } from '../language/lemma-text';

export type DiffOp = { op: 'equal' | 'removed' | 'added'; text: string };

export interface WordingDifference {
  /** Runs of words: equal in both, only in the first (removed) or only in the second (added). */
  ops: DiffOp[];
  removed: string[];
  added: string[];
}

/** True when the two quotes differ in some word once case, ё and punctuation are ignored. */
export function wordingDiffers(a: string, b: string): boolean {
  const x = wordsOf(a).map((w) => foldKey(w.text));
  const y = wordsOf(b).map((w) => foldKey(w.text));
  return x.length !== y.length || x.some((w, i) => w !== y[i]);
}

/** Longest-common-subsequence diff over words; quotes are short, so the quadratic table is fine. */
export function diffWords(a: string, b: string): WordingDifference {
  const x = wordsOf(a).map((w) => w.text).slice(0, 400);
  const y = wordsOf(b).map((w) => w.text).slice(0, 400);
  const kx = x.map(foldKey);
  const ky = y.map(foldKey);
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = kx[i] === ky[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], word: string) => {
    const last = ops[ops.length - 1];
    if (last?.op === op) last.text += ` ${word}`;
    else ops.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (kx[i] === ky[j]) {
      push('equal', x[i++]);
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', x[i++]);
    else push('added', y[j++]);
  }
  while (i < x.length) push('removed', x[i++]);
  while (j < y.length) push('added', y[j++]);
  return {
    ops,
    removed: ops.filter((o) => o.op === 'removed').map((o) => o.text),
    added: ops.filter((o) => o.op === 'added').map((o) => o.text),
  };
}
