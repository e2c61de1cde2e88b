import { describe, expect, it } from 'vitest';
import { discoverTruth, normalizeName } from '../../src/index.js';
import { namesModel, parseNameList } from '../../src/truth/values/names.js';

/** The surname keys of a list, as normalizeName writes them. */
const keysOf = (...surnames: string[]) => surnames.map((s) => normalizeName(s, { kind: 'person' }));

// author lists as the bookstores of the Book benchmark wrote them
describe('reading author lists', () => {
  const cases: [string, string, string[]][] = [
    ['a name that ends with an initial is written surname first', 'Huston Stephen D. et al', ['Huston']],
    ['surname first, initials without points', 'Tan H H', ['Tan']],
    ['given names run into the next surname', 'McGraw, GaryViega, JohnHoglund, Greg', ['McGraw', 'Viega', 'Hoglund']],
    ['an initial run into the next surname', 'Bowman, Doug A.Kruijff, Ernst', ['Bowman', 'Kruijff']],
    [
      'joined particles stay joined',
      'MacDonald, Ian; VanPeursem, James; LaViola, Joseph',
      ['MacDonald', 'VanPeursem', 'LaViola'],
    ],
    [
      'full names one after another',
      'Michael A. Schoonover John S. Bowie William R. Arnold',
      ['Schoonover', 'Bowie', 'Arnold'],
    ],
    [
      'a team is not an author',
      'Campione, Mary; Walrath, Kathy; Huml, Alison; Team, Tutorial',
      ['Campione', 'Walrath', 'Huml'],
    ],
    ['a firm is not an author', 'Lai, Robert S.; The, Waite Group.', ['Lai']],
    [
      'a foreword is not authorship',
      'Dustin, Elfriede; Rashka, Jeff; McDiarmid, Douglas; Jakob Nielson (Foreword)',
      ['Dustin', 'Rashka', 'McDiarmid'],
    ],
    [
      'a foreword at the end of a comma list',
      'Elfriede Dustin, Jeff Rashka, Douglas McDiarmid, Jakob Nielson (Foreword)',
      ['Dustin', 'Rashka', 'McDiarmid'],
    ],
    [
      'a translator',
      'Yuasa, Taiichi (editor); Hagiya, Masami (editor); ; Weyhrauch, Richard (translator)',
      ['Yuasa', 'Hagiya'],
    ],
    ['catalogue role codes', 'Box, Don (Author) Sells, Chris (With) Miller, James S. (FRW)', ['Box', 'Sells']],
    ['two people with one surname', 'Deitel, Harvey M.; Deitel, Paul J.', ['Deitel', 'Deitel']],
    ['one person written twice', 'Kovel, Jeffrey (Author) Kovel, Jeff (Author)', ['Kovel']],
    [
      'a surname written bare and in full',
      'Coulouris; Dollimore, Jean; Kindberg, Tim; Coulouris, George',
      ['Coulouris', 'Dollimore', 'Kindberg'],
    ],
    [
      'a surname written bare a letter away from one written in full',
      'Hopcroft, John E.; Ullman, Jeffrey D.; Ullman; Motwani, Rajeev; Rotwani; Hopcroft',
      ['Hopcroft', 'Ullman', 'Motwani'],
    ],
    [
      'a surname a letter away from another with the same initial',
      'Richard H. Bartels; John C. Bealty; John C. Beatty',
      ['Bartels', 'Bealty'],
    ],
    ['surnames a letter apart with other initials are two people', 'Hansen, Peter; Jansen, Karl', ['Hansen', 'Jansen']],
    ['short surnames a letter apart are two people', 'Chan, Patrick; Chen', ['Chan', 'Chen']],
    ['two bare surnames a letter apart are two people', 'Hansen; Jansen; Knuth, Donald', ['Hansen', 'Jansen', 'Knuth']],
    ['a surname with its particle, written first', 'Van Der Linden, Peter', ['VanDerLinden']],
    ['a surname with its particle, written last', 'Peter van der Linden', ['VanDerLinden']],
    ['the particle run into the surname', 'James VanPeursem; Jim Van Peursem', ['VanPeursem']],
    ['the particle after the given name', 'Foley, James D.; Dam, Andries van', ['Foley', 'VanDam']],
    ['a particle in a comma list', 'Balladelli, Micky, De Clercq, Jan', ['Balladelli', 'DeClercq']],
    ['a first word is a given name, never a particle', 'Al Gore', ['Gore']],
    ['"and others" is not a person', 'Smith, John and others', ['Smith']],
    ['etc. is not a person', 'Beer, Ferdinand P.; Johnston, Jr. E. Russell; etc.', ['Beer', 'Johnston']],
  ];
  it.each(cases)('%s: %s', (_why, raw, surnames) => {
    expect(parseNameList(raw)).toEqual(keysOf(...surnames).sort());
  });

  it('keeps a firm that is the only author (a corporate author) as a value', () => {
    expect(parseNameList('Sun Microsystems Inc.;Sun Microsystems Inc.')).toHaveLength(1);
    expect(parseNameList('Alpha Architecture Committee')).toHaveLength(1);
  });

  it('lets a surname within a typo of another count as shared, never two short ones', () => {
    const parse = (raw: string) => namesModel.parse(raw)?.data as string[];
    const partial = parse('Jenssen, C. B.; Kvamdal, T.');
    const full = parse('Jenssen, C. B.; Kvamsdal, T.; Andersson, H. I.');
    expect(namesModel.support(partial, full)).toBe(0.9);
    expect(namesModel.support(parse('Marcel Gagn'), parse('Gagné, Marcel'))).toBe(0.9);
    expect(namesModel.support(parse('Rao, K.'), parse('Roa, K.'))).toBe(0);
  });

  it('counts a shared surname in support as often as both lists hold it', () => {
    const one = namesModel.parse('Deitel, Harvey M.')?.data as string[];
    const two = namesModel.parse('Deitel, Harvey M.; Deitel, Paul J.')?.data as string[];
    expect(namesModel.support(one, two)).toBe(1); // a partial list of the two
    expect(namesModel.support(two, one)).toBeLessThan(0.5);
  });
});

describe('the form a chosen author list is shown in', () => {
  it('leaves out words that few of its writers wrote', () => {
    const claims = [
      ['A', 'Geary, David; Horstmann, Cay'],
      ['B', 'David Geary, Cay Horstmann'],
      ['C', 'Geary, David M./ Horstmann, Cay S.'],
      ['D', 'Geary, David (Author) Horstmann, Cay S. (Author)'],
      ['E', 'Geary, David; Horstmann, Cay'],
    ].map(([source, value]) => ({ source: source as string, item: 'isbn', value: value as string }));
    expect(discoverTruth(claims, { kind: 'names' }).items[0]?.value).toBe('Geary, David; Horstmann, Cay');
  });

  it('prefers a form that gives every person a given name, or none, to one that gives some', () => {
    const claims = [
      ['A', 'Hamburger; Richards, Dana'],
      ['B', 'Hamburger; Richards, Dana'],
      ['C', 'Hamburger; Richards, Dana'],
      ['D', 'Henry Hamburger, Dana Richards'],
      ['E', 'Henry Hamburger, Dana Richards'],
    ].map(([source, value]) => ({ source: source as string, item: 'isbn', value: value as string }));
    expect(discoverTruth(claims, { kind: 'names' }).items[0]?.value).toBe('Henry Hamburger, Dana Richards');
    expect(namesModel.quality?.('Hamburger; Richards, Dana')).toBeLessThan(1);
    // a surname written twice, once with its given name, is not a person left without one
    expect(namesModel.quality?.('Rubin, Edward S.; Rubin; Davidson, Cliff I.')).toBe(1);
    expect(namesModel.quality?.('Hamburger; Richards')).toBe(1);
  });

  it('shows a form with its HTML character references read', () => {
    const claims = [
      { source: 'A', item: 'isbn', value: 'Holger H. Hoos, Thomas St&uuml;tzle' },
      { source: 'B', item: 'isbn', value: 'Holger H. Hoos, Thomas St&uuml;tzle' },
      { source: 'C', item: 'isbn', value: 'Raheem, Michael; D&#146;Hers, Thierry' },
    ];
    const shown = discoverTruth(claims, { kind: 'names' }).items[0];
    expect(shown?.value).toBe('Holger H. Hoos, Thomas Stützle');
    expect(shown?.alternatives[0]?.value).toBe('Raheem, Michael; D’Hers, Thierry');
  });

  it('prefers a whole form to one cut off by a field-length limit, copied or not', () => {
    const claims = [
      ['A', 'Schreiber, Guus/ Wielinga, Bob/ Breuker,'],
      ['B', 'Schreiber, Guus/ Wielinga, Bob/ Breuker,'],
      ['C', 'Guus Schreiber, Bob Wielinga, Joost Breuker'],
      ['D', 'Schreiber, Guus; Wielinga, Bob; Breuker, Joost; '],
    ].map(([source, value]) => ({ source: source as string, item: 'isbn', value: value as string }));
    expect(discoverTruth(claims, { kind: 'names' }).items[0]?.value).toBe(
      'Guus Schreiber, Bob Wielinga, Joost Breuker',
    );
    expect(namesModel.quality?.('Wallace, Doug/ Raggett, Isobel/ Aufgang,')).toBeLessThan(1);
    expect(namesModel.quality?.('Knuth, Donald E. and')).toBeLessThan(1);
    // a comma after a whole name is not a cut
    expect(namesModel.quality?.('Stewart, John,')).toBe(1);
  });
});
