import { describe, expect, it } from 'vitest';
import { matchers } from '../../src/vitest/index.js';

expect.extend(matchers);

describe('corroborate/vitest matchers', () => {
  it('toBeSpellingVariantOf passes on romanization variants from the seeds', () => {
    expect('Starovoit').toBeSpellingVariantOf('Starovoyt', { kind: 'person' });
    expect('Tetkino').toBeSpellingVariantOf('Tyotkino', { kind: 'place' });
    expect('Bryansk').not.toBeSpellingVariantOf('Belgorod', { kind: 'place' });
  });

  it('fails with a message that gives the score and the reasons', () => {
    const fail = matchers.toBeSpellingVariantOf('Ivanova', 'Ivanov', { kind: 'person' });
    expect(fail.pass).toBe(false);
    expect(fail.message()).toMatch(
      /expected "Ivanova" to be a spelling variant of "Ivanov", but it is not \(score [\d.]+: .*feminine and masculine/,
    );
    expect(() => expect('Kstovo').toBeSpellingVariantOf('Kursk', { kind: 'place' })).toThrow(/not \(score/);
    const notFail = matchers.toBeSpellingVariantOf('Tetkino', 'Tyotkino', { kind: 'place' });
    expect(notFail.message()).toMatch(/not to be a spelling variant .* but it is/);
    expect(matchers.toBeSpellingVariantOf(42, 'x').message()).toBe('expected a name (a string), got number');
  });
});
