import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

// Every example script is run here (the *.test.ts examples run as tests of their own), so that none can rot.
const scripts = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('examples', () => {
  it('are all covered below', () => {
    expect(scripts.sort()).toEqual(['compare-folder.ts', 'own-claims.ts']);
  });

  it('compare-folder.ts compares the seed articles from their folder', async () => {
    const { main } = await import('../../examples/compare-folder.js');
    const out = main(join(ROOT, 'seeds'));
    expect(out).toMatch(/^5 articles, consistency \d+%/);
    expect(out).toMatch(/contested +0\.\d\d {2}Tyotkino: /);
    expect(out).toMatch(
      /time +0\.21 {2}time \(repel\): 08:00 \(AFP, Reuters, The Daily Beast\) vs 08:25 \(Sindonews\)/,
    );
    expect(out).toContain(
      'Tyotkino: Tyotkino [AFP, Reuters, Sindonews, The Daily Beast], Tetkino [The Washington Times]',
    );
  });

  it('own-claims.ts picks the times most trusted sources agree on and finds the copiers', async () => {
    const { main } = await import('../../examples/own-claims.js');
    const out = main();
    expect(out).toMatch(/UA-1234 departure: 2011-12-01T14:0\d/);
    expect(out).toMatch(/AA-88 departure: 2011-12-01T09:1\d/);
    expect(out).toMatch(/tracker-b +trust [\d.]+ {2}copies tracker-c/);
  });
});
