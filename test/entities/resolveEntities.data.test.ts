import { describe, expect, it } from 'vitest';
import { extractMentions, parseArticle, resolveEntities } from '../../src/index.js';
import { ecbplusInputs } from '../helpers/seeds.js';

describe('resolveEntities on real news (../shared/data/ecbplus-dev)', () => {
  it('keeps apart two places of which one article writes both, one name holding the other', () => {
    // the ECB+ event of a climbers' deaths in New Zealand: Mt Cook (the mountain) and Mt Cook Village
    const found = resolveEntities(ecbplusInputs('23_ecbplus').map((input) => parseArticle(input)));
    const holding = (form: string) => found.filter((e) => e.variants.some((v) => v.form === form));
    expect(holding('Mt Cook')).toHaveLength(1);
    expect(holding('Mt Cook Village')).toHaveLength(1);
    expect(holding('Mt Cook')[0]?.id).not.toBe(holding('Mt Cook Village')[0]?.id);
    // a county is a place named after its town, wherever each is written: two entities
    const split = resolveEntities([
      parseArticle({ id: 'a', outlet: 'A', text: 'He was held in Saginaw County on Monday.' }),
      parseArticle({ id: 'b', outlet: 'B', text: 'He was held in Saginaw on Monday.' }),
      parseArticle({ id: 'c', outlet: 'C', text: 'Police in Saginaw and in Saginaw County searched.' }),
    ]);
    expect(split.filter((e) => e.kind === 'place').map((e) => e.variants.map((v) => v.form).sort())).toEqual([
      ['Saginaw'],
      ['Saginaw County'],
    ]);
    const apart = resolveEntities([
      parseArticle({ id: 'a', outlet: 'A', text: 'He was held in Saginaw County on Monday.' }),
      parseArticle({ id: 'b', outlet: 'B', text: 'He was held in Saginaw on Monday.' }),
    ]);
    expect(apart.filter((e) => e.kind === 'place')).toHaveLength(2);
  });

  it('finds most names of the ECB+ gold mentions in real news with the right kind', () => {
    // the ECB+ event of a climbers' deaths in New Zealand: every person and place named in full is typed
    const found = ecbplusInputs('23_ecbplus').flatMap((input) => extractMentions(parseArticle(input)));
    const kindOf = (text: string) => [...new Set(found.filter((m) => m.text === text).map((m) => m.kind))];
    for (const person of ['Duncan Rait', 'Robert Buckley', 'Dave Gaskin']) expect(kindOf(person)).toEqual(['person']);
    for (const place of ['New Zealand', 'Australia', 'Tasman Glacier', 'Mount Sefton']) {
      expect(kindOf(place)).toEqual(['place']);
    }
  });
});
