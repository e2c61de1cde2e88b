import { clock } from '../../text/clock.js';
import type { ValueModel } from '../types.js';
import { ESTIMATE_WORDS, RELATED_MOMENT_WORDS } from './qualifiers.js';

/** A clock reading: minutes after midnight and, when known, the day. */
export interface TimeValue {
  minutes: number;
  /** Day as YYYY-MM-DD, from the value itself or the reference date. */
  day?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CLOCK = /(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s*m?\.?)?(?![\d])/i;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const US_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})-([a-z]{3})-(\d{4})\b/i;
const MIDNIGHT = /midnight/i;
const MONTH_DAY = /\b([a-z]{3})[a-z]*\.?,?\s*(\d{1,2})\b(?:,?\s*(\d{4}))?/i;

const ESTIMATE = new Set(ESTIMATE_WORDS);
const RELATED = new Set(RELATED_MOMENT_WORDS);

/**
 * True when a word of the value names another moment than the item's ('9:11 AM (runway)' for a departure from the
 * gate). An estimate of that moment ('Estimated runway') is a guess at either, so it is not counted as one.
 */
function isRelatedReading(raw: string): boolean {
  let related = false;
  for (const word of raw.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (ESTIMATE.has(word)) return false;
    if (RELATED.has(word)) related = true;
  }
  return related;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day a value names: ISO, US numeric (12/1/11), 11-Dec-2011 or 'Dec 1' (year from the reference date). */
function readDay(text: string, referenceYear: number | undefined): string | undefined {
  let m = ISO_DATE.exec(text);
  if (m) return isoDay(+m[1]!, +m[2]!, +m[3]!);
  m = US_DATE.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    return isoDay(year, +m[1]!, +m[2]!);
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    return month ? isoDay(+m[3]!, month, +m[1]!) : undefined;
  }
  m = MONTH_DAY.exec(text);
  if (m && referenceYear !== undefined) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)) + 1;
    if (month) return isoDay(m[3] ? +m[3] : referenceYear, month, +m[2]!);
  }
  return undefined;
}

/** Days between two ISO days (b - a). */
/**
 * A day as YYYY-MM-DD with the calendar applied ('2011-02-30' is 2011-03-02), in UTC so the result does not depend
 * on the machine's zone; a day that is not a date at all is returned as given.
 */
function calendarDay(day: string): string {
  const m = ISO_DATE.exec(day);
  if (!m) return day;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : day;
}

function dayOffset(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Times in the dozen formats of flight-status sites ('12/1/11 2:06 PM (-05:00)', '2:05pDec 11',
 * '02:05 PM  Sun 11-Dec-2011', '2011-12-01 06:29PM EST'), read as wall-clock times. Close times support each
 * other within `tolerance` minutes.
 */
export function timeModel(tolerance: number, referenceDate?: string): ValueModel<TimeValue> {
  const referenceYear = referenceDate ? Number(referenceDate.slice(0, 4)) : undefined;
  return {
    parse(raw) {
      const reading = CLOCK.exec(raw);
      if (!reading) return undefined;
      let hours = +reading[1]!;
      const minutes = +reading[2]!;
      if (minutes > 59 || hours > 23) return undefined;
      const half = reading[3]?.toLowerCase();
      const rest = `${raw.slice(0, reading.index)} ${raw.slice(reading.index + reading[0].length)}`;
      if (half) {
        if (hours > 12 || hours === 0) return undefined;
        hours = (hours % 12) + (half === 'p' ? 12 : 0);
      } else if (hours === 12 && MIDNIGHT.test(rest)) hours = 0; // '12:00midnight' starts its day; '12:00noon' is noon
      const day = readDay(rest, referenceYear) ?? referenceDate;
      const value: TimeValue = { minutes: hours * 60 + minutes };
      if (day) value.day = day;
      const hhmm = clock(hours * 60 + minutes);
      return { key: day ? `${day}T${hhmm}` : hhmm, data: value };
    },
    related: isRelatedReading,
    support(from, to) {
      let delta: number;
      if (from.day && to.day) {
        delta = Math.abs(dayOffset(from.day, to.day) * 1440 + to.minutes - from.minutes);
      } else {
        const d = Math.abs(to.minutes - from.minutes);
        delta = Math.min(d, 1440 - d);
      }
      if (delta === 0) return 1;
      return Math.max(0, 1 - delta / tolerance);
    },
    present(data) {
      const hhmm = clock(data.minutes);
      if (!data.day) return hhmm;
      return `${calendarDay(data.day)}T${hhmm}`;
    },
  };
}
