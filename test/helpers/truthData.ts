import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceClaim } from '../../src/index.js';
import { SHARED } from './seeds.js';

export const FLIGHT_ATTRIBUTES = [
  'scheduled departure',
  'actual departure',
  'departure gate',
  'scheduled arrival',
  'actual arrival',
  'arrival gate',
];

/** The claims of one Flight benchmark day (../shared/data/truth/flight). */
export function flightClaims(day: string): SourceClaim[] {
  const claims: SourceClaim[] = [];
  const text = readFileSync(join(SHARED, 'data', 'truth', 'flight', 'data', `${day}-data.txt`), 'utf8');
  for (const line of text.split(/\r?\n/)) {
    const [source, flight, ...values] = line.split('\t');
    if (!source || !flight) continue;
    FLIGHT_ATTRIBUTES.forEach((attribute, i) => {
      const value = (values[i] ?? '').trim();
      if (value) claims.push({ source: source.trim(), item: `${flight.trim()}|${attribute}`, value });
    });
  }
  return claims;
}

/** The airlines' own records for one day, item → value. */
export function flightTruth(day: string): Map<string, string> {
  const truth = new Map<string, string>();
  const text = readFileSync(join(SHARED, 'data', 'truth', 'flight', 'truth', `${day}-truth.txt`), 'utf8');
  for (const line of text.split(/\r?\n/)) {
    const [flight, ...values] = line.split('\t');
    if (!flight) continue;
    FLIGHT_ATTRIBUTES.forEach((attribute, i) => {
      const value = values[i]?.trim();
      if (value && value !== '-') truth.set(`${flight.trim()}|${attribute}`, value);
    });
  }
  return truth;
}

/** The Book benchmark claims (../shared/data/truth/book/book.txt). */
export function bookClaims(): SourceClaim[] {
  const claims: SourceClaim[] = [];
  for (const line of readFileSync(join(SHARED, 'data', 'truth', 'book', 'book.txt'), 'utf8').split(/\r?\n/)) {
    const [source, isbn, , author] = line.split('\t');
    if (source && isbn && author?.trim())
      claims.push({ source: source.trim(), item: isbn.trim(), value: author.trim() });
  }
  return claims;
}
