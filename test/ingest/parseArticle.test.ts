import { describe, expect, it } from 'vitest';
import { CorroborateError, parseArticle } from '../../src/index.js';
import { foldText } from '../../src/text/foldText.js';
import { seed, seedInputs } from '../helpers/seeds.js';

describe('parseArticle on the seeds', () => {
  // [outlet, all sentences, body sentences, paragraphs]: counted by hand on the seed files.
  const counts: [string, number, number][] = [
    ['Reuters', 29, 28], // 'Looming election' is a subheading
    ['AFP', 29, 28], // the first line is the headline
    ['The Daily Beast', 28, 25], // kicker 'Russia', headline, 'HOME FRONT'
    ['The Washington Times', 31, 31],
    ['Sindonews', 13, 13],
  ];
  it.each(counts)('%s has %i sentences, %i in the body', (outlet, all, body) => {
    const article = parseArticle(seed(outlet));
    expect(article.sentences).toHaveLength(all);
    expect(article.sentences.filter((s) => !s.heading)).toHaveLength(body);
  });

  // Every 'a.m.', 'U.S.' and '(0000 GMT)' with the sentence before it, the sentence holding it and the one after.
  const around: [string, string, string, string][] = [
    [
      'Reuters',
      'The Russian defence ministry said it had beaten back the attackers and forced them to retreat.',
      `It said Ukrainian "terrorist formations" backed by tanks and armoured combat vehicles tried to invade in three separate directions in Russia's Belgorod region, which borders the Kursk region and Ukraine, at about 3 a.m. Moscow time (0000 GMT).`,
      'It said four more attacks by Ukrainian "sabotage and reconnaissance groups" were repulsed around five hours later in the Kursk region.',
    ],
    [
      'Reuters',
      'The Freedom of Russia legion and Russian Volunteer Corps have said they were behind other cross-border raids.',
      "Russian officials cast the groups as puppets of Ukraine's military and the U.S. Central Intelligence Agency.",
      "Two of the units alluded to Russia's presidential election this weekend in social media posts.",
    ],
    [
      'AFP',
      'Moscow said it had fought off multiple attacks to penetrate into both the Belgorod and Kursk border regions.',
      `"At about 3 am (0000 GMT), Ukrainian terrorist groups, after intensive shelling of civilian sites, tried to invade Russian territory in three directions," Russia's defence ministry said.`,
      '"All the Ukrainian attacks were repelled.',
    ],
    [
      'The Daily Beast',
      `All the most interesting things are yet to come," Alexei Branovsky, a spokesperson for the Freedom of Russian Legion, told Reuters.`,
      "According to Moscow's Defense Ministry, the attack started at around 3 a.m. local time.",
      'Three locations were simultaneously targeted in Belgorod, officials said, which were thwarted by the Russian military before any "violations of the state border" could occur.',
    ],
    [
      'Sindonews',
      'They published video from a drone that purported to show a blown-up vehicle and fighters in the streets of the village of Tyotkino, on the border between Russia and Ukraine.',
      `However, Russia's Defense Ministry said its forces had repelled the final attack at 8:25 a.m., saying its forces had repelled several attacks by "Ukrainian terrorist groups" that attempted to attack from three directions after an alleged "intensive attack".`,
      '"All Ukrainian attacks were thwarted.',
    ],
  ];
  it.each(around)('%s: no split inside an abbreviation or a time', (outlet, before, sentence, after) => {
    const texts = parseArticle(seed(outlet)).sentences.map((s) => s.text);
    const at = texts.indexOf(sentence);
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toBe(before);
    expect(texts[at + 1]).toBe(after);
  });

  it('removes boilerplate by shape and says why', () => {
    const reasons = Object.fromEntries(
      seedInputs().map((input) => [
        input.outlet,
        parseArticle(input).removed.map((r) => [r.reason, r.text.slice(0, 30)]),
      ]),
    );
    expect(reasons).toEqual({
      Reuters: [],
      AFP: [['copyright line', '© Copyright AFP 2024. All righ']],
      'The Daily Beast': [
        ['photo caption', 'A destroyed tank purportedly u'],
        ['photo credit', 'Russia Defense Ministry Telegr'],
        ['advertising marker', 'ADVERTISEMENT'],
      ],
      'The Washington Times': [
        ['newsletter blurb', 'A version of this story appear'],
        ['author contact line', '• Ben Wolfgang can be reached '],
        ['comment-policy blurb', 'Please read our comment policy'],
      ],
      Sindonews: [
        ['date line; loading marker', 'date 2024-03-13 loading...'],
        ['photo caption', 'Anti-Putin militias claim to h'],
      ],
    });
  });

  it('finds datelines, the date line and headlines', () => {
    const [reuters, afp, beast, wt, sindo] = seedInputs().map((input) => parseArticle(input));
    expect(reuters?.dateline?.place).toBe('Kyiv');
    expect(reuters?.sentences[0]?.text.startsWith('Armed fighters purporting')).toBe(true);
    expect(sindo?.dateline?.place).toBe('MOSCOW');
    expect(sindo?.printedDate?.date).toBe('2024-03-13');
    expect(sindo?.sentences[0]?.text.startsWith('Pro-Ukrainian militias have claimed')).toBe(true);
    expect(afp?.dateline).toBeUndefined();
    expect(wt?.dateline).toBeUndefined();
    expect(afp?.title).toBe('Pro-Ukraine Militias Stage Attack On Russian Border Regions');
    expect(beast?.title).toBe('Anti-Kremlin Militants With Tanks Fight Russia in Border Region');
  });

  it('takes publishedAt from a date line when the input has none', () => {
    const { publishedAt: _, ...input } = seed('Sindonews');
    expect(parseArticle(input).publishedAt).toBe('2024-03-13');
    expect(parseArticle(seed('Reuters')).publishedAt).toBe('2024-03-12');
  });

  it('gives every sentence a span into the input text that folds to the sentence', () => {
    for (const input of seedInputs()) {
      const article = parseArticle(input);
      for (const s of article.sentences) {
        expect(foldText(input.text.slice(s.span[0], s.span[1])).text).toBe(s.text);
      }
      for (const r of article.removed) expect(foldText(input.text.slice(r.span[0], r.span[1])).text).toBe(r.text);
    }
  });

  it('is deterministic and derives a stable id when none is given', () => {
    const { id: _, ...input } = seed('AFP');
    const a = parseArticle(input);
    expect(a.id).toMatch(/^afp-[0-9a-f]{8}$/);
    expect(parseArticle(input)).toEqual(a);
  });
});

describe('parseArticle on inputs written to break it', () => {
  it('folds curly quotes, dashes, odd spaces and zero-width characters but keeps offsets', () => {
    const text = 'KYIV \u2013 \u201CWe\u00A0crossed\u200B the border,\u201D said Andri\u0301y at 3\u202Fa.m. Tuesday.';
    const article = parseArticle({ outlet: 'Test', text });
    expect(article.dateline?.place).toBe('KYIV');
    const [s] = article.sentences;
    expect(s?.text).toBe('"We crossed the border," said Andríy at 3 a.m. Tuesday.');
    expect(text.slice(s?.span[0], s?.span[1])).toBe(
      '\u201CWe\u00A0crossed\u200B the border,\u201D said Andri\u0301y at 3\u202Fa.m. Tuesday.',
    );
  });

  it('replaces lone surrogates and drops control characters', () => {
    const article = parseArticle({ outlet: 'T', text: 'Bad \uD800 half\u0007 pair.\r\nNext line here.' });
    expect(article.sentences.map((s) => s.text)).toEqual(['Bad \uFFFD half pair.', 'Next line here.']);
  });

  it('handles empty text, text of spaces, and a long text without any punctuation', () => {
    expect(parseArticle({ outlet: 'T', text: '' }).sentences).toEqual([]);
    expect(parseArticle({ outlet: 'T', text: ' \n\n \t ' }).sentences).toEqual([]);
    const long = 'word '.repeat(200_000);
    const article = parseArticle({ outlet: 'T', text: long });
    expect(article.sentences).toHaveLength(1);
    expect(article.sentences[0]?.span).toEqual([0, long.length - 1]);
  });

  it.each([
    [{ text: 'x' }, 'outlet'],
    [{ outlet: '  ', text: 'x' }, 'outlet'],
    [{ outlet: 'A', text: 42 }, 'text'],
    [{ outlet: 'A', text: 'x', publishedAt: 'last Tuesday' }, 'publishedAt'],
    [{ outlet: 'A', text: 'x', language: 'English language' }, 'language'],
    [{ outlet: 'A', text: 'x', color: 'red' }, 'input'],
    [null, 'input'],
  ])('rejects %j naming the field %s', (input, field) => {
    let thrown: unknown;
    try {
      parseArticle(input as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CorroborateError);
    expect((thrown as CorroborateError).field).toBe(field);
    expect((thrown as CorroborateError).message.startsWith(`${field}:`)).toBe(true);
  });

  it('rejects text longer than maxTextLength with a clear error', () => {
    expect(() => parseArticle({ outlet: 'A', text: 'x'.repeat(101) }, { maxTextLength: 100 })).toThrow(
      /text: is 101 characters long, more than maxTextLength \(100\)/,
    );
  });

  it('does not take an ordinary opening for a dateline', () => {
    for (const text of [
      'The Kremlin - which denied it - said nothing.',
      'Note: the figures are provisional.',
      'He said: no.',
    ]) {
      expect(parseArticle({ outlet: 'T', text }).dateline).toBeUndefined();
    }
    expect(parseArticle({ outlet: 'T', text: 'WASHINGTON (AP) - The Senate voted.' }).dateline).toMatchObject({
      place: 'WASHINGTON',
      agency: 'AP',
    });
  });
});
