/** `data` cut into pieces at `cuts` (taken modulo its length, in any order), as a socket might deliver it. */
export function cutInPieces(data: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const at of [...points, data.length]) {
    pieces.push(data.subarray(from, at));
    from = at;
  }
  return pieces;
}
