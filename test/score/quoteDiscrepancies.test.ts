import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const LEDE = 'San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving on Tuesday. ';
const QUOTE = '"We\'re aware of the off-the-field issue involving Vincent," ';

const whoSaid = (texts: Record<string, string>) =>
  analyze(
    Object.entries(texts).map(([outlet, text], i) => ({ id: `a${i}`, outlet, text: LEDE + text })),
  ).discrepancies.filter((d) => d.subject.startsWith('who said'));

describe('one quotation given to two people (an entity-valued fact: who said it)', () => {
  it('reports the same words said by one named person in one outlet and another in another', () => {
    const [d, ...rest] = whoSaid({
      AP: `${QUOTE}team general manager A.J. Smith said in a statement.`,
      Reuters: `${QUOTE}Chargers general manager A.J. Butler said in a statement.`,
      Sun: `${QUOTE}Chargers general manager AJ Butler said in a statement.`,
    });
    expect(rest).toEqual([]);
    expect(d?.kind).toBe('name');
    expect(d?.subject).toBe('who said "We\'re aware of the off-the-field issue…"');
    expect(d?.values.map((v) => [v.value, v.outlets])).toEqual([
      ['A.J. Butler', ['Reuters', 'Sun']],
      ['A.J. Smith', ['AP']],
    ]);
    expect(d?.values.every((v) => v.evidence.length > 0 && v.evidence.every((e) => e.claimId))).toBe(true);
  });

  it('takes the person an appositive ends on as the speaker, not the organization before the title', () => {
    const same = whoSaid({
      AP: `${QUOTE}Chargers general manager A.J. Smith said in a statement.`,
      Reuters: `${QUOTE}team general manager A.J. Smith said in a statement.`,
    });
    expect(same).toEqual([]);
  });

  it('reports nothing for one person in two spellings, short quotations, joint statements or pronouns', () => {
    expect(
      whoSaid({
        AP: `${QUOTE}general manager A.J. Smith said.`,
        Reuters: `${QUOTE}general manager A.J. Smyth said.`,
      }),
    ).toEqual([]);
    expect(
      whoSaid({
        AP: '"We will win this," coach Norv Turner said.',
        Reuters: '"We will win this," quarterback Philip Rivers said.',
      }),
    ).toEqual([]);
    expect(
      whoSaid({
        AP: '"We are thrilled to have Ellen back on the Oscar stage," producers Craig Zadan and Neil Meron said.',
        Reuters: '"We are thrilled to have Ellen back on the Oscar stage," producers Neil Meron and Craig Zadan said.',
      }),
    ).toEqual([]);
  });

  it('does not take whom a spokesman speaks for as the speaker', () => {
    const found = whoSaid({
      AP: '"The investigation is still at a very early stage," a spokesman for Mayor Jerry Sanders said.',
      Reuters: '"The investigation is still at a very early stage," Police Chief William Lansdowne said.',
    });
    // the spokesman is unnamed: nothing to set against the chief
    expect(found).toEqual([]);
  });
});
