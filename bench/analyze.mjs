// Time and peak memory of analyze on the seeds and on all ../shared/data/ecbplus-dev events together.
// usage: npm run build && node --expose-gc bench/analyze.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/index.js';
import { ecbplusFolders, readFolder, summary, time } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = (dir) => readFolder(dir, `${path.basename(dir)}/`);
const seeds = folder(path.join(here, '..', 'seeds'));
const ecb = ecbplusFolders().flatMap(folder);

// peak resident memory of the process so far (analyze is synchronous, so it cannot be sampled while it runs)
const peakRss = () => process.resourceUsage().maxRSS / 1024;

for (const [label, inputs] of [
  ['seeds', seeds],
  ['ecbplus-dev (all events together)', ecb],
]) {
  const bytes = inputs.reduce((s, i) => s + Buffer.byteLength(i.text), 0);
  const s = summary(time(() => analyze(inputs), { rounds: 5, warmup: 1 }));
  console.log(
    `${label.padEnd(36)} ${String(inputs.length).padStart(3)} articles ${(bytes / 1024).toFixed(0).padStart(5)} KB  median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})  peak rss so far ${peakRss().toFixed(0)} MB`,
  );
}
