// Pairs per second of compareNames against plain fast-levenshtein distance on the same pairs, in one run.
// usage: npm run build && node bench/names.mjs [PAIRS.tsv]   (default ../shared/data/names/dev.tsv)
import path from 'node:path';
import levenshtein from 'fast-levenshtein';
import { compareNames } from '../dist/index.js';
import { readNamePairs, summary, time } from './util.mjs';

const { file, rows: pairs } = readNamePairs(process.argv[2]);
const rows = pairs.map(([kind, a, b]) => ({ kind: kind === 'token' ? 'person' : kind, a, b }));

let sink = 0;
const plain = () => {
  for (const r of rows) sink += levenshtein.get(r.a, r.b);
};
const ours = () => {
  for (const r of rows) sink += compareNames(r.a, r.b, { kind: r.kind }).score;
};
// interleaved rounds, so that both are measured under the same load of the machine
plain();
ours();
const baselineTimes = [];
const oursTimes = [];
for (let round = 0; round < 15; round++) {
  baselineTimes.push(time(plain, { rounds: 1, warmup: 0 })[0]);
  oursTimes.push(time(ours, { rounds: 1, warmup: 0 })[0]);
}
const rate = (ms) => Math.round((rows.length / ms) * 1000);
const b = summary(baselineTimes);
const o = summary(oursTimes);
console.log(
  `pairs: ${rows.length} (from ${path.relative(process.cwd(), file)}), 15 interleaved rounds after a warm-up`,
);
console.log(
  `fast-levenshtein distance: median ${b.median} ms (min ${b.min}, max ${b.max}) = ${rate(b.median)} pairs/s`,
);
console.log(
  `compareNames:              median ${o.median} ms (min ${o.min}, max ${o.max}) = ${rate(o.median)} pairs/s`,
);
console.log(`ratio compareNames / levenshtein rate: ${(rate(o.median) / rate(b.median)).toFixed(3)} (target >= 0.100)`);
if (sink === -1) console.log(sink);
