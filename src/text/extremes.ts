/**
 * The largest and smallest of a list of numbers, in one pass: `Math.max(...list)` passes every number as an
 * argument and throws a RangeError past about 100,000 of them, which a hostile text reaches.
 */
export function maxOf(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < min) min = v;
  return min;
}
