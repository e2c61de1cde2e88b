/**
 * Minutes after midnight as a 24-hour clock ('08:25'), wrapped into one day and rounded to the minute.
 *
 * @example
 * clock(505) //=> '08:25'
 * clock(-15) //=> '23:45'
 */
export function clock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
