import { NOUN_PHRASE_ENDS } from '../lexicon/functionWords.js';

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

/** Whether a token is a word that ends a noun phrase or a clause (a mark, a conjunction, a preposition). */
export function isBreak(token: Token | undefined): boolean {
  return token === undefined || !/^[\p{L}\d]/u.test(token.text) || BREAK_WORDS.has(token.lower);
}

// and the words that open a clause or a span of time ('but', 'while', 'since')
const BREAK_WORDS = new Set([...NOUN_PHRASE_ENDS, 'but', 'be', 'while', 'when', 'during', 'into', 'over', 'since']);

/** Phrases indexed by their first word, each with the value it stands for, longest first. */
export type PhraseIndex<T> = Map<string, { words: string[]; value: T }[]>;

/** Indexes phrases (lower-case words separated by single spaces) for {@link matchPhrase}: built once per table. */
export function phraseIndex<T>(entries: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const list = index.get(words[0] as string) ?? [];
    list.push({ words, value });
    index.set(words[0] as string, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The longest indexed phrase that the tokens from `i` spell: its value and length in tokens. */
export function matchPhrase<T>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  i: number,
): { value: T; length: number } | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  for (const { words, value } of index.get(first.lower) ?? []) {
    let k = 1;
    while (k < words.length && tokens[i + k]?.lower === words[k]) k++;
    if (k === words.length) return { value, length: k };
  }
  return undefined;
}
