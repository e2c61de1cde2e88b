// Throughput of parseArticle on the seed articles repeated to 1, 10 and 100 MB, and on 10 MB with no punctuation.
// usage: npm run build && node bench/parse.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../dist/index.js';
import { summary, time } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = path.join(here, '..', 'seeds');
const seeds = fs
  .readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'))
  .join('\n\n');

const MB = 1024 * 1024;
function repeatTo(text, bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('\n\n');
}

function run(label, text, rounds) {
  const mb = Buffer.byteLength(text) / MB;
  let sentences = 0;
  const times = time(
    () => {
      sentences = parseArticle({ outlet: 'bench', text }, { maxTextLength: 512 * MB }).sentences.length;
    },
    { rounds, warmup: 1 },
  );
  const s = summary(times);
  const rate = mb / (s.median / 1000);
  console.log(
    `${label.padEnd(28)} ${mb.toFixed(1).padStart(6)} MB  median ${s.median.toFixed(0).padStart(7)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})  ${rate.toFixed(2).padStart(6)} MB/s  ${sentences} sentences`,
  );
  return { ms: s.median, mb, rate };
}

const one = run('seeds repeated', repeatTo(seeds, 1 * MB), 5);
const ten = run('seeds repeated', repeatTo(seeds, 10 * MB), 3);
const hundred = run('seeds repeated', repeatTo(seeds, 100 * MB), 1);
const words = seeds.replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ');
const flat = run('no punctuation, one line', repeatTo(words, 10 * MB).replace(/\n/g, ' '), 3);
console.log('');
console.log(`100 MB / 10 MB time: ${(hundred.ms / ten.ms).toFixed(2)}x (linear is 10x; acceptance: at most 12x)`);
console.log(`10 MB MB/s relative to 1 MB: ${(ten.rate / one.rate).toFixed(2)}`);
console.log(
  `no punctuation MB/s relative to ordinary text (10 MB): ${(flat.rate / ten.rate).toFixed(2)} (acceptance: not slower per MB, >= 1.00 within noise)`,
);
