import type {} from 'vitest';
import { compareNames } from '../names/compareNames.js';
import type { NameKind } from '../schema.js';

import {
  type CorroborateOptions,
  type MatcherResult,
  type NoDiscrepanciesOptions,
  toAgreeOn,
  toCorroborate,
  toHaveNoDiscrepancies,
} from './reportMatchers.js';

export type { CorroborateOptions, DiscrepancyKind, MatcherResult, NoDiscrepanciesOptions } from './reportMatchers.js';

/**
 * Asserts that `received` is a spelling variant of `expected` (the same name in another romanization, with a
 * typo, or in another script).
 *
 * @example
 * expect('Starovoit').toBeSpellingVariantOf('Starovoyt', { kind: 'person' })
 */
function toBeSpellingVariantOf(received: unknown, expected: string, options: { kind?: NameKind } = {}): MatcherResult {
  if (typeof received !== 'string') {
    return { pass: false, message: () => `expected a name (a string), got ${typeof received}` };
  }
  const result = compareNames(received, expected, options);
  const why = result.reasons.join('; ');
  return {
    pass: result.match,
    message: () =>
      result.match
        ? `expected ${JSON.stringify(received)} not to be a spelling variant of ${JSON.stringify(expected)}, but it is (score ${result.score}: ${why})`
        : `expected ${JSON.stringify(received)} to be a spelling variant of ${JSON.stringify(expected)}, but it is not (score ${result.score}: ${why})`,
    actual: received,
    expected,
  };
}

/**
 * The matchers as a plain object of functions `(received, ...args) => { pass, message }`, for
 * `expect.extend(matchers)` in vitest, jest, bun or any expect-style runner, or to call directly elsewhere.
 *
 * @example
 * import { matchers } from 'corroborate/vitest';
 * expect.extend(matchers);
 * expect(analyze(articles)).toHaveNoDiscrepancies({ kinds: ['number'], minSeverity: 0.3 });
 * matchers.toCorroborate(report, 'attack repelled', { minOutlets: 2 }).pass //=> true
 */
export const matchers = { toBeSpellingVariantOf, toCorroborate, toHaveNoDiscrepancies, toAgreeOn };

/** Typed additions to vitest's `expect` (import 'corroborate/vitest' and call `expect.extend(matchers)`). */
export interface CorroborateMatchers<R = unknown> {
  toBeSpellingVariantOf(expected: string, options?: { kind?: NameKind }): R;
  /** The report (or articles) tells a claim like this through at least `minOutlets` independent outlets (default 2). */
  toCorroborate(claimText: string, options?: CorroborateOptions): R;
  /** The report (or articles) holds no discrepancy of these kinds at or above this severity. */
  toHaveNoDiscrepancies(options?: NoDiscrepanciesOptions): R;
  /** At least two outlets report on the subject and no factual discrepancy concerns it. */
  toAgreeOn(subject: string): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest's own declaration uses `any` for the default type parameter
  interface Matchers<T = any> extends CorroborateMatchers<T> {}
}
