// Shared helpers of the benchmarks: timing rounds, printing medians, reading article folders.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `rounds` times after `warmup` runs; returns the times in milliseconds. */
export function time(fn, { rounds = 5, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function summary(times) {
  return {
    median: +median(times).toFixed(2),
    min: +Math.min(...times).toFixed(2),
    max: +Math.max(...times).toFixed(2),
  };
}

/** The articles of a folder read through its manifest.json, each id the file name after `prefix`. */
export function readFolder(dir, prefix = '') {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return manifest.map((m) => ({
    id: `${prefix}${m.file}`,
    outlet: m.outlet,
    text: fs.readFileSync(path.join(dir, m.file), 'utf8'),
    ...(m.title ? { title: m.title } : {}),
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
  }));
}

/** The ECB+ development events beside the project (../shared/data/ecbplus-dev), one folder each, sorted. */
export function ecbplusFolders() {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'ecbplus-dev');
  return fs
    .readdirSync(root)
    .filter((d) => d.endsWith('_ecbplus'))
    .sort()
    .map((d) => path.join(root, d));
}

/**
 * Labelled name pairs (kind, a, b, label) from a pairs file, by default ../shared/data/names/dev.tsv; returns the
 * file read and its rows without the header.
 */
export function readNamePairs(file) {
  const chosen =
    file ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'names', 'dev.tsv');
  const rows = fs
    .readFileSync(chosen, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  return { file: chosen, rows };
}

const truthDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'truth');
export const TRUTH_DIR = truthDir;

/** The claims of the Book benchmark: source, ISBN, author list. */
export function bookClaims() {
  const claims = [];
  for (const line of fs.readFileSync(path.join(truthDir, 'book', 'book.txt'), 'utf8').split(/\r?\n/)) {
    const [source, isbn, , author] = line.split('\t');
    if (source && isbn && author?.trim())
      claims.push({ source: source.trim(), item: isbn.trim(), value: author.trim() });
  }
  return claims;
}

const FLIGHT_ATTRIBUTES = [
  'scheduled departure',
  'actual departure',
  'departure gate',
  'scheduled arrival',
  'actual arrival',
  'arrival gate',
];

/** The days of the Flight benchmark's data, YYYY-MM-DD, in order. */
export function flightDays() {
  return fs
    .readdirSync(path.join(truthDir, 'flight', 'data'))
    .filter((f) => f.endsWith('-data.txt'))
    .sort()
    .map((f) => f.slice(0, 10));
}

/**
 * The claims of some Flight days, an item a flight and attribute ('AA-616-DFW-DTW|actual departure', as the eval
 * names them); with `dayInItem` the day comes first, so that the items of different days are different items.
 */
export function flightClaims(days, { dayInItem = false } = {}) {
  const claims = [];
  for (const day of days) {
    for (const line of fs
      .readFileSync(path.join(truthDir, 'flight', 'data', `${day}-data.txt`), 'utf8')
      .split(/\r?\n/)) {
      const [source, flight, ...vals] = line.split('\t');
      if (!source || !flight) continue;
      FLIGHT_ATTRIBUTES.forEach((a, i) => {
        const v = (vals[i] ?? '').trim();
        const item = `${flight.trim()}|${a}`;
        if (v) claims.push({ source: source.trim(), item: dayInItem ? `${day}|${item}` : item, value: v });
      });
    }
  }
  return claims;
}

export const flightKind = (item) => (item.endsWith('gate') ? 'category' : 'time');

/** mulberry32: a small seeded generator of numbers in [0, 1), so that a benchmark's draws are the same everywhere. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
