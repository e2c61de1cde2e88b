// Pairs per second of compareNames against plain fast-levenshtein distance on the same pairs, in one run, two ways:
// - warm: every pair 15 times over, so compareNames' memo caches hold every name after the first round;
// - cold: names the process has not seen. Each round runs in a fresh worker thread (its own copy of the module,
//   so its caches start empty): it warms the JIT on the pairs of half the entities, then times each pair of the
//   other half once (the halves are cut by entity id, so a name of one half is rarely in the other).
// usage: npm run build && node bench/names.mjs [PAIRS.tsv]   (default ../shared/data/names/dev.tsv)
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import levenshtein from 'fast-levenshtein';
import { compareNames } from '../dist/index.js';
import { median, readNamePairs, summary, time } from './util.mjs';

const { file, rows: pairs } = readNamePairs(isMainThread ? process.argv[2] : workerData.file);
const rows = pairs.map(([kind, a, b]) => ({ kind: kind === 'token' ? 'person' : kind, a, b }));
/** Which half of the entities a pair belongs to (a hash of its first entity id). */
const half = (ids) =>
  [...String(ids ?? '').split(/[|, ]/)[0]].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7) % 2;

if (!isMainThread) {
  // one cold round: warm the JIT on one half, then each pair of the other half once, with fresh caches
  const warmUp = rows.filter((_, i) => half(pairs[i][4]) === workerData.warm);
  const cold = rows.filter((_, i) => half(pairs[i][4]) !== workerData.warm);
  let out = 0;
  for (const r of warmUp) {
    out += compareNames(r.a, r.b, { kind: r.kind }).score;
    out += levenshtein.get(r.a, r.b);
  }
  const t0 = performance.now();
  for (const r of cold) out += levenshtein.get(r.a, r.b);
  const t1 = performance.now();
  for (const r of cold) out += compareNames(r.a, r.b, { kind: r.kind }).score;
  const t2 = performance.now();
  parentPort.postMessage({ pairs: cold.length, plain: t1 - t0, ours: t2 - t1, out });
  process.exit(0);
}

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
console.log(`warm ratio compareNames / levenshtein rate: ${(rate(o.median) / rate(b.median)).toFixed(3)}`);
if (sink === -1) console.log(sink);

// cold rounds, one worker each, alternating which half warms the JIT
const coldRounds = [];
for (let round = 0; round < 6; round++) {
  coldRounds.push(
    await new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { file, warm: round % 2 } });
      worker.once('message', resolve);
      worker.once('error', reject);
    }),
  );
}
const ratios = coldRounds.map((r) => r.plain / r.ours);
const perPair = (ms, n) => ((ms / n) * 1000).toFixed(1);
const c = {
  median: median(ratios).toFixed(3),
  min: Math.min(...ratios).toFixed(3),
  max: Math.max(...ratios).toFixed(3),
};
console.log(
  `cold (fresh caches, ${coldRounds.length} worker rounds of ~${coldRounds[0].pairs} unseen pairs): compareNames ` +
    `${perPair(median(coldRounds.map((r) => r.ours)), coldRounds[0].pairs)} us/pair, levenshtein ` +
    `${perPair(median(coldRounds.map((r) => r.plain)), coldRounds[0].pairs)} us/pair`,
);
console.log(
  `cold ratio compareNames / levenshtein rate: median ${c.median} (min ${c.min}, max ${c.max}) (target >= 0.100)`,
);
