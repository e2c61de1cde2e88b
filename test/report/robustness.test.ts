import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, CorroborateError, parseArticle } from '../../src/index.js';

const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Kyiv:',
        'MOSCOW -',
        'said',
        'told Reuters',
        'about',
        'nearly 500 miles',
        '3 a.m.',
        '(0000 GMT)',
        'U.S.',
        '"',
        ',',
        '.',
        'Mr.',
        'Tuesday',
        'village of',
        'Tyotkino',
        'Тёткино',
        '\u200B',
        '\uD800',
        'dozens of',
        'five hours later',
        'repelled',
        'took control of',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('no input crashes analyze or parseArticle', () => {
  it('gives a result or a CorroborateError for any text (property, 1,000 runs)', () => {
    fc.assert(
      fc.property(newsy, newsy, (a, b) => {
        try {
          const report = analyze([
            { id: 'a', outlet: 'A', text: a, publishedAt: '2024-03-12' },
            { id: 'b', outlet: 'B', text: b },
          ]);
          expect(report.articles).toHaveLength(2);
        } catch (error) {
          expect(error).toBeInstanceOf(CorroborateError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parses any string, surrogates and controls included (property, 1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const article = parseArticle({ outlet: 'X', text });
        for (const s of article.sentences) {
          expect(s.span[0]).toBeLessThanOrEqual(s.span[1]);
          expect(s.span[1]).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
