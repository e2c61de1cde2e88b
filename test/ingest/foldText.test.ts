import { describe, expect, it } from 'vitest';
import { foldText, toInputOffset } from '../../src/text/foldText.js';

describe('foldText', () => {
  const cases: [string, string, string][] = [
    ['\u201CQuote\u201D \u2018single\u2019', '"Quote" \'single\'', 'curly quotes'],
    ['a\u2013b\u2014c\u2212d', 'a-b-c-d', 'dashes and minus'],
    ['a\u00A0b\u202Fc\u2009d', 'a b c d', 'odd spaces'],
    ['a\u200Bb\uFEFFc\u00ADd', 'abcd', 'invisible characters'],
    ['Te\u0308tkino', 'Tëtkino', 'NFC composition'],
    ['wait\u2026', 'wait...', 'ellipsis'],
    ['line\r\nnext\rlast', 'line\nnext\nlast', 'line ends'],
    ['x\uDC00y', 'x\uFFFDy', 'lone surrogate'],
    ['emoji \u{1F600} ok', 'emoji \u{1F600} ok', 'surrogate pair kept'],
  ];
  it.each(cases)('%j folds to %j (%s)', (input, expected) => {
    expect(foldText(input).text).toBe(expected);
  });

  it('maps every folded offset back into the input', () => {
    const input = 'A\u200B\u200Bb\u2026c Te\u0308t\r\nd';
    const folded = foldText(input);
    expect(folded.text).toBe('Ab...c Tët\nd');
    expect(toInputOffset(folded, 0)).toBe(0);
    expect(toInputOffset(folded, 1)).toBe(3); // 'b' after two zero-width spaces
    expect(toInputOffset(folded, 5)).toBe(5); // 'c' after the ellipsis
    expect(toInputOffset(folded, 8)).toBe(8); // 'ë' is 'e' + combining mark at 8..10
    expect(toInputOffset(folded, 9)).toBe(10); // 't'
    expect(toInputOffset(folded, 11)).toBe(13); // 'd' after CRLF
    expect(toInputOffset(folded, folded.text.length)).toBe(input.length);
  });
});
