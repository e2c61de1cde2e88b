// analyze on one event of many articles: 160, 640 and 2,560 generated articles of one event (bench/corpus.mjs,
// --events 1 --outlets N), each analyzed as one event. Prints the time per article at each size and the ratio of
// the largest to the smallest, all from this run (issue 22: at most 1.5x). The corpora are written once into
// bench/out/event-N and reused.
//
//   npm run build && node --expose-gc bench/event-size.mjs [--sizes 160,640,2560] [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const sizes = option('sizes', '160,640,2560').split(',').map(Number);
const runs = Number(option('runs', '3'));

function corpus(size) {
  const folder = join(ROOT, 'bench', 'out', `event-${size}`);
  if (!existsSync(join(folder, 'manifest.json'))) {
    const made = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bench', 'corpus.mjs'),
        '--events',
        '1',
        '--outlets',
        String(size),
        '--size',
        '3000',
        '--out',
        folder,
      ],
      { stdio: 'inherit' },
    );
    if (made.status !== 0) throw new Error(`bench/corpus.mjs failed for ${size}`);
  }
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  return manifest.map((m) => ({
    id: m.file,
    outlet: m.outlet,
    publishedAt: m.publishedAt,
    text: readFileSync(join(folder, m.file), 'utf8'),
  }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (const size of sizes) {
  const inputs = corpus(size);
  const times = [];
  // the largest size once: it takes a minute
  const n = size >= 2000 ? 1 : runs;
  for (let r = 0; r < n; r++) {
    globalThis.gc?.();
    const t0 = performance.now();
    const report = analyze(inputs);
    times.push(performance.now() - t0);
    if (report.articles.length !== inputs.length) throw new Error('articles lost');
  }
  const perArticle = median(times) / inputs.length;
  results.push({ size, perArticle });
  console.log(`${String(size).padStart(5)} articles: ${perArticle.toFixed(2)} ms per article (median of ${n})`);
}
const first = results[0];
const last = results[results.length - 1];
console.log(
  `per-article cost ${first.size} -> ${last.size}: ${(last.perArticle / first.perArticle).toFixed(2)}x (issue 22: <= 1.5x)`,
);
