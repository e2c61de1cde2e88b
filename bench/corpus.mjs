// Builds a large, realistic corpus for the scale benchmarks from real text: N events × M outlets, each event made
// from one real event's sentences (the seeds and the ECB+ dev events), with its own names (people and places taken
// from ../shared/data/names, each outlet writing its own romanization variant), numbers rewritten in other units
// or changed, and sentences dropped and reordered per outlet. Fixed seed: the same arguments give the same files.
//
//   node bench/corpus.mjs --events 100 --outlets 10 --out bench/out/corpus-1k [--seed 42] [--size 4000]
//
// Writes FOLDER/manifest.json (the CLI's manifest), FOLDER/truth.json ({ event: [files] }, the expected grouping)
// and one text file per article. Needs the built package (npm run build).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../dist/index.js';
import { ecbplusFolders, random, readFolder } from './util.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const titleCase = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** The real source events: the seeds and each ECB+ dev event, as lists of articles. */
function sourceEvents() {
  return [join(ROOT, 'seeds'), ...ecbplusFolders()].map((dir) => readFolder(dir));
}

/** Pools of real name variants: entities with two or more spellings, by kind. */
function namePools() {
  const rows = readFileSync(join(SHARED, 'data', 'names', 'dev.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const byId = { person: new Map(), place: new Map() };
  for (const row of rows) {
    const [kind, a, b, label, ids] = row.split('\t');
    if (label !== '1' || !(kind in byId)) continue;
    const asWritten = (name) => {
      if (kind !== 'person') return name.trim();
      const [surname, given = ''] = name.split(',').map((s) => s.trim());
      const first = given.split(/\s+/)[0];
      return first ? `${titleCase(first)} ${surname.split(/\s+/).map(titleCase).join(' ')}` : '';
    };
    const map = byId[kind];
    const set = map.get(ids) ?? new Set();
    const tidy = (n) => (kind === 'place' && n === n.toUpperCase() ? n.split(' ').map(titleCase).join(' ') : n);
    for (const n of [a, b].map(asWritten).map(tidy)) if (n && /^[\p{L}' -]+$/u.test(n) && !/\s{2}/.test(n)) set.add(n);
    map.set(ids, set);
  }
  const pool = (kind, words) =>
    [...byId[kind].entries()]
      .sort((x, y) => (x[0] < y[0] ? -1 : 1))
      .map(([, set]) => [...set].filter((n) => n.split(' ').length === words))
      .filter((variants) => variants.length >= 2);
  const people = pool('person', 2);
  const part = (i) => people.map((vs) => [...new Set(vs.map((v) => v.split(' ')[i]))]);
  // every real given name, surname and one-word place with the spellings the data gives it
  const variants = [...part(0), ...part(1), ...pool('place', 1)].filter((vs) => vs.every((v) => /^\p{Lu}/u.test(v)));
  // and every other word of a person's or place's name in the data, with its one spelling
  const known = new Set(variants.flat().map((v) => v.toLowerCase()));
  const single = new Set();
  for (const row of rows) {
    const [kind, a, b] = row.split('\t');
    if (kind !== 'person' && kind !== 'place') continue;
    for (const w of `${a} ${b}`.replace(/,/g, ' ').split(/\s+/))
      if (/^[\p{L}'’-]{3,}$/u.test(w) && !known.has(w.toLowerCase())) single.add(titleCase(w));
  }
  return [...variants, ...[...single].sort().map((w) => [w])];
}

function shuffle(list, rnd) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Sentences of each source article, and the words of its names to replace: capitalized words inside sentences that
 * the event never writes in lower case (so 'Navy' in 'Indian Navy' stays when the text also says 'navy', and
 * 'Sukanya' goes), months and weekdays apart.
 */
const CALENDAR = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

function prepare(event) {
  const articles = event.map((a, i) => parseArticle({ id: `s${i}`, outlet: a.outlet, text: a.text }));
  const sentences = articles.map((a) => a.sentences.filter((s) => !s.heading).map((s) => s.text));
  const titles = articles.map((a) => a.title ?? a.sentences[0]?.text ?? '');
  const lower = new Set(articles.flatMap((a) => a.text.match(/\b[a-z][a-z'-]+\b/g) ?? []));
  const words = new Set();
  for (const sentence of sentences.flat())
    for (const m of sentence.matchAll(/(?<=[\s"“(])(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2,5}(?![\p{L}]))/gu))
      if (m[0].length > 1 && !lower.has(m[0].toLowerCase()) && !CALENDAR.has(m[0])) words.add(m[0]);
  return { sentences, titles, words: [...words].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)) };
}

const UNIT = /\b(\d{2,5}) (kilometres|kilometers|km|miles)\b/g;

function vary(text, rnd) {
  // numbers with units: another unit, rounded as outlets round; counts: sometimes changed
  let out = text.replace(UNIT, (all, n, unit) => {
    if (rnd() > 0.3) return all;
    const km = unit.startsWith('mile') ? Number(n) * 1.609 : Number(n);
    return unit.startsWith('mile') ? `${Math.round(km / 10) * 10} kilometres` : `${Math.round(km / 1.609)} miles`;
  });
  out = out.replace(/\b(\d{1,3}) (people|dead|killed|injured|victims|soldiers|fighters)\b/g, (all, n, what) =>
    rnd() < 0.1 ? `${Math.max(1, Number(n) + (rnd() < 0.5 ? -1 : 1))} ${what}` : all,
  );
  return out;
}

function main() {
  const events = Number(arg('events', 100));
  const outlets = Number(arg('outlets', 10));
  const size = Number(arg('size', 4000));
  const seed = Number(arg('seed', 42));
  const out = arg('out', join(ROOT, 'bench', 'out', `corpus-${events * outlets}`));
  const rnd = random(seed);
  const real = sourceEvents();
  const sources = real.map(prepare);
  const pool = shuffle(namePools(), rnd);
  const outletNames = [...new Set(real.flatMap((e) => e.map((a) => a.outlet)))].sort();
  let drawn = 0;
  const take = () => pool[Math.floor(rnd() * pool.length)] ?? pool[drawn++ % pool.length];

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest = [];
  const truth = {};
  const files = new Set();
  for (let e = 0; e < events; e++) {
    const source = sources[e % sources.length];
    // this event's own names: every name word of the source gets a real name, each outlet picks one spelling
    // (acronyms become other acronyms), and its own figures: every count scaled by one factor
    const letters = () => String.fromCharCode(65 + Math.floor(rnd() * 26));
    const acronym = (w) => [[...w].map(letters).join('')];
    const replacements = new Map(source.words.map((w) => [w, /^\p{Lu}+$/u.test(w) ? acronym(w) : take()]));
    const factor = 0.6 + rnd() * 1.2;
    const figures = (s) =>
      s.replace(/(?<![\d:.,])\b(\d{1,4})\b(?![\d:.,]| ?[ap]\.?m\b)/g, (all, d) => {
        const v = Number(d);
        return v < 2 || (v >= 1900 && v <= 2100) ? all : String(Math.max(2, Math.round(v * factor)));
      });
    const day = e % 2;
    // more outlets than the real names: the same names again, numbered ('Reuters (2)'), as one event of
    // thousands of articles needs
    const names = shuffle(outletNames, rnd);
    const chosenOutlets = Array.from({ length: outlets }, (_, k) =>
      k < names.length ? names[k] : `${names[k % names.length]} (${Math.floor(k / names.length) + 1})`,
    );
    truth[`event-${e}`] = [];
    chosenOutlets.forEach((outlet) => {
      const pick = (variants) => variants[Math.floor(rnd() * variants.length)];
      const spelling = new Map([...replacements].map(([word, variants]) => [word, pick(variants)]));
      const rename = (s) => {
        let r = s;
        for (const [from, to] of spelling)
          r = r.replace(new RegExp(`(?<![\\p{L}])${escapeRe(from)}(?![\\p{L}])`, 'gu'), to);
        return r;
      };
      // an outlet starts from one source article, drops some of its sentences, borrows others, swaps a few
      const base = Math.floor(rnd() * source.sentences.length);
      const own = source.sentences[base].filter(() => rnd() > 0.25);
      const borrowed = shuffle(source.sentences.flat(), rnd).filter((s) => !own.includes(s));
      const body = [...own];
      for (const s of borrowed) {
        if (body.join(' ').length >= size) break;
        body.splice(Math.floor(rnd() * (body.length + 1)), 0, s);
      }
      for (let k = 0; k + 1 < body.length; k++) if (rnd() < 0.1) [body[k], body[k + 1]] = [body[k + 1], body[k]];
      let text = '';
      for (const s of body) {
        if (text.length >= size) break;
        text += `${vary(figures(rename(s)), rnd)}${rnd() < 0.3 ? '\n\n' : ' '}`;
      }
      const title = figures(rename(source.titles[base])).slice(0, 200);
      let file;
      do
        file = `${Math.floor(rnd() * 2 ** 32)
          .toString(16)
          .padStart(8, '0')}.txt`;
      while (files.has(file));
      files.add(file);
      writeFileSync(join(out, file), `${title}\n\n${text.trim()}\n`);
      const hour = String(Math.floor(rnd() * 24)).padStart(2, '0');
      const minute = String(Math.floor(rnd() * 60)).padStart(2, '0');
      manifest.push({ file, outlet, publishedAt: `2024-03-${12 + day}T${hour}:${minute}:00Z`, title });
      truth[`event-${e}`].push(file);
    });
  }
  // a day's feed is not sorted by event
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(shuffle(manifest, rnd), null, 1)}\n`);
  writeFileSync(join(out, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
  const bytes = manifest.reduce((sum, m) => sum + readFileSync(join(out, m.file)).length, 0);
  console.log(
    `${out}: ${events} events × ${outlets} outlets = ${manifest.length} articles, ${(bytes / 1e6).toFixed(1)} MB (${Math.round(bytes / manifest.length)} bytes each)`,
  );
}

main();
