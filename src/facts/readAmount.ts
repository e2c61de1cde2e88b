import { wordValue } from '../extract/extractQuantities.js';
import { HEDGES } from '../lexicon/hedges.js';
import { FRACTION_WORDS, MULTIPLIERS, NUMBER_WORDS, VAGUE_AMOUNTS } from '../lexicon/numberWords.js';
import { type Dimension, UNITS } from '../lexicon/units.js';
import { matchPhrase, phraseIndex, type Token } from './tokens.js';

/** An amount read from tokens: the interval its words allow, and where it starts and ends. */
export interface Amount {
  value: number;
  low: number;
  high: number;
  hedge?: string;
  vague?: boolean;
  /** Token index of the first word (the hedge, if any) and one past the last. */
  from: number;
  to: number;
}

/** A unit read after an amount: its base unit and the factor to it. */
export interface UnitReading {
  name: string;
  dimension: Dimension;
  factor: number;
  to: number;
}

const HEDGE_PHRASES = phraseIndex(Object.keys(HEDGES).map((h) => [h, h] as const));
const VAGUE_PHRASES = phraseIndex(Object.entries(VAGUE_AMOUNTS));
const AND_A_HALF = phraseIndex([['and a half', 0.5] as const]);

/** The value of a number word ('twenty-five'), but not of the article 'a' or 'an' (a count only before a unit). */
export function numberWordValue(word: string): number | undefined {
  if (word === 'a' || word === 'an') return undefined;
  // most words are no number: answer those without splitting them
  return Object.hasOwn(NUMBER_WORDS, word) || word.includes('-') ? wordValue(word) : undefined;
}

/** The value of a token that is a number, in digits ('1,099', '9.5') or a word ('twenty-five'), or undefined. */
export function tokenValue(t: Token): number | undefined {
  return t.numeric ? Number(t.text.replace(/,(?=\d{3}\b)/g, '')) : numberWordValue(t.lower);
}

/**
 * A number joined by a hyphen to a word that `word` matches, written as one token or three ('four-year',
 * 'thirty-two-year-old', '4 - year'): its value and the token after it, or undefined.
 */
export function hyphenedNumberAt(tokens: readonly Token[], i: number, word: RegExp): [number, number] | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // 'thirty-two-year-old': the first hyphen after which the word stands
  for (let h = t.lower.indexOf('-'); h > 0; h = t.lower.indexOf('-', h + 1)) {
    if (!word.test(t.lower.slice(h + 1))) continue;
    const n = numberWordValue(t.lower.slice(0, h));
    return n === undefined ? undefined : [n, i + 1];
  }
  if (tokens[i + 1]?.text !== '-' || !word.test(tokens[i + 2]?.lower ?? '')) return undefined;
  const n = tokenValue(t);
  return n === undefined ? undefined : [n, i + 3];
}

/** A hedge at token i: its words, where the amount after it starts, and the factors of the range it allows. */
export interface Hedge {
  hedge?: string;
  start: number;
  low: number;
  high: number;
}

/**
 * The hedge that opens at token i ('about', 'at least', 'up to'), read as the range it allows around the amount
 * after it ('about' 0.9..1.1); none: the amount starts at i, factors 1.
 */
export function hedgeAt(tokens: readonly Token[], i: number): Hedge {
  const found = matchPhrase(HEDGE_PHRASES, tokens, i);
  if (!found) return { start: i, low: 1, high: 1 };
  const [low, high] = HEDGES[found.value] ?? [1, 1];
  return { hedge: found.value, start: i + found.length, low, high };
}

/** The bare number at token i: digits with a multiplier, number words, a fraction ('half a'). */
function numberAt(tokens: readonly Token[], i: number): [number, number] | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let value: number | undefined;
  let to = i + 1;
  if (t.numeric) {
    if (tokens[i + 1]?.text === ':' || /^\d+\.\d+\.\d+/.test(t.text)) return undefined;
    value = Number(t.text.replace(/,(?=\d{3}\b)/g, ''));
  } else if (FRACTION_WORDS[t.lower] !== undefined && /^an?$/.test(tokens[i + 1]?.lower ?? '')) {
    // 'half a mile'
    return [FRACTION_WORDS[t.lower] as number, i + 2];
  } else if ((t.lower === 'a' || t.lower === 'an') && Object.hasOwn(UNITS, tokens[i + 1]?.lower ?? '')) {
    // 'a mile and a half'
    value = 1;
  } else {
    value = numberWordValue(t.lower);
  }
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const word = tokens[to]?.lower ?? '';
  const multiplier = Object.hasOwn(MULTIPLIERS, word) ? MULTIPLIERS[word] : undefined;
  if (multiplier) {
    value *= multiplier;
    to++;
  }
  return [value, to];
}

/**
 * Reads the amount that starts at token i, if one does: an optional hedge ('about', 'at least', 'up to'), then a
 * number, a fraction or a vague amount ('dozens of', 'several', 'a few'). The interval is what the words allow:
 * 'about 300' is 270..330, 'at least five' 5..50, 'dozens' 24..99.
 */
export function readAmount(tokens: readonly Token[], i: number): Amount | undefined {
  const { hedge, start: j, low: lowFactor, high: highFactor } = hedgeAt(tokens, i);
  const vague = matchPhrase(VAGUE_PHRASES, tokens, j);
  if (vague) {
    const [low, high] = vague.value;
    let to = j + vague.length;
    if (tokens[to]?.lower === 'of') to++;
    return { value: low, low, high, vague: true, from: i, to, ...(hedge ? { hedge } : {}) };
  }
  const read = numberAt(tokens, j);
  if (!read) return undefined;
  const [value, to] = read;
  return { value, low: value * lowFactor, high: value * highFactor, from: i, to, ...(hedge ? { hedge } : {}) };
}

/**
 * The unit at token i ('km', 'feet', 'mph', 'per cent'). A unit of one letter is one only written against its
 * number ('60m'), not apart ('6 m of rope').
 */
export function readUnit(tokens: readonly Token[], i: number): UnitReading | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.lower === 'm' && tokens[i - 1]?.end !== t.start) return undefined;
  let key = t.lower;
  let to = i + 1;
  if (key === 'per' && tokens[i + 1]?.lower === 'cent') {
    key = 'per cent';
    to++;
  }
  // '150 nautical miles': the sea mile of 1,852 metres
  if (key === 'nautical' && /^miles?$/.test(tokens[i + 1]?.lower ?? ''))
    return { name: 'km', dimension: 'length', factor: 1.852, to: i + 2 };
  // the lexicon's tables are plain objects: a word of the text is looked up as an own key only
  if (!Object.hasOwn(UNITS, key)) return undefined;
  const unit = UNITS[key];
  if (!unit) return undefined;
  // a length per hour is a speed: 'km/h', '90 miles per hour', '100 kilometres an hour'
  if (unit.dimension === 'length' && unit.factor >= 1) {
    const [x, y] = [tokens[to]?.lower, tokens[to + 1]?.lower];
    if ((x === '/' && y === 'h') || ((x === 'per' || x === 'an') && y === 'hour'))
      return { name: 'km/h', dimension: 'speed', factor: unit.factor, to: to + 2 };
  }
  return { name: unit.name, dimension: unit.dimension, factor: unit.factor, to };
}

/** 'a mile and a half': the half after a unit, as the number of tokens it takes (0 when there is none). */
export function trailingHalf(tokens: readonly Token[], i: number): number {
  return matchPhrase(AND_A_HALF, tokens, i)?.length ?? 0;
}
