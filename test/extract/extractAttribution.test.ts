import { describe, expect, it } from 'vitest';
import { extractAttribution } from '../../src/extract/extractAttribution.js';

describe('extractAttribution: who says a sentence, with which verb, on whose authority', () => {
  // [why, sentence, speaker, verb, attributedTo, citations]
  const cases: [string, string, string | undefined, string | undefined, string | undefined, string[]][] = [
    [
      "an indefinite speaker after the comma ('..., a navy spokesman told Reuters') is the speaker",
      'The Indian Navy apprehended 26 Somali pirates on Thursday, a navy spokesman told Reuters.',
      'navy spokesman',
      'told Reuters',
      undefined,
      ['Reuters'],
    ],
    [
      "an inverted verb ('said Alexei Baranovsky, a spokesperson ...')",
      '"We will not back down," said Alexei Baranovsky, a spokesperson for the regional administration.',
      'Alexei Baranovsky',
      'said',
      undefined,
      [],
    ],
    [
      "a chain of authority: 'TASS cited the local governor as saying'",
      'TASS cited the local governor as saying that two drones were shot down.',
      'local governor',
      'cited as saying',
      'TASS',
      ['TASS'],
    ],
    [
      "'according to X'",
      'According to the Defence Ministry, four attacks were repelled.',
      'Defence Ministry',
      'according to',
      undefined,
      [],
    ],
    [
      "a channel kept with the verb ('wrote on Telegram')",
      'The regional governor wrote on Telegram that the fire was out.',
      'regional governor',
      'wrote on Telegram',
      undefined,
      [],
    ],
    [
      "before '..., who told Reuters' the clause is not the speaker: none rather than a wrong one",
      'The ministry named the commander, who told Reuters that the attack failed.',
      undefined,
      'told Reuters',
      undefined,
      ['Reuters'],
    ],
  ];
  it.each(cases)('%s', (_why, sentence, speaker, verb, attributedTo, citations) => {
    const a = extractAttribution(sentence);
    expect([a.speaker, a.verb, a.attributedTo, a.citations]).toEqual([speaker, verb, attributedTo, citations]);
  });

  it('marks negation and a direct quote', () => {
    const a = extractAttribution('"We will not back down," said Alexei Baranovsky.');
    expect([a.quote, a.negated]).toEqual(['direct', true]);
  });
});
