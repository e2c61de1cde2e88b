import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const LEDE = 'Shelling hit the village of Tyotkino on Tuesday. ';
const RUSSIA = 'The Russian Defence Ministry said 12 Ukrainian soldiers were killed in the attack.';
const UKRAINE = 'The Ukrainian army said no soldiers were killed in the attack.';

const killed = (texts: Record<string, string>) =>
  analyze(
    Object.entries(texts).map(([outlet, text], i) => ({ id: `a${i}`, outlet, text: LEDE + text })),
  ).discrepancies.filter((d) => d.kind === 'count' && /killed/.test(d.subject));

describe('a party’s claim against another party’s (DESIGN: contested)', () => {
  it('reports two parties’ values as contested, with who asserts each, even from one article', () => {
    const [d, ...rest] = killed({ Reuters: `${RUSSIA} ${UKRAINE}`, AFP: RUSSIA, BBC: UKRAINE });
    expect(rest).toEqual([]);
    expect(d?.contested).toBe(true);
    expect(d?.values.map((v) => [v.value, v.outlets, v.parties])).toEqual([
      ['0', ['BBC', 'Reuters'], ['Ukrainian army']],
      ['12', ['AFP', 'Reuters'], ['Russian Defence Ministry']],
    ]);
    expect(d?.explanation).toMatch(/contested.*not in conflict/);
  });

  it('does not weigh a party’s claim on the outlets that report it', () => {
    const report = analyze([
      { id: 'a', outlet: 'AFP', text: LEDE + RUSSIA },
      { id: 'b', outlet: 'BBC', text: LEDE + UKRAINE },
    ]);
    const accuracy = report.sources.map((s) => s.components.accuracy);
    expect(new Set(accuracy).size).toBe(1);
  });

  it('keeps an outlet’s own figures an ordinary discrepancy, and one speaker’s two figures two facts', () => {
    const own = killed({
      AFP: '12 Ukrainian soldiers were killed in the attack.',
      BBC: 'Three Ukrainian soldiers were killed in the attack.',
    });
    expect(own).toHaveLength(1);
    expect(own[0]?.contested).toBeUndefined();
    expect(own[0]?.values.every((v) => v.parties === undefined)).toBe(true);
    const one = killed({
      AFP: `${RUSSIA} The Russian Defence Ministry said no soldiers were killed in the attack.`,
      BBC: RUSSIA,
    });
    expect(one.every((d) => !d.contested)).toBe(true);
  });
});
