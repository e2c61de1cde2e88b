import { describe, expect, it } from 'vitest';
import { type Entity, extractMentions, parseArticle, resolveEntities } from '../../src/index.js';
import { seed, seedInputs } from '../helpers/seeds.js';

const articles = seedInputs().map((input) => parseArticle(input));
const entities = resolveEntities(articles);

function entityOf(form: string): Entity {
  const found = entities.filter((e) => e.variants.some((v) => v.form.toLowerCase() === form.toLowerCase()));
  expect(found, `one entity holds ${form}`).toHaveLength(1);
  return found[0] as Entity;
}

function variants(entity: Entity): Record<string, string[]> {
  return Object.fromEntries(entity.variants.map((v) => [v.form, v.outlets]));
}

describe('resolveEntities on the seeds', () => {
  // [spellings of one entity, kind, each variant with its outlets]
  const same: [string[], string, Record<string, string[]>][] = [
    [
      ['Tyotkino', 'Tetkino'],
      'place',
      { Tyotkino: ['AFP', 'Reuters', 'Sindonews', 'The Daily Beast'], Tetkino: ['The Washington Times'] },
    ],
    [
      ['Roman Starovoyt', 'Roman Starovoit'],
      'person',
      { 'Roman Starovoyt': ['AFP', 'Sindonews'], 'Roman Starovoit': ['The Washington Times'], Starovoyt: ['AFP'] },
    ],
    [
      ['Alexei Baranovsky', 'Alexei Branovsky'],
      'person',
      { 'Alexei Baranovsky': ['Reuters'], 'Alexei Branovsky': ['The Daily Beast'], Baranovsky: ['Reuters'] },
    ],
    [
      ['Andriy Yusov', 'Andrii Yusov'],
      'person',
      { 'Andriy Yusov': ['The Daily Beast'], 'Andrii Yusov': ['The Washington Times'] },
    ],
    [
      [
        'Freedom of Russia Legion',
        'Freedom for Russia Legion',
        'Freedom of Russian Legion',
        'Russian Legion of Freedom',
      ],
      'organization',
      {
        'Freedom of Russia Legion': ['AFP', 'Reuters', 'The Daily Beast'],
        'Freedom for Russia Legion': ['The Washington Times'],
        'Freedom of Russian Legion': ['The Daily Beast'],
        // 'The Legion claimed ...' after Sindonews named the Russian Legion of Freedom
        Legion: ['Sindonews'],
        'Russian Legion of Freedom': ['Sindonews'],
      },
    ],
  ];
  it.each(same)('%j are one %s entity with each variant and its outlets', (forms, kind, expected) => {
    const entity = entityOf(forms[0] as string);
    for (const form of forms) expect(entityOf(form).id).toBe(entity.id);
    expect(entity.kind).toBe(kind);
    expect(variants(entity)).toEqual(expected);
    // the form most outlets use; a tie goes to the form written more often, then alphabetical order
    expect(entity.canonical).toBe(forms[0] === 'Andriy Yusov' ? 'Andrii Yusov' : forms[0]);
  });

  const apart: [string, string][] = [
    ['Belgorod', 'Bryansk'],
    ['Kursk', 'Kstovo'],
    ['Russian Volunteer Corps', 'Freedom of Russia Legion'],
    ['Russian Volunteer Corps', 'Siberian Battalion'],
    ['Freedom of Russia Legion', 'Siberian Battalion'],
    ['Roman Starovoyt', 'Gleb Nikitin'],
    ['Ilya Ponomarev', 'Andriy Yusov'],
    ['Russia', 'Ukraine'],
  ];
  it.each(apart)('keeps %s and %s apart', (a, b) => {
    expect(entityOf(a).id).not.toBe(entityOf(b).id);
  });

  it("'armoured' and 'armored' are ordinary words, not names", () => {
    expect(entities.some((e) => e.variants.some((v) => /armou?red/i.test(v.form)))).toBe(false);
  });

  it('does not depend on the order of the articles', () => {
    expect(resolveEntities([...articles].reverse())).toEqual(entities);
  });
});

describe('extractMentions', () => {
  it('finds people with their roles and ties surnames to full names', () => {
    const mentions = extractMentions(parseArticle(seed('AFP')));
    const starovoyt = mentions.filter((m) => /Starovoyt/.test(m.text));
    expect(starovoyt.map((m) => [m.text, m.kind, m.role ?? m.fullName])).toEqual([
      ['Roman Starovoyt', 'person', 'Kursk Governor'],
      ['Starovoyt', 'person', 'Roman Starovoyt'],
    ]);
    const reuters = extractMentions(parseArticle(seed('Reuters')));
    const baranovsky = reuters.find((m) => m.text === 'Alexei Baranovsky');
    expect(baranovsky?.role).toBe('a spokesperson for the Freedom of Russia Legion');
    const sindo = extractMentions(parseArticle(seed('Sindonews')));
    expect(sindo.find((m) => m.text === 'Ilya Ponomarev')?.role).toBe('a former member of the Russian Duma');
  });

  it('gives spans into the input text', () => {
    const input = seed('The Washington Times');
    for (const m of extractMentions(parseArticle(input))) {
      expect(input.text.slice(m.span[0], m.span[1]).replace(/[\u2019]/g, "'")).toBe(m.text);
    }
  });

  const kindsIn = (text: string) =>
    extractMentions(parseArticle({ outlet: 'T', text })).map((m) => [m.text, m.kind, m.fullName ?? m.role ?? '']);

  it('reads the cues of English news for people: ages, what they are, who, reporting verbs', () => {
    expect(
      kindsIn(
        'On Friday, 36-year-old Duncan Rait died. A 23-year old Vishwanand Subryan was held. Raj Chohan, 59, was hit. ' +
          'The show follows the Family Guy creator Seth MacFarlane. Producers said so, added producers Craig Zadan and ' +
          'Neil Meron. Buckley, who lived in Essex, fell. "We are sure," said Glenn Schuck. Receptionist Madeline ' +
          'Kafoury died.',
      ).filter(([, kind]) => kind === 'person'),
    ).toEqual([
      ['Duncan Rait', 'person', ''],
      ['Vishwanand Subryan', 'person', ''],
      ['Raj Chohan', 'person', ''],
      ['Seth MacFarlane', 'person', 'creator'],
      ['Craig Zadan', 'person', 'producers'],
      ['Neil Meron', 'person', ''],
      ['Buckley', 'person', ''],
      ['Glenn Schuck', 'person', ''],
      ['Madeline Kafoury', 'person', 'Receptionist'],
    ]);
    // a name before a noun for a person says where the person is from, not who
    expect(kindsIn('The gunman was a 38-year-old Troy resident, police said.')).not.toContainEqual([
      'Troy',
      'person',
      '',
    ]);
  });

  it('types a name from the rest of the article when its sentence has no cue', () => {
    const mentions = kindsIn(
      'Cheeks was hired on Monday. The Sixers fired their coach and brought in Maurice Cheeks. ' +
        'Duncan Rait fell on Friday. Rait, who was 36, had planned a four-day trip.',
    );
    expect(mentions).toEqual([
      ['Cheeks', 'person', 'Maurice Cheeks'],
      ['Sixers', 'organization', ''],
      ['Maurice Cheeks', 'person', ''],
      ['Duncan Rait', 'person', ''],
      ['Rait', 'person', 'Duncan Rait'],
    ]);
  });

  it('knows countries and US states, place names by their first or last word, and towns with their state', () => {
    expect(
      kindsIn(
        'Pirates were seen in the Gulf of Aden between Somalia and Yemen. He fell on Mount Sefton near Tasman Glacier ' +
          'and was found on 117th Street at 97th Avenue. A man from Troy, Mich. was held in Schenectady, N.Y. and ' +
          'Bayou La Batre, Ala. The New Zealand-born climber lived in Australia.',
      ),
    ).toEqual([
      ['Gulf of Aden', 'place', ''],
      ['Somalia', 'place', ''],
      ['Yemen', 'place', ''],
      ['Mount Sefton', 'place', ''],
      ['Tasman Glacier', 'place', ''],
      ['117th Street', 'place', ''],
      ['97th Avenue', 'place', ''],
      ['Troy', 'place', ''],
      ['Mich', 'place', ''],
      ['Schenectady', 'place', ''],
      ['N.Y.', 'place', ''],
      ['Bayou La Batre', 'place', ''],
      ['Ala', 'place', ''],
      ['New Zealand', 'place', ''],
      ['Australia', 'place', ''],
    ]);
  });

  it('reads teams, institutions named by their head, offices after a possessive, and places before a noun', () => {
    expect(
      kindsIn(
        'The San Diego Chargers cut him, and the Sixers hired a coach. The Academy said the Ministry agreed. ' +
          "The City Attorney's Office and the Sheriff's Department declined. A Queens street was closed, a Troy " +
          'resident said. The nominee spoke in the Rose Garden on Sherman Avenue.',
      ),
    ).toEqual([
      ['San Diego Chargers', 'organization', ''],
      ['Sixers', 'organization', ''],
      ['Academy', 'organization', ''],
      ['Ministry', 'organization', ''],
      ["City Attorney's Office", 'organization', ''],
      ["Sheriff's Department", 'organization', ''],
      ['Queens', 'place', ''],
      ['Troy', 'place', ''],
      ['Rose Garden', 'place', ''],
      ['Sherman Avenue', 'place', ''],
    ]);
    // the head alone stands for the organization last named with it as its head
    const anaphora = extractMentions(
      parseArticle({
        outlet: 'T',
        text: 'The Academy Awards are near. The Russian Legion of Freedom and the Academy of Motion Picture Arts spoke. The Legion and the Academy agreed.',
      }),
    ).filter((m) => m.text === 'Legion' || m.text === 'Academy');
    expect(anaphora.map((m) => [m.text, m.fullName])).toEqual([
      ['Legion', 'Russian Legion of Freedom'],
      ['Academy', 'Academy of Motion Picture Arts'],
    ]);
    // a family, an award named after a person, an event, a person whose surname is a feature word: not teams, not places
    const other = kindsIn(
      'Robert Kennedy came. The Kennedys and the Oscars drew crowds at the Olympics. Mark Hill and Diane Lane said so.',
    );
    expect(other.filter(([, kind]) => kind === 'organization')).toEqual([]);
    expect(other).toContainEqual(['Mark Hill', 'person', '']);
    expect(other).toContainEqual(['Diane Lane', 'person', '']);
    // 'the Times' alone is too often an ordinary word to be read as a newspaper
    expect(kindsIn('It was the best of the Times, he said.')).toEqual([]);
  });

  it('keeps one kind for a name through the article, and reads offices as their holders', () => {
    const mentions = kindsIn(
      'San Diego Chargers tackle Jamal Williams was held. The Chargers said little. Police found a box outside ' +
        "LaCalamita's apartment. Anthony LaCalamita III was charged, and LaCalamita pleaded. Obama spoke. " +
        'President Barack Obama named the U.S. Surgeon General. The CNN Center is in Atlanta.',
    );
    expect(mentions).toEqual([
      ['San Diego Chargers', 'organization', ''],
      ['Jamal Williams', 'person', 'tackle'],
      ['Chargers', 'organization', ''],
      ['LaCalamita', 'person', 'Anthony LaCalamita III'],
      ['Anthony LaCalamita III', 'person', ''],
      ['LaCalamita', 'person', 'Anthony LaCalamita III'],
      ['Obama', 'person', 'Barack Obama'],
      ['Barack Obama', 'person', 'President'],
      ['U.S. Surgeon General', 'person', ''],
      ['CNN Center', 'other', ''],
      ['Atlanta', 'place', ''],
    ]);
  });

  it('gives a person the noun for what they are as a role, with the word that qualifies it', () => {
    expect(
      kindsIn(
        'San Diego defensive tackle Jamal Williams was held, said his former teammate, wide receiver Vincent Jackson. ' +
          'The move was announced by his lawyer Tom Condon.',
      ).filter(([, kind]) => kind === 'person'),
    ).toEqual([
      ['Jamal Williams', 'person', 'defensive tackle'],
      ['Vincent Jackson', 'person', 'wide receiver'],
      ['Tom Condon', 'person', 'lawyer'],
    ]);
  });

  it('reads an office written alone as its holder, named before or after it', () => {
    const mentions = extractMentions(
      parseArticle({
        outlet: 'T',
        text: 'The President spoke first. Later, President Barack Obama said more. The President left. The Governor was silent.',
      }),
    );
    expect(mentions.map((m) => [m.text, m.kind, m.fullName ?? ''])).toEqual([
      ['President', 'person', 'Barack Obama'],
      ['Barack Obama', 'person', ''],
      ['President', 'person', 'Barack Obama'],
      ['Governor', 'person', ''],
    ]);
  });

  it('splits a person from the town after "of", and keeps names whose "of" belongs to them', () => {
    expect(kindsIn('Police arrested Vishwanand Subryan of Schenectady on Friday.')).toEqual([
      ['Vishwanand Subryan', 'person', ''],
      ['Schenectady', 'place', ''],
    ]);
    for (const name of ['Bank of America', 'National Institutes of Health', 'Democratic Republic of Congo']) {
      expect(kindsIn(`The report came from the ${name} on Monday.`).map(([text]) => text)).toEqual([name]);
    }
  });

  it('does not take degrees, dates, contractions, titles or the people of a place for names', () => {
    const mentions = kindsIn(
      'Regina Benjamin, MD, MBA, was named. Francis S. Collins, M.D., Ph.D., spoke. It was 10th Nov and Nov 12. ' +
        '"It\'s official: I\'m hosting," she wrote. The move made some noise: Whether it was wise is unclear. ' +
        'A New Zealander and two New Yorkers saw it. AT&T Inc. was hit. Police Inspector Dave Gaskin and CHP Officer Brian Pennings said so.',
    );
    expect(mentions).toEqual([
      ['Regina Benjamin', 'person', ''],
      // 'Francis' is a given name of the tables: a person
      ['Francis S. Collins', 'person', ''],
      ['AT&T Inc', 'organization', ''],
      ['Police', 'organization', ''],
      ['Dave Gaskin', 'person', 'Police Inspector'],
      ['CHP', 'organization', ''],
      ['Brian Pennings', 'person', 'CHP Officer'],
    ]);
  });

  it('types names by their cues', () => {
    const article = parseArticle({
      outlet: 'T',
      text: 'Officials in Oryol said the Defence Ministry and the village of Pokrovka were hit. Regional governor Ivan Petrov said so.',
    });
    const kinds = Object.fromEntries(extractMentions(article).map((m) => [m.text, m.kind]));
    expect(kinds).toEqual({
      Oryol: 'place',
      'Defence Ministry': 'organization',
      Pokrovka: 'place',
      'Ivan Petrov': 'person',
    });
  });
});

describe('resolveEntities on names written many ways (issue 19 classes)', () => {
  const resolve = (...texts: string[]) =>
    resolveEntities(texts.map((text, i) => parseArticle({ id: `a${i}`, outlet: `Outlet ${i}`, text })));
  const formsOf = (found: Entity[], form: string) =>
    found.filter((e) => e.variants.some((v) => v.form === form)).map((e) => e.variants.map((v) => v.form).sort());

  // [class, texts, forms that must share one entity, forms that must not be in that entity]
  const table: [string, string[], string[], string[]][] = [
    [
      'abbreviations inside names (AP, USPS Publication 28)',
      [
        'The climber fell on Mt. Cook on Friday.',
        'The climber fell on Mount Cook on Friday.',
        'Rescuers reached Mt Cook on Saturday.',
      ],
      ['Mt. Cook', 'Mount Cook', 'Mt Cook'],
      [],
    ],
    [
      "a ship's prefix is not part of its name, where the words around it say place (ECB 12: INS Mysore, MV Gibe)",
      [
        'Commandos flew from INS Mysore towards MV Gibe, which was 13 nautical miles from INS Mysore.',
        'The Mysore picked up a distress call from the Gibe at 11 a.m.',
        'Pirates on a dhow attacked MV Gibe; the sailors on Gibe fired back.',
      ],
      ['INS Mysore', 'Mysore'],
      ['MV Gibe', 'Gibe'],
    ],
    [
      'the same for a merchant ship named with and without its prefix',
      [
        'Commandos flew from INS Mysore towards MV Gibe, which was 13 nautical miles from INS Mysore.',
        'The Mysore picked up a distress call from the Gibe at 11 a.m.',
        'Pirates on a dhow attacked MV Gibe; the sailors on Gibe fired back.',
      ],
      ['MV Gibe', 'Gibe'],
      ['INS Mysore', 'Mysore'],
    ],
    [
      "an organization's name after 'of the', abbreviated or not",
      [
        'She became president of the Medical Association of the State of Alabama in 2002.',
        'She led the Medical Assn. of the State of Alabama for a year.',
      ],
      ['Medical Association of the State of Alabama', 'Medical Assn. of the State of Alabama'],
      [],
    ],
    [
      'a name no cue typed, compared with names of every kind',
      [
        'Ships sail through the Internationally Recognized Transit Corridor each day.',
        'The navy patrols the IRTC with three frigates.',
      ],
      ['Internationally Recognized Transit Corridor', 'IRTC'],
      [],
    ],
    [
      'a typo near the start of a long name (blocked by its last letters too)',
      ['A man from Schenectady was hurt on Monday.', 'A man from Schnectady was hurt on Monday.'],
      ['Schenectady', 'Schnectady'],
      [],
    ],
    [
      "a feature's dual name, its two names, and the name inside a park's",
      [
        'Two climbers died in Aoraki/Mt. Cook National Park on Friday.',
        'The climbers were roped together on Aoraki/Mount Cook when they fell.',
        'Rescuers flew to Mount Cook on Saturday.',
      ],
      ['Aoraki/Mt. Cook', 'Aoraki/Mount Cook', 'Mount Cook'],
      ['Aoraki/Mt. Cook National Park'],
    ],
    [
      'a village named after its mountain is another place',
      [
        'A guide at Mt Cook Village said the climbers left at dawn.',
        'The climbers left Mt Cook Village at dawn for Mt Cook.',
      ],
      ['Mt Cook'],
      ['Mt Cook Village'],
    ],
    [
      'a town and the region named after it are two places',
      ['Shelling hit the Kursk region on Monday.', 'Shelling hit Kursk on Monday, the governor said.'],
      ['Kursk'],
      ['Kursk region'],
    ],
    [
      'an English short form of a given name',
      ['The team hired coach Maurice Cheeks on Monday.', 'The team hired coach Mo Cheeks on Monday.'],
      ['Maurice Cheeks', 'Mo Cheeks'],
      [],
    ],
    [
      'two names that put one word for another are two things',
      ['The host of the Academy Awards was named on Monday.', 'He has hosted the Emmy Awards twice.'],
      ['Academy Awards'],
      ['Emmy Awards'],
    ],
    [
      'a surname alone never bridges two people of that surname',
      ['Manpreet Singh, 23, was shot on Monday.', 'His cousin Ravi Singh, 25, saw it.', 'Singh was taken to hospital.'],
      ['Manpreet Singh'],
      ['Ravi Singh'],
    ],
  ];

  it.each(table)('%s', (_, texts, together, apart) => {
    const found = resolve(...texts);
    const groups = formsOf(found, together[0] as string);
    expect(groups, `one entity holds ${together[0]}`).toHaveLength(1);
    expect(groups[0]).toEqual(expect.arrayContaining(together));
    for (const form of apart) expect(groups[0]).not.toContain(form);
  });

  it('marks a name written inside a longer one, and claims and facts read the longer one', () => {
    const found = resolve('Two climbers died in Aoraki/Mt. Cook National Park on Friday.');
    const mountain = found.find((e) => e.variants.some((v) => v.form === 'Aoraki/Mt. Cook'));
    expect(mountain?.kind).toBe('place');
    expect(mountain?.mentions.map((m) => [m.form, m.within])).toEqual([
      ['Aoraki/Mt. Cook', 'Aoraki/Mt. Cook National Park'],
    ]);
    const park = found.find((e) => e.canonical === 'Aoraki/Mt. Cook National Park');
    expect(park?.mentions.map((m) => m.within)).toEqual([undefined]);
  });

  it("leaves out a participle opening the sentence: 'Named Maurice Cheeks ...'", () => {
    const article = parseArticle({
      outlet: 'A',
      text: 'Named Maurice Cheeks coach of the 76ers on Monday, the team met.',
    });
    expect(extractMentions(article).map((m) => m.text)).toContain('Maurice Cheeks');
    const names = parseArticle({ outlet: 'A', text: 'Ahmed Hassan said the talks failed.' });
    expect(extractMentions(names).map((m) => m.text)).toEqual(['Ahmed Hassan']);
  });
});

describe('extractMentions on the written forms of names', () => {
  const texts = (text: string, title?: string) =>
    extractMentions(parseArticle({ outlet: 'A', text: title ? `${title}\n\n${text}` : text })).map((m) => m.text);

  it('reads a headline in sentence case, not one in title case or capitals', () => {
    expect(texts('The navy said it sank the skiff.', 'Navy foils piracy attempt in Gulf of Aden')).toContain(
      'Gulf of Aden',
    );
    expect(texts('The navy said it sank the skiff.', 'Navy Foils Piracy Attempt In Gulf Of Aden')).toEqual([]);
    expect(texts('The navy said it sank the skiff.', 'NAVY FOILS PIRACY ATTEMPT')).toEqual([]);
  });

  it("keeps Latin and Romance 'and' and particles, marks, and designations inside names", () => {
    expect(texts('Pope Benedict awarded her the Ecclesia et Pontifice medal in 2006.')).toContain(
      'Ecclesia et Pontifice',
    );
    expect(texts('The host opened the Academy Awards® on Sunday.')).toContain('Academy Awards®');
    expect(texts('Police seized six AK 47 rifles and Flight MH 17 was late.')).toEqual(['AK 47', 'Flight MH 17']);
    // a number after letters that counts something is no designation
    expect(texts('The EU 27 million euros went to the UN 3 times.')).not.toContain('EU 27');
  });

  it("leaves out a player's title closing a team's name with no name after it", () => {
    expect(texts('Taking over will be former Portland Trailblazers Coach, the team said.')).toContain(
      'Portland Trailblazers',
    );
    expect(texts('The CNN Center is in Atlanta, and she went to Jamaica Hospital Medical Center.')).toEqual([
      'CNN Center',
      'Atlanta',
      'Jamaica Hospital Medical Center',
    ]);
  });
});

describe('extractMentions leaves fragments out of names', () => {
  const found = (text: string) =>
    extractMentions(parseArticle({ outlet: 'A', text })).map((m) => [m.text, m.kind] as const);

  it('takes no name from prose written in title case', () => {
    expect(
      found('The firm said that Acquiring New Manufacturing Facilities Is The Plan for 2024.').map(([t]) => t),
    ).not.toContain('Acquiring New Manufacturing Facilities Is');
    // a capitalised 'Of' alone does not make a name prose
    expect(found('She studied at the University Of Texas for a year.')).toContainEqual([
      'University Of Texas',
      'organization',
    ]);
  });

  it("splits the country after 'of' from a titled person and from a plural noun opening a sentence", () => {
    expect(found('He met President Zelensky of Ukraine on Monday.')).toEqual([
      ['Zelensky', 'person'],
      ['Ukraine', 'place'],
    ]);
    expect(found('Soldiers of Ukraine fought near the border.')).toEqual([['Ukraine', 'place']]);
    // an organization's 'of' stays
    expect(found('The Armed Forces of Ukraine said the raid failed.')).toEqual([
      ['Armed Forces of Ukraine', 'organization'],
    ]);
  });
});
