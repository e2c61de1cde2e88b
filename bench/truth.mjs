// Claims per second of discoverTruth on the Book benchmark and on 1, 2 and 4 Flight days together.
// usage: npm run build && node bench/truth.mjs   (7 interleaved rounds after a warm-up, garbage collected between runs)
import v8 from 'node:v8';
import vm from 'node:vm';
import { discoverTruth } from '../dist/index.js';
import { bookClaims, flightClaims, flightDays, flightKind, summary, time } from './util.mjs';

const days = flightDays();

// The runs of each size take turns, round after round, so that a change in the machine's load falls on all of
// them alike, and the garbage of one run is collected before the next is timed: otherwise a large run pays for the
// small ones before it, and the ratio below says more about the collector than about discoverTruth.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');
const cases = [
  { label: 'Book', claims: bookClaims(), options: { kind: 'names' } },
  ...[1, 2, 4].map((n) => ({
    label: `Flight, ${n} day${n > 1 ? 's' : ''}`,
    claims: flightClaims(days.slice(0, n), { dayInItem: true }),
    options: { kind: flightKind, referenceDate: days[0] },
  })),
];
const ROUNDS = 7;
const times = cases.map(() => []);
for (let round = -1; round < ROUNDS; round++) {
  cases.forEach((c, i) => {
    collect();
    const [ms] = time(() => discoverTruth(c.claims, c.options), { rounds: 1, warmup: 0 });
    if (round >= 0) times[i].push(ms); // round -1 warms up
  });
}
const rows = cases.map((c, i) => {
  const s = summary(times[i]);
  const rate = Math.round((c.claims.length / s.median) * 1000);
  console.log(
    `${c.label.padEnd(22)} ${String(c.claims.length).padStart(7)} claims  median ${s.median.toFixed(0).padStart(6)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})  ${rate} claims/s`,
  );
  return { claims: c.claims.length, ...s };
});
const [, f1, , f4] = rows;
console.log('');
console.log(
  `Flight 4 days / 1 day: ${(f4.claims / f1.claims).toFixed(2)}x the claims, ${(f4.median / f1.median).toFixed(2)}x the time (time should grow no faster than claims)`,
);
