import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/extractQuantities.js';

describe('extractQuantities: amounts of one sentence with their units, hedges and ranges', () => {
  // [why, sentence, [raw, unit, dimension, low, high] of each quantity]
  const cases: [string, string, [string, string, string, number, number][]][] = [
    [
      'counts with the counted thing; a designation (AK 47) leads the counted phrase and is no amount (ECB+ 12)',
      'During the operation, six AK 47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated.',
      [
        ['six AK 47 rifles', 'ak47 rifles', 'count', 6, 6],
        ['12 magazines', 'magazines', 'count', 12, 12],
        ['about 300 rounds', 'rounds', 'count', 270, 330],
      ],
    ],
    [
      'a length with its conversion in brackets is one quantity; a clock time is none',
      'The quake struck 12.5 km (8 miles) deep at 3 a.m. local time.',
      [['12.5 km (8 miles)', 'km', 'length', 12.5, 12.5]],
    ],
    [
      'a speed in mph is read in km/h, its bracketed conversion joined to it',
      'Winds of 120 mph (193 km/h) were recorded.',
      [['120 mph (193 km/h)', 'km/h', 'speed', 193.12128, 193.12128]],
    ],
    [
      "a hedge widens downwards ('nearly'), a vague amount is a range ('dozens' 24..99)",
      'Nearly five hundred people were killed and dozens were injured.',
      [
        ['Nearly five hundred people', 'people', 'count', 450, 500],
        ['dozens', 'items', 'count', 24, 99],
      ],
    ],
    [
      'years, clock times and relative times are no amounts',
      'In 2011 the attack began at 4 p.m. and ended five hours later.',
      [],
    ],
    ['a designation alone is a name, not an amount', 'Flight MH 17 and an F-16 were mentioned.', []],
  ];
  it.each(cases)('%s', (_why, sentence, expected) => {
    const found = extractQuantities(sentence).map((q) => [q.raw, q.unit, q.dimension, q.low, q.high]);
    expect(found).toEqual(expected);
  });

  it('gives offsets that cut the raw words out of the sentence', () => {
    const sentence = 'Officials said at least 24 people were killed and 12 magazines were seized.';
    for (const q of extractQuantities(sentence)) expect(sentence.slice(q.start, q.end)).toBe(q.raw);
  });
});
