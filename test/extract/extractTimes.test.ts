import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/extractTimes.js';

describe('extractTimes: clock times with their zones, the instant in UTC, relative times and days', () => {
  // [why, sentence, [raw, kind, minutes on the clock, minutes UTC or undefined, zone or undefined] of each]
  const cases: [string, string, [string, string, number | undefined, number | undefined, string | undefined][]][] = [
    [
      "a named zone ('Moscow time') and a time some hours after it",
      'The fighters crossed at 3:10 a.m. Moscow time and were repelled five hours later.',
      [
        ['3:10 a.m. Moscow time', 'clock', 190, undefined, 'Moscow time'],
        ['five hours later', 'relative', undefined, undefined, undefined],
      ],
    ],
    [
      "'4 p.m. (1300 GMT)' is one instant: the local clock and the UTC one in brackets",
      'The attack began at 4 p.m. (1300 GMT) on Thursday.',
      [
        ['4 p.m. (1300 GMT)', 'clock', 960, 780, undefined],
        ['on Thursday', 'date', undefined, undefined, undefined],
      ],
    ],
    [
      "a zone abbreviation from the table of zones ('PDT', seven hours behind UTC)",
      'The crash happened at 3:10 p.m. PDT near the 117th Street exit.',
      [['3:10 p.m. PDT', 'clock', 910, 1330, 'PDT']],
    ],
    [
      "'local time' is a zone without an offset; '0915 GMT' is a clock in UTC",
      'Police said he was shot at 9:15 a.m. local time, or 0915 GMT.',
      [
        ['9:15 a.m. local time', 'clock', 555, undefined, 'local time'],
        ['0915 GMT', 'clock', 555, 555, 'GMT'],
      ],
    ],
  ];
  it.each(cases)('%s', (_why, sentence, expected) => {
    const found = extractTimes(sentence).map((t) => [t.raw, t.kind, t.minutes, t.utcMinutes, t.zone]);
    expect(found).toEqual(expected);
  });

  it('finds no time in a sentence of amounts and years', () => {
    expect(
      extractTimes('In 2011, 26 pirates and 300 rounds of ammunition were seized.').filter((t) => t.kind === 'clock'),
    ).toEqual([]);
  });
});
