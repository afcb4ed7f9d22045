/**
 * Token alignment by greedy string tiling (the method of plagiarism detectors such as Churnalism):
 * repeatedly take the longest run of words the two sequences share and that no earlier tile used,
 * down to a minimum run length. Runs, not scattered words, are the evidence that two texts carry the
 * same quote: two different statements that share "the", "we" and "war" get no tile, while a clipped,
 * bracketed, elided or slightly reworded rendering of the same words is covered almost entirely.
 */

export interface Tile {
  /** Start of the run in the first sequence. */
  readonly a: number;
  /** Start of the run in the second sequence. */
  readonly b: number;
  readonly length: number;
}

/**
 * Tiles a[aFrom, aTo) against b[bFrom, bTo), longest first, each at least `minRun` words long.
 * Returned in order of their position in `a`.
 */
export function tile(
  a: ArrayLike<string | number>,
  b: ArrayLike<string | number>,
  minRun = 2,
  aFrom = 0,
  aTo = a.length,
  bFrom = 0,
  bTo = b.length,
): Tile[] {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  const tiles: Tile[] = [];
  if (n <= 0 || m <= 0) return tiles;
  const usedA = new Uint8Array(n);
  const usedB = new Uint8Array(m);
  let row = new Uint16Array(m + 1);
  let prev = new Uint16Array(m + 1);
  for (;;) {
    // Longest common run over unused positions: a rolling-row dynamic programme, O(n·m).
    let bestLength = 0;
    let bestA = 0;
    let bestB = 0;
    prev.fill(0);
    for (let i = 1; i <= n; i++) {
      row[0] = 0;
      const ai = a[aFrom + i - 1];
      const aFree = usedA[i - 1] === 0;
      for (let j = 1; j <= m; j++) {
        const length = aFree && usedB[j - 1] === 0 && ai === b[bFrom + j - 1] ? prev[j - 1]! + 1 : 0;
        row[j] = length;
        if (length > bestLength) {
          bestLength = length;
          bestA = i - length;
          bestB = j - length;
        }
      }
      [prev, row] = [row, prev];
    }
    if (bestLength < minRun || bestLength === 0) break;
    usedA.fill(1, bestA, bestA + bestLength);
    usedB.fill(1, bestB, bestB + bestLength);
    tiles.push({ a: aFrom + bestA, b: bFrom + bestB, length: bestLength });
  }
  return tiles.sort((x, y) => x.a - y.a);
}

/** Words of `a` covered by tiles. */
export function covered(tiles: readonly Tile[]): number {
  return tiles.reduce((sum, t) => sum + t.length, 0);
}
