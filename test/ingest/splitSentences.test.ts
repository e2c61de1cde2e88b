import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/splitSentences.js';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  // [text, sentences, why the case exists]
  const cases: [string, string[], string][] = [
    [
      'It hit the U.S. Central Intelligence Agency. Then it stopped.',
      ['It hit the U.S. Central Intelligence Agency.', 'Then it stopped.'],
      'U.S. before a name',
    ],
    ['Troops left the U.S. The war went on.', ['Troops left the U.S.', 'The war went on.'], 'U.S. ending a sentence'],
    [
      'It began at 3 a.m. Moscow time (0000 GMT). It ended.',
      ['It began at 3 a.m. Moscow time (0000 GMT).', 'It ended.'],
      'a.m. before a zone',
    ],
    [
      'It began at 3 a.m. The ministry said so.',
      ['It began at 3 a.m.', 'The ministry said so.'],
      'a.m. ending a sentence',
    ],
    ['It ended at 8:25 p.m., officials said.', ['It ended at 8:25 p.m., officials said.'], 'p.m. mid-sentence'],
    ['Gov. Roman Starovoyt spoke. Mr. Putin did not.', ['Gov. Roman Starovoyt spoke.', 'Mr. Putin did not.'], 'titles'],
    [
      'Books by W. Richard Stevens sell. A.A. Raspletin designed radars.',
      ['Books by W. Richard Stevens sell.', 'A.A. Raspletin designed radars.'],
      'initials',
    ],
    [
      "They met on St. Patrick's Day. Dr. Smith came.",
      ["They met on St. Patrick's Day.", 'Dr. Smith came.'],
      'St. and Dr.',
    ],
    ['He said: "We crossed." Then he left.', ['He said: "We crossed."', 'Then he left.'], 'quote ending a sentence'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
