/**
 * Values that say there is no value ('Not Available', 'N/A', '-'): no vote. Matched on the folded whole value or
 * on what follows a date ('Dec 01 - Contact Airline').
 */
export const MISSING_MARKERS: readonly string[] = [
  '',
  '-',
  '--',
  '?',
  'n/a',
  'na',
  'none',
  'null',
  'nil',
  'unknown',
  'not available',
  'not applicable',
  'not provided',
  'not provided by airline',
  'contact airline',
  'see airline',
  'tbd',
  'tba',
  'pending',
  'no data',
  'no information',
];

const MARKERS = new Set(MISSING_MARKERS);

/** True when a value is a missing marker rather than a value. */
export function isMissing(raw: string): boolean {
  // every marker, and every date a marker may follow, starts with a letter or a sign: a digit starts a value
  const head = raw.trimStart().charCodeAt(0);
  if (head >= 48 && head <= 57) return false;
  const folded = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (MARKERS.has(folded)) return true;
  const tail = folded.replace(/^[a-z]{3}\.? \d{1,2} - /, '');
  return MARKERS.has(tail);
}
