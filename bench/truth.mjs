// Claims per second of discoverTruth on the Book benchmark and on 1, 2 and 4 Flight days together.
// usage: npm run build && node bench/truth.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverTruth } from '../dist/index.js';
import { summary, time } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const truthDir = path.join(here, '..', '..', 'shared', 'data', 'truth');
const ATTRS = [
  'scheduled departure',
  'actual departure',
  'departure gate',
  'scheduled arrival',
  'actual arrival',
  'arrival gate',
];

function bookClaims() {
  const claims = [];
  for (const line of fs.readFileSync(path.join(truthDir, 'book', 'book.txt'), 'utf8').split(/\r?\n/)) {
    const [source, isbn, , author] = line.split('\t');
    if (source && isbn && author?.trim())
      claims.push({ source: source.trim(), item: isbn.trim(), value: author.trim() });
  }
  return claims;
}

function flightClaims(days) {
  const claims = [];
  for (const day of days) {
    for (const line of fs
      .readFileSync(path.join(truthDir, 'flight', 'data', `${day}-data.txt`), 'utf8')
      .split(/\r?\n/)) {
      const [source, flight, ...vals] = line.split('\t');
      if (!source || !flight) continue;
      ATTRS.forEach((a, i) => {
        const v = (vals[i] ?? '').trim();
        // items of different days are different items
        if (v) claims.push({ source: source.trim(), item: `${day}|${flight.trim()}|${a}`, value: v });
      });
    }
  }
  return claims;
}

const flightKind = (item) => (item.endsWith('gate') ? 'category' : 'time');
const days = fs
  .readdirSync(path.join(truthDir, 'flight', 'data'))
  .filter((f) => f.endsWith('-data.txt'))
  .sort()
  .map((f) => f.slice(0, 10));

const rows = [];
function run(label, claims, options, rounds = 5) {
  const s = summary(time(() => discoverTruth(claims, options), { rounds, warmup: 1 }));
  const rate = Math.round((claims.length / s.median) * 1000);
  rows.push({ label, claims: claims.length, ...s, rate });
  console.log(
    `${label.padEnd(22)} ${String(claims.length).padStart(7)} claims  median ${s.median.toFixed(0).padStart(6)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})  ${rate} claims/s`,
  );
}

run('Book', bookClaims(), { kind: 'names' });
for (const n of [1, 2, 4])
  run(`Flight, ${n} day${n > 1 ? 's' : ''}`, flightClaims(days.slice(0, n)), {
    kind: flightKind,
    referenceDate: days[0],
  });
const [, f1, , f4] = rows;
console.log('');
console.log(
  `Flight 4 days / 1 day: ${(f4.claims / f1.claims).toFixed(2)}x the claims, ${(f4.median / f1.median).toFixed(2)}x the time (time should grow no faster than claims)`,
);
