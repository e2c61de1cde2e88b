/**
 * Time zones as news text names them. Abbreviations that say whether daylight saving is on ('EST', 'EDT', 'BST')
 * have one offset; a zone named by a place or region ('Moscow time', 'Eastern time', 'ET') is an IANA zone whose
 * offset on the day of the story comes from `Intl` (the IANA tz database), daylight saving included.
 * Sources: the IANA tz database's zone names; the abbreviations of the AP Stylebook ('time zones') and of
 * timeanddate.com's list of time zone abbreviations.
 */

import { dictionary } from './dictionary.js';

/** Abbreviations with a fixed offset from UTC, in minutes. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = /* @__PURE__ */ dictionary({
  gmt: 0,
  utc: 0,
  z: 0,
  wet: 0,
  bst: 60,
  west: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ast: -240,
  adt: -180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ist: 330,
  pkt: 300,
  ict: 420,
  wib: 420,
  sgt: 480,
  hkt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  acst: 570,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
});

/** Places and regions written before 'time' ('Moscow time', 'Eastern time') or alone ('ET'), with their IANA zone. */
export const ZONE_PLACES: Readonly<Record<string, string>> = /* @__PURE__ */ dictionary({
  et: 'America/New_York',
  eastern: 'America/New_York',
  'new york': 'America/New_York',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  mountain: 'America/Denver',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  london: 'Europe/London',
  uk: 'Europe/London',
  british: 'Europe/London',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  'central european': 'Europe/Berlin',
  brussels: 'Europe/Brussels',
  kyiv: 'Europe/Kyiv',
  kiev: 'Europe/Kyiv',
  ukrainian: 'Europe/Kyiv',
  moscow: 'Europe/Moscow',
  istanbul: 'Europe/Istanbul',
  turkish: 'Europe/Istanbul',
  cairo: 'Africa/Cairo',
  israel: 'Asia/Jerusalem',
  tehran: 'Asia/Tehran',
  iran: 'Asia/Tehran',
  baghdad: 'Asia/Baghdad',
  kabul: 'Asia/Kabul',
  pakistan: 'Asia/Karachi',
  india: 'Asia/Kolkata',
  indian: 'Asia/Kolkata',
  bangkok: 'Asia/Bangkok',
  jakarta: 'Asia/Jakarta',
  beijing: 'Asia/Shanghai',
  china: 'Asia/Shanghai',
  manila: 'Asia/Manila',
  tokyo: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  sydney: 'Australia/Sydney',
  'new zealand': 'Pacific/Auckland',
  'mexico city': 'America/Mexico_City',
});

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of an IANA zone from UTC on an ISO date, in minutes, daylight saving included. */
function ianaOffset(zone: string, isoDate: string): number | undefined {
  let format = formatters.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      return undefined;
    }
    formatters.set(zone, format);
  }
  const day = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return undefined;
  const name = format.formatToParts(day).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * The offset from UTC, in minutes, of a zone as written ('GMT', 'EDT', 'Moscow', 'Eastern'), on the day of the
 * story. Without a date, a zone named by place is known only when it keeps one offset all year (Moscow, not
 * Eastern), so the result never depends on the clock. Undefined for a zone no table knows ('local').
 */
export function zoneOffset(zone: string, isoDate?: string): number | undefined {
  const key = zone.toLowerCase().replace(/ time$/, '');
  const fixed = ZONE_ABBREVIATIONS[key];
  if (fixed !== undefined) return fixed;
  const iana = ZONE_PLACES[key];
  if (!iana) return undefined;
  const at = (date: string) => ianaOffset(iana, date) ?? ianaOffset(iana.replace('Kyiv', 'Kiev'), date);
  if (isoDate && !Number.isNaN(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`).getTime())) return at(isoDate);
  // no date: known only where the zone keeps one offset all year
  const winter = at('2001-01-15');
  return winter === at('2001-07-15') ? winter : undefined;
}

/** The zone abbreviations and two-letter zones as an alternation for a regular expression, longest first, upper case. */
export const ZONE_CODE_PATTERN = [...Object.keys(ZONE_ABBREVIATIONS), ...Object.keys(ZONE_PLACES)]
  .filter((k) => /^[a-z]{2,5}$/.test(k) && k !== 'uk')
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .join('|')
  .toUpperCase();
