// groupEvents against a known grouping: the generated corpus (bench/corpus.mjs, its truth.json) and the ECB+ dev
// events (each folder one event), with the seeds among them. Prints pairwise precision, recall and F1, and the time.
//
//   node bench/corpus.mjs --events 100 --outlets 10 --out bench/out/corpus-1k
//   node bench/group.mjs bench/out/corpus-1k [--threshold 0.15] [--name-threshold 0.2]
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupEvents } from '../dist/index.js';
import { ecbplusFolders, readFolder } from './util.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : undefined);
const options = {};
if (option('threshold') !== undefined) options.threshold = option('threshold');
if (option('name-threshold') !== undefined) options.nameThreshold = option('name-threshold');

/** A folder's articles, each noted in `truth` as belonging to `event`. */
function readEvent(folder, prefix, truth, event) {
  const inputs = readFolder(folder, prefix);
  for (const input of inputs) truth.set(input.id, event);
  return inputs;
}

/** Pairwise precision, recall and F1 of a grouping against the truth, counted per event rather than per pair. */
function pairwise(groups, truth) {
  const predicted = new Map();
  groups.forEach((g, i) => {
    for (const id of g.articleIds) predicted.set(id, i);
  });
  const count = (key) => {
    const sizes = new Map();
    for (const id of truth.keys()) {
      const k = key(id);
      sizes.set(k, (sizes.get(k) ?? 0) + 1);
    }
    let pairs = 0;
    for (const n of sizes.values()) pairs += (n * (n - 1)) / 2;
    return pairs;
  };
  const both = count((id) => `${truth.get(id)}\u0000${predicted.get(id)}`);
  const p = both / count((id) => predicted.get(id));
  const r = both / count((id) => truth.get(id));
  return { p, r, f1: (2 * p * r) / (p + r) };
}

function measure(name, inputs, truth) {
  const t0 = performance.now();
  const groups = groupEvents(inputs, options);
  const ms = performance.now() - t0;
  const { p, r, f1 } = pairwise(groups, truth);
  const events = new Set(truth.values()).size;
  console.log(
    `${name.padEnd(34)} ${String(inputs.length).padStart(6)} articles  ${String(events).padStart(5)} events → ${String(groups.length).padStart(5)} groups  pairwise P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}  ${ms.toFixed(0)} ms`,
  );
}

for (const folder of args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))) {
  const truth = new Map();
  const byFile = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8'));
  const inputs = readFolder(folder);
  for (const [event, files] of Object.entries(byFile)) for (const f of files) truth.set(f, event);
  measure(`generated ${folder}`, inputs, truth);
}

const truth = new Map();
const inputs = [];
for (const folder of ecbplusFolders())
  inputs.push(...readEvent(folder, `${basename(folder)}/`, truth, basename(folder)));
measure('ECB+ dev (8 folders)', inputs, truth);
inputs.push(...readEvent(join(ROOT, 'seeds'), 'seeds/', truth, 'seeds'));
measure('ECB+ dev and the seeds (9 events)', inputs, truth);
