import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateError, groupEvents } from '../../src/index.js';
import type { ArticleInput } from '../../src/schema.js';
import { seedInputs } from '../helpers/seeds.js';

describe('groupEvents', () => {
  it('tells two events of one kind apart by their names: the same story in two towns with other people', () => {
    const story = (town: string, person: string, chief: string, outlet: string, extra: string) => ({
      id: `${town}-${outlet}`,
      outlet,
      text: `A gunman opened fire at an office in ${town} on Tuesday, killing one employee and wounding two others, police said. The suspect, identified as ${person}, was arrested at the scene. ${extra} Police Chief ${chief} said the motive was unclear. Witnesses in ${town} described panic as workers fled the building.`,
    });
    const articles = [
      story('Kalamazoo', 'Anthony LaCalamita', 'Maria Olsen', 'AP', 'He had been fired days earlier.'),
      story('Kalamazoo', 'Anthony Lacalamita', 'Maria Olson', 'Reuters', 'The company had let him go last week.'),
      story('Tyotkino', 'Roman Starovoyt', 'Alexei Baranovsky', 'AP', 'He had been fired days earlier.'),
      story('Tetkino', 'Roman Starovoit', 'Alexei Branovsky', 'Reuters', 'The company had let him go last week.'),
    ];
    const found = groupEvents(articles).map((g) => g.articleIds);
    expect(found).toEqual([
      ['Kalamazoo-AP', 'Kalamazoo-Reuters'],
      ['Tetkino-Reuters', 'Tyotkino-AP'],
    ]);
  });

  it('never joins articles published more than maxDays apart', () => {
    const [a, b] = seedInputs();
    const far = groupEvents([
      { ...(a as ArticleInput), publishedAt: '2024-03-12' },
      { ...(b as ArticleInput), publishedAt: '2024-03-20' },
    ]);
    expect(far).toHaveLength(2);
    expect(groupEvents([a as ArticleInput, b as ArticleInput])).toHaveLength(1);
  });

  it('handles the empty list, one article, empty and repeated texts', () => {
    expect(groupEvents([])).toEqual([]);
    expect(groupEvents([{ id: 'x', outlet: 'A', text: '' }])).toEqual([
      { id: expect.stringMatching(/^event-/), articleIds: ['x'] },
    ]);
    const same = groupEvents(
      Array.from({ length: 50 }, (_, i) => ({
        id: `c${String(i).padStart(2, '0')}`,
        outlet: `O${i}`,
        text: (seedInputs()[0] as ArticleInput).text,
      })),
    );
    expect(same).toHaveLength(1);
  });

  it('rejects bad input naming the field', () => {
    expect(() => groupEvents('x' as never)).toThrow(new CorroborateError('inputs', 'expected an array of articles'));
    expect(() => groupEvents([{ outlet: 'A' } as never])).toThrow(CorroborateError);
    expect(() => groupEvents([{ outlet: 'A' } as never])).toThrow(/^inputs\[0\]\.text: /);
    expect(() =>
      groupEvents([
        { id: 'a', outlet: 'A', text: 'x' },
        { id: 'a', outlet: 'B', text: 'y' },
      ]),
    ).toThrow('inputs[1].id: repeats the id "a" of inputs[0]');
    expect(() => groupEvents([], { threshold: 2 })).toThrow(/^options\.threshold: /);
  });

  it('gives groups or a CorroborateError for any text, and is deterministic (fast-check)', () => {
    const doc = fc.record({
      outlet: fc.string({ minLength: 1, maxLength: 12 }).filter((o) => o.trim().length > 0),
      text: fc.oneof(
        fc.string({ maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.lorem({ maxCount: 30 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 12 }), (docs) => {
        const inputs = docs.map((d, i) => ({ id: `a${i}`, ...d }));
        let groups: ReturnType<typeof groupEvents>;
        try {
          groups = groupEvents(inputs);
        } catch (error) {
          expect(error).toBeInstanceOf(CorroborateError);
          return;
        }
        expect(groups.flatMap((g) => g.articleIds).sort()).toEqual(inputs.map((a) => a.id).sort());
        expect(groupEvents([...inputs].reverse())).toEqual(groups);
      }),
      { numRuns: 300 },
    );
  });

  it('reads megabytes without punctuation, homoglyph names and surrogate pairs without trouble', () => {
    const words = (seedInputs()[0] as ArticleInput).text.replace(/[^\p{L}\s]/gu, ' ');
    const big = words.repeat(Math.ceil(2_000_000 / words.length));
    const groups = groupEvents([
      { id: 'big', outlet: 'A', text: big },
      { id: 'big2', outlet: 'B', text: big.slice(0, 500_000) },
      { id: 'cyr', outlet: 'C', text: 'Тёткино 𝕿𝖊𝖙𝖐𝖎𝖓𝖔 Tеtkino \u{1F600}'.repeat(1000) },
    ]);
    expect(groups.flatMap((g) => g.articleIds).sort()).toEqual(['big', 'big2', 'cyr']);
    expect(groups.find((g) => g.articleIds.includes('big'))?.articleIds).toContain('big2');
  });
});
