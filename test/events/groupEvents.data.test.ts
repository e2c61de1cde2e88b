import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../src/index.js';
import type { ArticleInput } from '../../src/schema.js';
import { ecbplusFolders, ecbplusInputs, seedInputs } from '../helpers/seeds.js';

/** Every ECB+ dev folder (each one event) and the seeds, with the folder as the expected event. */
function corpus(): { inputs: ArticleInput[]; event: Map<string, string> } {
  const event = new Map<string, string>();
  const inputs: ArticleInput[] = [];
  for (const folder of ecbplusFolders())
    for (const input of ecbplusInputs(folder, `${folder}/`)) {
      event.set(input.id as string, folder);
      inputs.push(input);
    }
  for (const s of seedInputs()) {
    event.set(s.id as string, 'seeds');
    inputs.push(s);
  }
  return { inputs, event };
}

function pairwise(groups: { articleIds: string[] }[], event: Map<string, string>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const group = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const id of g.articleIds) group.set(id, i);
  });
  const ids = [...event.keys()];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const same = event.get(ids[i] as string) === event.get(ids[j] as string);
      const together = group.get(ids[i] as string) === group.get(ids[j] as string);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('groupEvents on the ECB+ dev events and the seeds (../shared/data/ecbplus-dev)', () => {
  const { inputs, event } = corpus();
  const groups = groupEvents(inputs);

  it('keeps the ECB+ events and the seeds apart: no group mixes two of them', () => {
    for (const g of groups) expect(new Set(g.articleIds.map((id) => event.get(id))).size).toBe(1);
    expect(pairwise(groups, event).precision).toBe(1);
  });

  it('puts most of each event together (pairwise recall above 0.9), the five seeds in one group', () => {
    expect(pairwise(groups, event).recall).toBeGreaterThan(0.9);
    const seeds = groups.find((g) => g.articleIds.includes('000'));
    expect(seeds?.articleIds.sort()).toEqual(['000', '001', '002', '003', '004']);
    // every folder has a group holding most of it
    for (const folder of new Set(event.values())) {
      const size = [...event.values()].filter((e) => e === folder).length;
      const largest = Math.max(...groups.map((g) => g.articleIds.filter((id) => event.get(id) === folder).length));
      expect(largest / size, folder).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('returns every article exactly once, ids sorted, and the same groups whatever the order of the inputs', () => {
    const all = groups.flatMap((g) => g.articleIds);
    expect(all.sort()).toEqual([...event.keys()].sort());
    for (const g of groups) expect(g.articleIds).toEqual([...g.articleIds].sort());
    fc.assert(
      fc.property(fc.shuffledSubarray(inputs, { minLength: inputs.length, maxLength: inputs.length }), (shuffled) => {
        expect(groupEvents(shuffled)).toEqual(groups);
      }),
      { numRuns: 20 },
    );
  });
});
