import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { ecbHardFolders, ecbHardInputs } from '../helpers/seeds.js';

describe('who said it, on real events (../shared/data/ecb-dev-hard)', () => {
  it('finds the one quotation that outlets give to two general managers, and no other', () => {
    const found = ecbHardFolders().flatMap((folder) =>
      analyze(ecbHardInputs(folder))
        .discrepancies.filter((d) => d.subject.startsWith('who said'))
        .map((d) => [folder, d.values.map((v) => [v.value, v.outlets.length])]),
    );
    expect(found).toEqual([
      [
        '35_ecb',
        [
          ['A.J. Butler', 2],
          ['A.J. Smith', 1],
        ],
      ],
    ]);
  });
});
