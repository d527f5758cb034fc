/**
 * Binary search, shared by the spotter (places an article names, sorted by offset) and the page
 * (mentions in reading order).
 */

/** First index in `[0, count)` for which `pred` holds, assuming it is false then true (binary search). */
export function lowerBound(count: number, pred: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the first item of an ascending list that is ≥ `x` (the list's length if none). */
export function firstAtLeast(list: readonly number[], x: number): number {
  return lowerBound(list.length, (i) => list[i]! >= x);
}
