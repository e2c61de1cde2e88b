import { describe, expect, it } from 'vitest';
import { discoverTruth } from '../../src/index.js';
import { givenNamesMixed } from '../../src/truth/values/names.js';
import { bookClaims } from '../helpers/truthData.js';

describe('the form a chosen author list is shown in, on the Book benchmark (../shared/data/truth/book)', () => {
  it('prefers, on the Book benchmark, forms without role labels, run-together names or slashes between names', () => {
    const result = discoverTruth(bookClaims(), { kind: 'names' });
    const shown = result.items.map((i) => String(i.value));
    const labelled = shown.filter((v) => /\((author|edt|editor)\)/i.test(v));
    const runTogether = shown.filter((v) => /\p{Ll}{3}\p{Lu}\p{Ll}+,/u.test(v) || /\p{L}\/\p{L}/u.test(v));
    // only where every form of the chosen list has them
    expect(labelled.length).toBeLessThan(10);
    expect(runTogether.length).toBeLessThan(10);
    expect(shown).toHaveLength(1261);
  });

  it('shows, on the Book benchmark, a list with given names for some people only where its every form does so', () => {
    const result = discoverTruth(bookClaims(), { kind: 'names' });
    const mixed = result.items.filter((i) => givenNamesMixed(String(i.value))).map((i) => i.value);
    expect(mixed).not.toContain('Hamburger; Richards, Dana');
    expect(mixed.length).toBeLessThan(6);
  });
});
