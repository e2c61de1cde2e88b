import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { matchers } from '../../src/vitest/index.js';
import { seedInputs } from '../helpers/seeds.js';

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

describe('report matchers on the seeds', () => {
  const inputs = seedInputs();
  const report = analyze(inputs);

  it('toCorroborate passes on claims told by several independent outlets', () => {
    expect(report).toCorroborate('attack in three directions', { minOutlets: 3 });
    expect(report).toCorroborate('25 drones');
    // articles are analyzed on the way in
    expect(inputs).toCorroborate('two oil facilities', { minOutlets: 2 });
  });

  it('toCorroborate fails on a single-source claim, naming the outlet and its sentence', () => {
    const fail = matchers.toCorroborate(report, '234 fighters killed');
    expect(fail.pass).toBe(false);
    expect(fail.message()).toMatch(
      /^expected “234 fighters killed” to be corroborated by at least 2 independent outlets, but it is told by 1:\n {2}The Washington Times \(1 independent, single-source\):\n {4}The Washington Times: “[^”]*234/,
    );
    expect(() => expect(report).toCorroborate('234 fighters killed')).toThrow(/told by 1:/);
  });

  it('toCorroborate counts a copy once: the Baranovsky quote through Reuters and The Daily Beast', () => {
    const fail = matchers.toCorroborate(report, 'the most interesting things are yet to come');
    expect(fail.pass).toBe(false);
    expect(fail.message()).toMatch(/told by 1:\n {2}Reuters, The Daily Beast \(1 independent/);
    expect(report).toCorroborate('the most interesting things are yet to come', { minOutlets: 1 });
  });

  it('toCorroborate says so when nothing like the claim is reported', () => {
    const fail = matchers.toCorroborate(report, 'submarine sank in harbour');
    expect(fail.pass).toBe(false);
    expect(fail.message()).toMatch(/but no outlet reports it/);
    expect(matchers.toCorroborate(report, '  ').message()).toMatch(/needs a claim with content words/);
  });

  it('toHaveNoDiscrepancies passes when only lower kinds or severities are present', () => {
    expect(report).toHaveNoDiscrepancies({ kinds: ['date'] });
    expect(report).toHaveNoDiscrepancies({ kinds: ['number', 'count', 'time'], minSeverity: 0.3 });
  });

  it('toHaveNoDiscrepancies fails listing values, outlets and evidence sentences', () => {
    const fail = matchers.toHaveNoDiscrepancies(report, { kinds: ['time'] });
    expect(fail.pass).toBe(false);
    const message = fail.message();
    expect(message).toMatch(
      /^expected no time discrepancies, but found 1:\n {2}\[time\] time \(repel\) \(severity 0\.21\): /,
    );
    expect(message).toContain('    08:25 (Sindonews): “8:25 a.m.”');
    expect(message).toMatch(/ {4}08:00 \(AFP, Reuters, The Daily Beast\): /);
    expect(message).toMatch(/ {6}Sindonews: “[^”]*8:25 a\.m\./);
    expect(() => expect(report).toHaveNoDiscrepancies()).toThrow(/\[contested\] Tyotkino/);
    expect(() => expect(report).not.toHaveNoDiscrepancies({ kinds: ['date'] })).toThrow(
      /expected date discrepancies, but the outlets agree/,
    );
  });

  it('toAgreeOn passes on a subject reported alike and fails on a disputed one with its evidence', () => {
    expect(report).toAgreeOn('Russian Volunteer Corps');
    expect(report).toAgreeOn('Baranovsky');
    expect(report).toAgreeOn('Starovoyt');
    const fail = matchers.toAgreeOn(report, 'Tetkino');
    expect(fail.pass).toBe(false);
    expect(fail.message()).toMatch(/^expected the outlets to agree on “Tetkino”, but 2 discrepancies concern it:/);
    expect(fail.message()).toMatch(/\[contested\] Tyotkino .*\n {4}claimed success/);
    expect(matchers.toAgreeOn(report, 'Kstovo').message()).toBe(
      'expected the outlets to agree on “Kstovo”, but only AFP reports on it',
    );
    expect(() => expect(report).not.toAgreeOn('Baranovsky')).toThrow(
      'expected the outlets not to agree on “Baranovsky”, but Reuters, The Daily Beast report on it with no discrepancy',
    );
    expect(matchers.toAgreeOn(report, 'Atlantis').message()).toBe(
      'expected the outlets to agree on “Atlantis”, but no outlet reports on it',
    );
  });

  it('gives a clear message for anything that is not a report or articles', () => {
    expect(matchers.toHaveNoDiscrepancies(42).message()).toBe(
      'expected a Report (from analyze) or an array of articles, got number',
    );
    expect(matchers.toCorroborate([{ outlet: 'X' }], 'x').message()).toMatch(
      /^the articles given are not valid: inputs\[0\]\.text: /,
    );
  });
});
