import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../src/text/extremes.js';

describe('maxOf and minOf', () => {
  it('read a list longer than a call can take arguments (Math.max(...list) throws there)', () => {
    const list = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...list)).toThrow(RangeError);
    expect(maxOf(list)).toBe(1_000_002);
    expect(minOf(list)).toBe(0);
  });

  it('give the identities of max and min on an empty list, as Math.max() and Math.min() do', () => {
    expect(maxOf([])).toBe(Math.max());
    expect(minOf([])).toBe(Math.min());
  });
});
