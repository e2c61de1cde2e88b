import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

describe('examples on ../shared/data', () => {
  it('compare-folder.ts reads a folder without a manifest, outlets from the file names', async () => {
    const { readFolder } = await import('../../examples/compare-folder.js');
    const folder = join(ROOT, '..', 'shared', 'data', 'ecbplus-dev');
    const first = readdirSync(folder).sort()[0] as string;
    const articles = readFolder(join(folder, first));
    expect(articles.length).toBeGreaterThan(1);
    for (const a of articles) expect(a.text.length).toBeGreaterThan(0);
  });
});
