/**
 * The index of the first item whose key is at or after `at`, in items sorted by that key (binary search;
 * `items.length` when there is none).
 */
export function firstAtOrAfter<T>(items: readonly T[], at: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
