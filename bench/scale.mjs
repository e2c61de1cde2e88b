// The CLI on a day of news: 1,000 and 10,000 generated articles (about 4 KB each; bench/corpus.mjs) that it must
// group into events and analyze, spread over worker threads. Prints wall time, peak memory (max RSS of the whole
// process, worker threads included) and the 10k / 1k time ratio, all from the same run.
//
//   npm run build && node bench/scale.mjs [--format text|json] (text: the CLI's default) [--jobs N] [--sizes 1000,10000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const format = option('format', 'text');
const jobs = option('jobs', undefined);
const sizes = option('sizes', '1000,10000').split(',').map(Number);
const OUTLETS = 10;

// runs the CLI in a child process that reports its own peak memory when it exits
const WRAPPER = `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(new URL('../dist/cli/index.js', import.meta.url).href)});`;

const wrapper = join(ROOT, 'bench', 'out', 'scale-wrapper.mjs');
mkdirSync(dirname(wrapper), { recursive: true });
writeFileSync(wrapper, WRAPPER);
const results = [];
for (const size of sizes) {
  const folder = join(ROOT, 'bench', 'out', `corpus-${size}`);
  if (!existsSync(join(folder, 'truth.json'))) {
    const made = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bench', 'corpus.mjs'),
        '--events',
        String(size / OUTLETS),
        '--outlets',
        String(OUTLETS),
        '--out',
        folder,
      ],
      { stdio: 'inherit' },
    );
    if (made.status !== 0) process.exit(1);
  }
  const out = join(ROOT, 'bench', 'out', `scale-${size}.${format === 'json' ? 'json' : 'txt'}`);
  const cli = [wrapper, folder, '--format', format, '--out', out];
  if (jobs) cli.push('--jobs', jobs);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  const rss = Number(/MAXRSS (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
  if (run.status !== 0 && run.status !== 2) {
    console.error(run.stderr);
    process.exit(1);
  }
  results.push({ size, seconds, rss });
  console.log(
    `${String(size).padStart(6)} articles  ${seconds.toFixed(1).padStart(6)} s  peak ${rss.toFixed(0).padStart(5)} MB  (${format}, jobs ${jobs ?? 'one per core'})`,
  );
}
if (results.length === 2) {
  const [small, large] = results;
  console.log(
    `${large.size / small.size}x the articles took ${(large.seconds / small.seconds).toFixed(2)}x the time (limit 12x); ${large.size} articles in ${large.seconds.toFixed(1)} s (limit 60 s), peak ${large.rss.toFixed(0)} MB (limit 2048 MB)`,
  );
}
