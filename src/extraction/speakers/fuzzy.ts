// Edit distance for transliteration variants (Tokaev / Tokayev / Токаев): keys are short, so a
// plain two-row Levenshtein with an early exit is fast enough to scan a few thousand keys.

export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Edits tolerated between two spellings of a name of this length: none below 5 letters, 1 up to 9, then 2. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 10 ? 1 : 2;
}
