import type * as z from 'zod/mini';
import { HEDGES } from '../lexicon/hedges.js';
import { NUMBER_WORDS } from '../lexicon/numberWords.js';
import { DURATION_UNITS, WEEKDAYS } from '../lexicon/timeWords.js';
import { ZONE_CODE_PATTERN, zoneOffset } from '../lexicon/timeZones.js';
import type { TimeRefSchema } from './schemas.js';

/** A time or date stated in a sentence. */
export type TimeRef = z.infer<typeof TimeRefSchema>;

const HEDGE =
  /(?:(about|around|approximately|roughly|some|nearly|almost|shortly after|just after|just before|before|after|until|by|at)\s+)?$/i;
// clock: 3 a.m., 8:25 a.m., 8:00 am, 13.15, 0000 GMT, 14:07, 3:10 p.m. PDT, 10 a.m. ET; the zone codes come from the
// zone table, and a zone named by place is any one or two capitalised words before 'time' ('New Zealand time')
export const CLOCK = new RegExp(
  `(?<![\\w:.])(\\d{1,2})(?:[:.](\\d{2}))?(?: ?(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|a\\.m\\b|p\\.m\\b))?(?: (local|[A-Z][a-z]+(?: [A-Z][a-z]+)?) time\\b| ?\\(?(${ZONE_CODE_PATTERN})\\b\\)?)?`,
  'g',
);
// '(0500 GMT)': a 24-hour UTC reading in brackets; anywhere, and right after a clock (sticky: read at one
// position, never by slicing the rest of the sentence)
const IN_BRACKETS = '\\(\\s*(\\d{2})(\\d{2})\\s+(GMT|UTC)\\s*\\)';
export const MILITARY = new RegExp(IN_BRACKETS, 'g');
export const MILITARY_AFTER = new RegExp(String.raw`\s*${IN_BRACKETS}`, 'y');
// '0915 GMT' written on its own: four digits of a 24-hour clock with the zone
const MILITARY_BARE = /(?<![\w:.(])([01]\d|2[0-3])([0-5]\d) ?(GMT|UTC)\b/g;
const RELATIVE =
  /\b(?:(about|around|some|nearly|almost|roughly) )?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?) (minutes?|hours?|days?) (later|after(?:wards)?|earlier|before)\b/gi;
const WEEKDAY =
  /\b(?:(?:on|early|late|last|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s)?\b/gi;

function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (w.startsWith('half')) return 0.5;
  return NUMBER_WORDS[w];
}

function hedgeRange(minutes: number, hedge: string | undefined): [number, number] {
  if (!hedge) return [minutes, minutes];
  const h = hedge.toLowerCase();
  if (h === 'before' || h === 'until' || h === 'by' || h === 'just before') return [minutes - 60, minutes];
  if (h === 'after' || h === 'shortly after' || h === 'just after') return [minutes, minutes + 60];
  if (h === 'at') return [minutes, minutes];
  const spread = HEDGES[h] ? 30 : 15;
  return [minutes - spread, minutes + spread];
}

/** The hedge written right before a clock time ('about 3 a.m.', 'shortly after 9'), as the range it allows. */
function hedgeBefore(time: TimeRef, sentence: string, minutes: number): void {
  const prefix = HEDGE.exec(sentence.slice(Math.max(0, time.start - 20), time.start))?.[1];
  if (!prefix || prefix.toLowerCase() === 'at') return;
  time.hedge = prefix.toLowerCase();
  [time.low, time.high] = hedgeRange(minutes, time.hedge);
}

/** The ISO date of the latest `weekday` (0 = Sunday) on or before `reference`, an ISO date. */
export function weekdayBefore(reference: string, weekday: number): string | undefined {
  const ref = new Date(`${reference.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return undefined;
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  ref.setUTCDate(ref.getUTCDate() - back);
  return ref.toISOString().slice(0, 10);
}

export interface ExtractTimesOptions {
  /** The article's publication date, to resolve weekdays ('Tuesday'). */
  publishedAt?: string;
  /** The latest clock time stated before this sentence, for relative times ('five hours later'). */
  anchor?: TimeRef;
}

/**
 * The clock time of a CLOCK match ('3:10 a.m. Moscow time', '4 p.m. (1300 GMT)'), with its zone, its instant in UTC
 * when the zone or a bracketed UTC reading says it, and its hedge; undefined for a number that is no time or a
 * match over characters already read (`overlaps`).
 */
function clockOf(
  m: RegExpMatchArray,
  sentence: string,
  options: ExtractTimesOptions,
  overlaps: (start: number, end: number) => boolean,
): TimeRef | undefined {
  const start = m.index ?? 0;
  const [, h, min, half, zoneWord, zoneCode] = m;
  // a clock needs minutes, a.m./p.m., or a zone: a bare number is not a time
  if (!min && !half && !zoneWord && !zoneCode) return undefined;
  if (min && m[0].includes('.') && !half && !zoneWord && !zoneCode) return undefined; // '2.5' is a number
  let hours = Number(h);
  const minutes = min ? Number(min) : 0;
  if (hours > 24 || minutes > 59) return undefined;
  if (half) {
    if (hours > 12 || hours === 0) return undefined;
    hours = (hours % 12) + (/^p/i.test(half) ? 12 : 0);
  }
  const end = start + m[0].trimEnd().length;
  if (overlaps(start, end)) return undefined;
  const value = hours * 60 + minutes;
  const time: TimeRef = { raw: sentence.slice(start, end), kind: 'clock', minutes: value, start, end };
  const zone = zoneWord ? `${zoneWord} time` : zoneCode;
  if (zone) time.zone = zone;
  const offset = zoneOffset(zoneWord ?? zoneCode ?? '', options.publishedAt);
  if (offset !== undefined) time.utcMinutes = (((value - offset) % 1440) + 1440) % 1440;
  // a UTC reading in brackets right after: '3 a.m. Moscow time (0000 GMT)', '8:00 am (0500 GMT)'
  MILITARY_AFTER.lastIndex = end;
  const military = MILITARY_AFTER.exec(sentence);
  if (military) {
    time.utcMinutes = Number(military[1]) * 60 + Number(military[2]);
    time.end = end + military[0].length;
    time.raw = sentence.slice(start, time.end);
  }
  hedgeBefore(time, sentence, value);
  return time;
}

/**
 * The time of a RELATIVE match ('about five hours later'): its offset, and, read from the anchor (the time it
 * follows), its clock, zone and UTC instant, widened by a hedge.
 */
function relativeOf(m: RegExpMatchArray, anchor: TimeRef | undefined): TimeRef | undefined {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const amount = numberOf(m[2] as string);
  const unit = DURATION_UNITS[(m[3] as string).toLowerCase()];
  if (amount === undefined || unit === undefined) return undefined;
  const sign = /^(earlier|before)$/i.test(m[4] as string) ? -1 : 1;
  const offset = sign * amount * unit;
  const time: TimeRef = { raw: m[0], kind: 'relative', offset, start, end };
  if (m[1]) time.hedge = m[1].toLowerCase();
  if (anchor?.minutes !== undefined) {
    time.anchor = anchor.raw;
    const value = anchor.minutes + offset;
    time.minutes = ((value % 1440) + 1440) % 1440;
    if (anchor.zone) time.zone = anchor.zone;
    if (anchor.utcMinutes !== undefined) time.utcMinutes = (((anchor.utcMinutes + offset) % 1440) + 1440) % 1440;
    const spread = time.hedge ? Math.max(30, Math.abs(offset) * 0.2) : 0;
    time.low = time.minutes - spread;
    time.high = time.minutes + spread;
  }
  return time;
}

/**
 * Finds the times in one sentence: clock times with zones and their conversions ('3 a.m. Moscow time (0000 GMT)',
 * '8:25 a.m.', '13.15 local time'), relative times anchored to the time they follow ('about five hours later'),
 * and weekdays resolved against the publication date ('Tuesday' → 2024-03-12).
 */
export function extractTimes(sentence: string, options: ExtractTimesOptions = {}): TimeRef[] {
  const found: TimeRef[] = [];
  // the characters already read as part of a time: checking a match costs its own length, never the number of
  // times found before it (a live blog with a time on every line is one long sentence)
  const covered = new Uint8Array(sentence.length);
  const cover = (a: number, b: number) => covered.fill(1, a, b);
  const overlaps = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (covered[k]) return true;
    return false;
  };
  // '(0000 GMT)' after a clock: the same time in UTC
  for (const m of sentence.matchAll(MILITARY)) {
    const start = m.index ?? 0;
    cover(start, start + m[0].length);
  }
  for (const m of sentence.matchAll(MILITARY_BARE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const value = Number(m[1]) * 60 + Number(m[2]);
    const time: TimeRef = {
      raw: m[0],
      kind: 'clock',
      minutes: value,
      utcMinutes: value,
      zone: m[3] as string,
      start,
      end,
    };
    hedgeBefore(time, sentence, value);
    cover(start, end);
    found.push(time);
  }
  for (const m of sentence.matchAll(CLOCK)) {
    const time = clockOf(m, sentence, options, overlaps);
    if (!time) continue;
    cover(time.start, time.end);
    found.push(time);
  }
  for (const m of sentence.matchAll(RELATIVE)) {
    const start = m.index ?? 0;
    if (overlaps(start, start + m[0].length)) continue;
    const time = relativeOf(m, options.anchor);
    if (!time) continue;
    cover(time.start, time.end);
    found.push(time);
  }
  for (const m of sentence.matchAll(WEEKDAY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const day = WEEKDAYS.indexOf((m[1] as string).toLowerCase());
    const time: TimeRef = { raw: m[0], kind: 'date', start, end };
    if (options.publishedAt && day >= 0) {
      const date = weekdayBefore(options.publishedAt, day);
      if (date) time.date = date;
    }
    found.push(time);
  }
  return found.sort((a, b) => a.start - b.start);
}
