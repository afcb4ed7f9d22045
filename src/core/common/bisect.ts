/** The one binary search of the core. */

/** The first index in `[0, length)` for which `atOrAfter(i)` holds (or `length`), given it is monotone. */
export function bisect(length: number, atOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
