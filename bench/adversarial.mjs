// Time per MB of analyze on hostile inputs at 1 and 8 MB: it should stay flat (linear time).
// usage: npm run build && node --expose-gc bench/adversarial.mjs [sizes in MB, default 1 8] [--only NAME-PART]
// A run under two seconds is timed three times and the median kept.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = fs
  .readdirSync(path.join(here, '..', 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(here, '..', 'seeds', f), 'utf8'))
  .join('\n\n');
const MB = 1024 * 1024;
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const inputs = {
  'news (the seeds repeated)': (n) => fill(`${seeds}\n\n`, n),
  'no punctuation at all': (n) => fill(`${seeds.replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ')} `, n),
  'one-letter lines': (n) => fill('a\n', n),
  'nested quotes and brackets': (n) => fill('("[{«\u201C', n / 2) + fill('\u201D»}]")', n / 2),
  'zero-width and bidi controls': (n) => fill('Ky\u200Biv\u200D \u202Eсказал\u202C a\u0301 ', n),
  'homoglyph mixtures': (n) => fill('Тyоtkino Кursk Starоvоyt sаid 3 а.m. ', n),
  // dense texts: every line a fact, with no full stop the splitter keeps
  'units and times, one sentence': (n) => fill('12.5 km (8 miles) at 3 a.m. ', n),
  'many different numbers': (n) =>
    numbered(n, (i) => `Team ${name(i)} ${i % 97}, Team ${name(i + 1)} ${(i * 7) % 89}, `),
  'many quotes': (n) => numbered(n, (i) => `"We took ${i % 50} villages," ${name(i)} said, "and lost ${i % 9}." `),
  'distinct person names': (n) =>
    numbered(n, (i) => `${name(i)} ${name(i * 31 + 7)}, ${20 + (i % 60)}, of ${name(i * 13)}, `),
  'many dates and times': (n) =>
    numbered(
      n,
      (i) => `on ${days[i % 7]} at ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} p.m. EDT the attack began, `,
    ),
  'sums of money and magnitudes': (n) =>
    numbered(n, (i) => `paid $${i % 900},000 bail after a magnitude ${(i % 9) + 1}.${i % 10} quake, `),
};
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// a distinct capitalised name for each number ('Kabo', 'Ledu', ...)
const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'be', 'do', 'fu', 'ga', 'hi', 'jo', 'pe', 'zu'];
function name(i) {
  let out = '';
  let k = Math.abs(i) + 17;
  do {
    out += syllables[k % 16];
    k = Math.floor(k / 16);
  } while (k > 0);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
/** A text of n characters made of numbered pieces, each different. */
function numbered(n, piece) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, n);
}
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const sizes = args
  .filter((_a, i) => args[i - 1] !== '--only')
  .map(Number)
  .filter((n) => n > 0);
const mbs = sizes.length ? sizes : [1, 8];
console.log(`analyze on one article of each hostile input; MB/s (higher is better), ratio last/first size`);
for (const [name, make] of Object.entries(inputs)) {
  if (only && !name.includes(only)) continue;
  const rates = [];
  for (const size of mbs) {
    const text = make(size * MB);
    // a run under two seconds is timed three times and its median kept: one short run is mostly noise (the
    // collector, the compiler warming up)
    const times = [];
    do {
      globalThis.gc?.();
      const t0 = performance.now();
      analyze([{ id: 'x', outlet: 'X', text }], { maxTextLength: 64 * MB });
      times.push((performance.now() - t0) / 1000);
    } while (times.length < 3 && times[0] < 2);
    const seconds = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    rates.push(size / seconds);
  }
  const first = rates[0];
  const last = rates[rates.length - 1];
  console.log(
    `${name.padEnd(30)} ${mbs.map((m, i) => `${m} MB ${rates[i].toFixed(2)} MB/s`).join('   ')}   ${mbs[0]} MB / ${mbs[mbs.length - 1]} MB rate: ${(first / last).toFixed(2)}x (acceptance: at most 1.5x)`,
  );
}
