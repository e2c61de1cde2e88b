import type {} from 'vitest';
import { compareNames } from '../names/compareNames.js';
import type { NameKind } from '../schema.js';

/** What a matcher returns: the shape vitest, jest and other expect-style runners understand. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

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

/** The matchers as a plain object, for `expect.extend(matchers)` in vitest, jest or any expect-style runner. */
export const matchers = { toBeSpellingVariantOf };

/** Typed additions to vitest's `expect` (import 'corroborate/vitest' and call `expect.extend(matchers)`). */
export interface CorroborateMatchers<R = unknown> {
  toBeSpellingVariantOf(expected: string, options?: { kind?: NameKind }): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest's own declaration uses `any` for the default type parameter
  interface Matchers<T = any> extends CorroborateMatchers<T> {}
}
