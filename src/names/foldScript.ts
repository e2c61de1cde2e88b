import { CYRILLIC_HOMOGLYPHS, cyrillicToLatin, MARKED_LATIN } from '../lexicon/romanization.js';
import { memoize } from '../text/memoize.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const UKRAINIAN_BELARUSIAN_LETTERS = /[ґєіїўҐЄІЇЎ]/u;

const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries(CYRILLIC_HOMOGLYPHS).map(([cyr, lat]) => [lat, cyr]),
);

/**
 * Brings one word to lower-case Latin letters: homoglyphs resolved by the script most of the word is in,
 * Cyrillic transliterated (BGN/PCGN; Ukrainian г as h), marked letters written as their digraphs (č as ch),
 * other diacritics dropped. Anything that is not a letter or digit is dropped.
 */
export const foldScript = /* @__PURE__ */ memoize(foldOneWord, 50_000);

/** A word of ASCII characters only: no script, homoglyph or diacritic to fold, the common case in English news. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NOT_LOWER_LATIN_OR_DIGIT = /[^a-z0-9]+/g;

function foldOneWord(word: string): string {
  // the same result as the loop below gives an ASCII word, without a Unicode property test per character
  if (ASCII_ONLY.test(word)) return word.toLowerCase().replace(NOT_LOWER_LATIN_OR_DIGIT, '');
  let cyr = 0;
  let lat = 0;
  for (const ch of word) {
    if (CYRILLIC.test(ch)) cyr++;
    else if (LATIN.test(ch)) lat++;
  }
  let text = word;
  if (cyr > 0 && lat > 0) {
    // mixed scripts: a homoglyph in a word of the other script takes that script
    text = Array.from(word, (ch) =>
      cyr >= lat ? (LATIN_TO_CYRILLIC[ch] ?? ch) : (CYRILLIC_HOMOGLYPHS[ch] ?? ch),
    ).join('');
  }
  const ukrainian = UKRAINIAN_BELARUSIAN_LETTERS.test(text);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    if (CYRILLIC.test(lower)) {
      out += cyrillicToLatin(lower, ukrainian) ?? '';
      continue;
    }
    const marked = MARKED_LATIN[lower];
    if (marked !== undefined) {
      out += marked;
      continue;
    }
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    for (const b of base) if (/[a-z0-9]/.test(b)) out += b;
  }
  return out;
}
