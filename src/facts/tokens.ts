/** A word, number or mark of a clause, with its lower-case form and its offsets in the clause. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Digits, with thousands separators and decimals ('2,000', '9.5'). */
  numeric: boolean;
}

// digits (2,000 / 9.5) | a word with inner hyphens or apostrophes (AK-47, year-old, O'Brien) | any other mark
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['-][\p{L}\p{M}\d]+)*|\S/gu;

/** The tokens of a clause. One left-to-right pass: linear in the clause. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    out.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start,
      end: start + m[0].length,
      numeric: m[0].charCodeAt(0) >= 48 && m[0].charCodeAt(0) <= 57,
    });
  }
  return out;
}

/** Whether the tokens from `i` spell `phrase` (lower-case words separated by single spaces). */
export function phraseAt(tokens: readonly Token[], i: number, phrase: string): number {
  const words = phrase.split(' ');
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return 0;
  return words.length;
}

/** Whether a token is a word that ends a noun phrase or a clause (a mark, a conjunction, a preposition). */
export function isBreak(token: Token | undefined): boolean {
  return token === undefined || !/^[\p{L}\d]/u.test(token.text) || BREAK_WORDS.has(token.lower);
}

const BREAK_WORDS = new Set([
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'by',
  'with',
  'for',
  'as',
  'than',
  'that',
  'which',
  'who',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'been',
  'be',
  'after',
  'before',
  'while',
  'when',
  'during',
  'into',
  'over',
  'since',
  'the',
  'a',
  'an',
]);
