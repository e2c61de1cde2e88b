// How much discoverTruth's accuracy depends on which sources happen to be there: each run leaves out a fraction
// of the sources at random (seeded, the same sources on every Flight day) and scores the picks with the eval
// scripts' own --chosen mode, so the rule is theirs. The dev halves are small (48 books), so a figure that holds
// only with every source present may not hold on the held-out half; this shows how far it moves.
// usage: npm run build && node bench/truth-robust.mjs [--runs 10] [--drop 0.2] [--seed 1] [--only book|flight]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { discoverTruth } from '../dist/index.js';
import { bookClaims, flightClaims, flightDays, flightKind, random, TRUTH_DIR } from './util.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    drop: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const runs = Number(args.runs);
const drop = Number(args.drop);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
if (!(drop >= 0 && drop < 1)) throw new Error('--drop must be a fraction from 0 up to 1');
const evalDir = path.join(TRUTH_DIR, '..', '..', 'eval');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'truth-robust-'));

const sourcesOf = (claims) => [...new Set(claims.map((c) => c.source))].sort();
/**
 * The first run with every source, then `runs` runs each without a random share of them; `scoreRun(out)` scores
 * one run. Each benchmark draws from its own generator, so that --only does not change the other's runs.
 */
function eachRun(sources, scoreRun) {
  const next = random(Number(args.seed));
  const figures = [];
  const left = [];
  for (let run = 0; run <= runs; run++) {
    const out = run === 0 ? new Set() : new Set(sources.filter(() => next() < drop));
    left.push(out);
    figures.push(scoreRun(out));
  }
  return { figures, left };
}

/** Runs an eval script; returns its last JSON line and the items it names as misses. */
function score(script, argv) {
  const run = spawnSync(process.execPath, [path.join(evalDir, script), ...argv], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  const misses = [...run.stderr.matchAll(/^miss (\S+):/gm)].map((m) => m[1]);
  return { ...JSON.parse(run.stdout.trim().split('\n').pop()), misses };
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** Prints the figures of the runs; `describe(out)` says what the lowest run left out. */
const report = (label, figures, left, describe) => {
  const accuracies = figures.map((f) => f.accuracy);
  console.log(
    `${label.padEnd(10)} all sources ${figures[0].accuracy.toFixed(3)}; ${runs} runs without ${(drop * 100).toFixed(0)}% of ` +
      `the sources: mean ${mean(accuracies.slice(1)).toFixed(3)}, min ${Math.min(...accuracies.slice(1)).toFixed(3)}, ` +
      `max ${Math.max(...accuracies.slice(1)).toFixed(3)}`,
  );
  const worst = accuracies.indexOf(Math.min(...accuracies.slice(1)), 1);
  console.log(`           the lowest run left out: ${describe(left[worst])}`);
};

if (args.only !== 'flight') {
  const claims = bookClaims();
  const sources = sourcesOf(claims);
  const { figures, left } = eachRun(sources, (out) => {
    const result = discoverTruth(
      claims.filter((c) => !out.has(c.source)),
      { kind: 'names' },
    );
    const file = path.join(scratch, 'book.tsv');
    fs.writeFileSync(file, result.items.map((i) => `${i.item}\t${i.value}`).join('\n'));
    const book = path.join(TRUTH_DIR, 'book');
    return score('book.mjs', [path.join(book, 'book.txt'), path.join(book, 'gold-dev.tsv'), '--chosen', file]);
  });
  console.log(
    `Book       correct per run (the first with all sources): ${figures.map((f) => f.correct).join(' ')} of ${figures[0].total}`,
  );
  const missed = new Map();
  for (const f of figures.slice(1)) for (const isbn of f.misses) missed.set(isbn, (missed.get(isbn) ?? 0) + 1);
  const always = figures[0].misses;
  console.log(
    `           missed with all sources: ${always.join(', ') || 'none'}; in the runs: ` +
      [...missed]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([isbn, n]) => `${isbn} ${n}x`)
        .join(', '),
  );
  report('Book', figures, left, (out) => `${out.size} of ${sources.length} shops`);
}

if (args.only !== 'book') {
  const days = flightDays();
  const perDay = days.map((day) => flightClaims([day]));
  const sources = sourcesOf(perDay.flat());
  const { figures, left } = eachRun(sources, (out) => {
    const dir = fs.mkdtempSync(path.join(scratch, 'flight-'));
    days.forEach((day, d) => {
      const result = discoverTruth(
        perDay[d].filter((c) => !out.has(c.source)),
        { kind: flightKind, referenceDate: day },
      );
      fs.writeFileSync(path.join(dir, `${day}.tsv`), result.items.map((i) => `${i.item}\t${i.value}`).join('\n'));
    });
    const flight = path.join(TRUTH_DIR, 'flight');
    return score('flight.mjs', [path.join(flight, 'data'), path.join(flight, 'truth'), '--chosen', dir]);
  });
  report('Flight', figures, left, (out) => [...out].join(', '));
}
fs.rmSync(scratch, { recursive: true, force: true });
