// Time and peak memory of analyze on the seeds and on all ../shared/data/ecbplus-dev events together.
// usage: npm run build && node --expose-gc bench/analyze.mjs [--base DIR]
// --base DIR: also the per-article cost of the build in DIR/dist (another checkout, built), each ECB+ event analyzed
// on its own as analyze() is used, in alternating rounds in this process, with the ratio of this build to it.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../dist/index.js';
import { ecbplusFolders, median, readFolder, summary, time } from './util.mjs';

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

const baseAt = process.argv.indexOf('--base');
if (baseAt > 0) {
  const dir = process.argv[baseAt + 1];
  if (!dir) throw new Error('--base needs a folder holding a built dist/');
  const base = await import(pathToFileURL(path.resolve(dir, 'dist/index.js')).href);
  const events = ecbplusFolders().map(folder);
  const articles = events.reduce((n, e) => n + e.length, 0);
  const runs = { base: [], this: [] };
  for (let round = 0; round < 10; round++)
    for (const [label, run] of [
      ['base', base.analyze],
      ['this', analyze],
    ]) {
      globalThis.gc?.();
      const t0 = performance.now();
      for (const inputs of events) run(inputs);
      if (round > 0) runs[label].push(performance.now() - t0);
    }
  const [b, t] = [median(runs.base), median(runs.this)];
  console.log(
    `per-article cost, ECB+ dev events one by one (${articles} articles, median of 9 alternating rounds): base ${(b / articles).toFixed(2)} ms, this ${(t / articles).toFixed(2)} ms, ratio ${(t / b).toFixed(2)}x`,
  );
}
