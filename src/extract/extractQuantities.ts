import type * as z from 'zod/mini';
import { NOUN_PHRASE_ENDS } from '../lexicon/functionWords.js';
import { HEDGES } from '../lexicon/hedges.js';
import { MULTIPLIERS, NUMBER_WORDS, VAGUE_AMOUNTS } from '../lexicon/numberWords.js';
import { type Dimension, UNITS } from '../lexicon/units.js';
import type { QuantitySchema } from './schemas.js';

/** An amount stated in a sentence, with its unit or what it counts, its hedge, and its value in base units. */
export type Quantity = z.infer<typeof QuantitySchema>;

const NUMBER_WORD_LIST = Object.keys(NUMBER_WORDS)
  .filter((w) => w !== 'a' && w !== 'an')
  .join('|');
const VAGUE_LIST = Object.keys(VAGUE_AMOUNTS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');
const HEDGE_LIST = Object.keys(HEDGES)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');
const MULTIPLIER_LIST = Object.keys(MULTIPLIERS).join('|');

/**
 * A number: digits (with thousands separators and decimals), number words ('twenty-five', 'seven'), or vague
 * amounts ('dozens of'), with an optional multiplier word. Alternatives are fixed strings, so the match is linear.
 */
export const NUMBER = new RegExp(
  `(?<![\\w.:/-])(?:(?<hedge>${HEDGE_LIST})\\s+)?(?:(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<decimals>\\d+))?|(?<word>(?:${NUMBER_WORD_LIST})(?:-(?:${NUMBER_WORD_LIST}))?)|(?<vague>${VAGUE_LIST})(?:\\s+of)?)(?:\\s+(?<multiplier>${MULTIPLIER_LIST}))?(?![\\w:]|\\.\\d)`,
  'gi',
);
const UNIT_AFTER = /^\s*(?:\(\s*)?(km\/h|per cent|[a-z%$]+)\b/i;
const COUNTED = /^\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)/i;
// and what ends a counted phrase in a report of figures: times, units, 'per', 'each'
const STOP_AFTER = new Set([
  ...NOUN_PHRASE_ENDS,
  'later',
  'earlier',
  'ago',
  'a.m',
  'p.m',
  'am',
  'pm',
  'gmt',
  'per',
  'each',
  'times',
  'time',
  'percent',
]);
const RELATIVE_TIME = /^\s+(?:minutes?|hours?|days?|weeks?)\s+(?:later|earlier|after(?:wards)?|before|ago)\b/i;
const TIME_WORDS = /^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|gmt|utc|hrs|h\b|local\s+time|moscow\s+time|[a-z]+\s+time\b)/i;

/** The value of a number word, hyphenated tens and units summed ('twenty-five' → 25); undefined for other words. */
export function wordValue(word: string): number | undefined {
  const parts = word.toLowerCase().split('-');
  let total = 0;
  for (const part of parts) {
    // own keys only: 'constructor' is no number
    const v = Object.hasOwn(NUMBER_WORDS, part) ? NUMBER_WORDS[part] : undefined;
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** The pattern of a counted phrase right after a number ('seven tanks'): its words as literals. */
export function countedPhrase(words: string[]): RegExp {
  return new RegExp(`^\\s+${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ')}`, 'i');
}

/** A designation just before a number ('AK 47', 'MH 17', 'F-16'): capitals, then a space or a hyphen. */
const DESIGNATION_BEFORE = /(?:^|[^\p{L}])\p{Lu}{1,4}[- ]$/u;
/** A designation right after an amount ('six AK 47 rifles', 'seven AK-47s'), with its letters and number. */
const DESIGNATION_AFTER = /^\s+(\p{Lu}{1,4})[- ]?(\d{1,3})s?(?![\p{L}\p{N}])/u;

/** What follows an amount: its unit, with its factor and dimension, or else the thing it counts. */
interface UnitReading {
  unit: string;
  writtenUnit?: string;
  factor: number;
  dimension: Dimension;
  /** how many characters of `after` the unit or counted phrase takes */
  length: number;
}

/**
 * The unit written after an amount ('800 kilometres', '120 mph'), or else the counted thing ('seven tanks', 'six
 * AK 47 rifles'); undefined for a bare number, which tells nothing to compare ('items' for a vague amount).
 */
function unitAfter(after: string, vagueAmount: boolean): UnitReading | undefined {
  let end = 0;
  let unit: string | undefined;
  let writtenUnit: string | undefined;
  let factor = 1;
  let dimension: Dimension = 'count';
  const unitMatch = UNIT_AFTER.exec(after);
  const unitWord = unitMatch?.[1]?.toLowerCase();
  const known = unitWord !== undefined && !unitMatch?.[0].includes('(') ? UNITS[unitWord] : undefined;
  if (known && unitMatch) {
    unit = known.name;
    writtenUnit = unitMatch[1];
    factor = known.factor;
    dimension = known.dimension;
    end += unitMatch[0].length;
  } else {
    // a designation names the kind counted ('six AK 47 rifles', 'seven AK-47s'): it leads the counted phrase
    const designation = DESIGNATION_AFTER.exec(after);
    const model = designation ? `${designation[1]}${designation[2]}`.toLowerCase() : '';
    const rest = designation ? after.slice(designation[0].length) : after;
    if (designation) end += designation[0].length;
    const counted = COUNTED.exec(rest);
    if (counted) {
      const words = (counted[1] as string).split(/\s+/);
      const kept: string[] = [];
      for (let k = 0; k < words.length; k++) {
        const w = (words[k] as string).toLowerCase();
        if (STOP_AFTER.has(w) || /(ly|ing)$/.test(w)) break;
        const next = words[k + 1]?.toLowerCase();
        if (/ed$/.test(w) && (next === undefined || STOP_AFTER.has(next) || /(ly|ing|ed)$/.test(next))) break;
        kept.push(w);
        if (w.length > 3 && /[^s]s$/.test(w)) break; // a plural noun heads the phrase
      }
      if (kept.length) {
        unit = model ? `${model} ${kept.join(' ')}` : kept.join(' ');
        // the raw form runs to the end of the counted phrase ('seven tanks')
        const phrase = countedPhrase(kept).exec(rest);
        if (phrase) end += phrase[0].length;
      }
    }
    if (!unit && model) unit = model;
    if (!unit && !vagueAmount) return undefined; // a bare number tells nothing to compare
    unit = unit ?? 'items';
  }
  return { unit: unit as string, ...(writtenUnit ? { writtenUnit } : {}), factor, dimension, length: end };
}

/**
 * Finds the quantities in one sentence: numbers with units ('800 kilometres', '480 miles'), counts of things
 * ('25 drones', 'seven tanks', 'at least two oil facilities'), vague amounts ('dozens of drones'), each with its
 * hedge widening the range and its value converted to base units. Clock times, years and dates are left out
 * (they are times, see extractTimes).
 */
export function extractQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const after = sentence.slice(end, end + 80);
    if (TIME_WORDS.test(after)) continue; // '3 a.m.', '13.15 local time'
    if (RELATIVE_TIME.test(after)) continue; // 'five hours later' is a time, not a duration
    const before = sentence.slice(Math.max(0, start - 12), start);
    let value: number | undefined;
    let vague: [number, number] | undefined;
    if (g.digits) {
      // the number of a designation ('AK 47', 'Flight MH 17', 'F-16') is part of a name, not an amount
      if (!g.decimals && g.digits.length <= 3 && DESIGNATION_BEFORE.test(before)) continue;
      if (!g.decimals && /^\d{4}$/.test(g.digits) && +g.digits >= 1800 && +g.digits <= 2100) continue; // a year
      if (/\(\s*$/.test(before) && /^\s*(gmt|utc)/i.test(after)) continue;
      value = Number(`${g.digits.replace(/,/g, '')}${g.decimals ? `.${g.decimals}` : ''}`);
    } else if (g.word) {
      value = wordValue(g.word);
      if (value === undefined) continue;
      if (/^(one|a|an)$/i.test(g.word) && !g.hedge && !/^\s+(of\s+)?(the\s+)?\w/.test(after)) continue;
    } else if (g.vague) {
      vague = VAGUE_AMOUNTS[g.vague.toLowerCase().replace(/\s+/g, ' ')];
      if (!vague) continue;
      value = vague[0];
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    if (g.multiplier) value *= MULTIPLIERS[g.multiplier.toLowerCase()] ?? 1;
    const unitRead = unitAfter(after, Boolean(g.vague));
    if (!unitRead) continue;
    const { unit, writtenUnit, factor, dimension } = unitRead;
    end += unitRead.length;
    const hedge = g.hedge?.toLowerCase().replace(/\s+/g, ' ');
    const [lowFactor, highFactor] = hedge ? (HEDGES[hedge] ?? [1, 1]) : [1, 1];
    const base = value * factor;
    let low = base * lowFactor;
    let high = base * highFactor;
    if (vague) {
      low = vague[0] * factor;
      high = vague[1] * factor;
    }
    const quantity: Quantity = {
      raw: sentence.slice(start, end),
      value,
      low,
      high,
      base,
      dimension,
      unit,
      start,
      end,
    };
    if (writtenUnit) quantity.writtenUnit = writtenUnit;
    if (hedge) quantity.hedge = hedge;
    // a conversion in brackets ('800 kilometres (500 miles)') belongs to the same quantity
    const last = found[found.length - 1];
    if (
      last &&
      last.dimension === dimension &&
      dimension !== 'count' &&
      /^\s*\(\s*$/.test(sentence.slice(last.end, start)) &&
      Math.abs(last.base - base) <= 0.1 * Math.max(last.base, base)
    ) {
      const close = sentence.indexOf(')', end);
      last.end = close >= 0 && close - end < 3 ? close + 1 : end;
      last.raw = sentence.slice(last.start, last.end);
      continue;
    }
    found.push(quantity);
  }
  return found;
}
