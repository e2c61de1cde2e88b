import { describe, expect, it } from 'vitest';
import { CorroborateError, discoverTruth, type SourceClaim } from '../../src/index.js';

/** The author list discoverTruth chooses for one item. */
const namesPick = (claims: SourceClaim[], item: string) =>
  discoverTruth(claims, { kind: 'names' }).items.find((i) => i.item === item)?.value;

describe('discoverTruth rules', () => {
  it('gives no vote to missing markers', () => {
    const claims: SourceClaim[] = [
      { source: 'a', item: 'gate', value: 'Not Available' },
      { source: 'b', item: 'gate', value: '-' },
      { source: 'c', item: 'gate', value: 'Gate D5' },
      { source: 'd', item: 'gate', value: 'Contact Airline' },
    ];
    const result = discoverTruth(claims, { kind: 'category' });
    expect(result.items).toEqual([
      { item: 'gate', value: 'Gate D5', confidence: 1, supporters: ['c'], alternatives: [] },
    ]);
  });

  it("folds categories ('Gate D5' = 'D5') and lets close numbers support each other", () => {
    const gates = discoverTruth(
      [
        { source: 'a', item: 'g', value: 'Gate D5' },
        { source: 'b', item: 'g', value: 'D5' },
        { source: 'c', item: 'g', value: 'D7' },
      ],
      { kind: 'category' },
    );
    expect(gates.items[0]?.supporters).toEqual(['a', 'b']);
    const numbers = discoverTruth(
      [
        { source: 'a', item: 'toll', value: 234 },
        { source: 'b', item: 'toll', value: 235 },
        { source: 'c', item: 'toll', value: 70 },
      ],
      { kind: 'number', tolerance: 0.05 },
    );
    expect([234, 235]).toContain(numbers.items[0]?.value);
  });

  // every time format of the Flight sites, read with the reference date 2011-12-08
  const formats: [string, string][] = [
    ['12/8/11 2:06 PM (-05:00)', '2011-12-08T14:06'],
    ['2:05pDec 8', '2011-12-08T14:05'],
    ['02:05 PM  Sun 11-Dec-2011', '2011-12-11T14:05'],
    ['2011-12-08 06:29PM EST', '2011-12-08T18:29'],
    ['2011-12-08 Thu  19:23', '2011-12-08T19:23'],
    ['12/8/2011 10:15PM MST', '2011-12-08T22:15'],
    ['9:03 PMDec 08', '2011-12-08T21:03'],
    ['10:19 PM, Dec 08&nbsp(Estimated)', '2011-12-08T22:19'],
    ['Fri, Dec 9 5:11 AM', '2011-12-09T05:11'],
    ['Dec 08 - 10:45am', '2011-12-08T10:45'],
    ['Dec 08 - 12:00noon', '2011-12-08T12:00'],
    ['Dec 05 - 12:00midnight', '2011-12-05T00:00'],
    ['Dec 08 - 8:38pm*', '2011-12-08T20:38'],
    ['8:05 a.m.', '2011-12-08T08:05'],
  ];
  it.each(formats)('reads the time %j as %s', (raw, iso) => {
    const claims = [{ source: 'site', item: 'flight', value: raw }];
    expect(discoverTruth(claims, { kind: 'time', referenceDate: '2011-12-08' }).items[0]?.value).toBe(iso);
  });

  it('counts a value that a source marks as the reading of a related moment (runway) as that reading', () => {
    const claims = (runway: string): SourceClaim[] => [
      { source: 'airline', item: 'departure', value: '9:00 AM' },
      { source: 'agency', item: 'departure', value: 'Dec 08 - 9:00am' },
      { source: 'tracker', item: 'departure', value: '2011-12-08 9:11 AM' },
      { source: 'radar', item: 'departure', value: `2011-12-08 9:11 AM ${runway}` },
      { source: 'portal', item: 'departure', value: '9:11 AM, Dec 08' },
    ];
    const chosen = (runway: string) =>
      discoverTruth(claims(runway), { kind: 'time', referenceDate: '2011-12-08' }).items[0]?.value;
    expect(chosen('(runway)')).toBe('2011-12-08T09:00');
    expect(chosen('(Runway)')).toBe('2011-12-08T09:00');
    // without the mark, and with an estimate of the runway time (a guess at either moment), the majority stands
    expect(chosen('')).toBe('2011-12-08T09:11');
    expect(chosen('(Estimated runway)')).toBe('2011-12-08T09:11');
    // when every value is marked there is no plain reading to prefer
    const allMarked = discoverTruth(
      claims('(runway)').map((c) => ({ ...c, value: `${c.value} (runway)` })),
      { kind: 'time', referenceDate: '2011-12-08' },
    );
    expect(allMarked.items[0]?.value).toBe('2011-12-08T09:11');
  });

  it("reads a list marked 'et al' as its first people only, whoever wrote it", () => {
    const lists = (first: string) => [
      { source: 'a', item: 'book', value: first },
      { source: 'b', item: 'book', value: first },
      { source: 'c', item: 'book', value: first },
      { source: 'd', item: 'book', value: 'Halpin, Terry; Evans, Ken; Hallock, Pat' },
      { source: 'e', item: 'book', value: 'Halpin, Terry' },
    ];
    expect(namesPick(lists('Terry Halpin, et al'), 'book')).toBe('Halpin, Terry; Evans, Ken; Hallock, Pat');
    // the same lists without the mark: four shops say Halpin alone
    expect(namesPick(lists('Terry Halpin'), 'book')).toMatch(/^(Terry Halpin|Halpin, Terry)$/);
  });

  describe('a source that never gives more than the first name of a list', () => {
    // eleven books, six of them with two authors, where the cutters give the first author and two shops the list
    const training = [
      'Knuth, Donald; Graham, Ronald',
      'Aho, Alfred; Ullman, Jeffrey',
      'Gray, Jim; Reuter, Andreas',
      'Box, Don; Sells, Chris',
      'Lie, Hakon; Bos, Bert',
      'Gamma, Erich; Helm, Richard',
      ...['Knuth, Donald', 'Date, C. J.', 'Sedgewick, Robert', 'Tanenbaum, Andrew', 'Stroustrup, Bjarne'],
    ];
    const claimsWith = (cutters: string[], lists: string[]): SourceClaim[] => [
      ...training.flatMap((list, b) => [
        { source: 'whole 1', item: `book ${b}`, value: list },
        { source: 'whole 2', item: `book ${b}`, value: list },
        ...cutters.map((source) => ({ source, item: `book ${b}`, value: list.split(';')[0] as string })),
      ]),
      ...lists.map((value, i) => ({ source: `shop ${i}`, item: 'test', value })),
      ...cutters.map((source) => ({ source, item: 'test', value: 'Hoos, Holger' })),
    ];

    it('supports a longer list as fully as its own: it says "at least these"', () => {
      const claims = claimsWith(['cut 1', 'cut 2', 'cut 3', 'cut 4', 'cut 5'], ['Hoos, Holger; Stützle, Thomas']);
      expect(namesPick(claims, 'test')).toBe('Hoos, Holger; Stützle, Thomas');
    });

    it('is not read so when it gives longer lists elsewhere', () => {
      // the same five sources, now giving whole lists on the other books: their one name is meant whole
      const claims = claimsWith([], ['Hoos, Holger; Stützle, Thomas']);
      for (const source of ['cut 1', 'cut 2', 'cut 3', 'cut 4', 'cut 5']) {
        training.forEach((list, b) => {
          claims.push({ source, item: `book ${b}`, value: list });
        });
        claims.push({ source, item: 'test', value: 'Hoos, Holger' });
      }
      expect(namesPick(claims, 'test')).toBe('Hoos, Holger');
    });
  });

  it('rejects bad input naming the field', () => {
    expect(() => discoverTruth('x' as never)).toThrow(CorroborateError);
    expect(() => discoverTruth([{ source: 'a', item: 'b', value: null } as never])).toThrow(/claims\[0\]\.value/);
    expect(() => discoverTruth([{ source: '', item: 'b', value: 1 }])).toThrow(/claims\[0\]\.source/);
    expect(() => discoverTruth([], { kind: 'colour' as never })).toThrow(/options\.kind/);
    expect(() => discoverTruth([], { referenceDate: '12/1/2011' })).toThrow(/options\.referenceDate/);
    expect(discoverTruth([])).toEqual({ items: [], sources: [] });
  });
});
