/**
 * Assert consistency in a test: a newsroom's test suite checks that the outlets agree on what matters, and fails
 * with the values, outlets and sentences when they do not. Run with `npx vitest run examples/consistency.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleInput, analyze } from 'corroborate';
import { matchers } from 'corroborate/vitest';
import { describe, expect, it } from 'vitest';

expect.extend(matchers);

const seeds = fileURLToPath(new URL('../seeds/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')) as { file: string; outlet: string }[];
const articles: ArticleInput[] = manifest.map((m) => ({
  id: m.file,
  outlet: m.outlet,
  text: readFileSync(join(seeds, m.file), 'utf8'),
}));
const report = analyze(articles);

describe('coverage of the cross-border raid', () => {
  it('agrees on the figures that matter: no number or count differs by a moderate amount or more', () => {
    expect(report).toHaveNoDiscrepancies({ kinds: ['number', 'count'], minSeverity: 0.3 });
  });

  it('has the start of the raid corroborated by independent outlets', () => {
    expect(report).toCorroborate('attack in three directions', { minOutlets: 3 });
  });

  it('spells the governor the same, whatever the romanization', () => {
    expect('Starovoit').toBeSpellingVariantOf('Starovoyt', { kind: 'person' });
    expect(report).toAgreeOn('Starovoyt');
  });

  it('flags the disputed control of the village', () => {
    expect(report).not.toAgreeOn('Tyotkino');
  });
});
