/** Index of the first item whose position is at or after `offset` (items in order of position); O(log n). */
export function lowerBound<T>(items: readonly T[], offset: number, positionOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
