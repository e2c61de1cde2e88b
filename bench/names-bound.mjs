// How far spelling rules can take compareNames on a labelled pairs file: per kind, the misses whose two keys share
// no word and differ in more than half their letters (aliases and renamings, such as Groznyy / Dzhokhar-Ghala),
// and the F1 that every other miss, fixed, would give at today's precision.
// usage: npm run build && node bench/names-bound.mjs [PAIRS.tsv]   (default ../shared/data/names/dev.tsv)
import levenshtein from 'fast-levenshtein';
import { compareNames, normalizeName } from '../dist/index.js';
import { readNamePairs } from './util.mjs';

const { rows } = readNamePairs(process.argv[2]);

for (const kind of ['person', 'place', 'organization', 'token']) {
  const asKind = kind === 'token' ? 'person' : kind;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let unrelated = 0;
  for (const [k, a, b, label] of rows) {
    if (k !== kind) continue;
    const match = compareNames(a, b, { kind: asKind }).match;
    if (match && label === '1') tp++;
    else if (match) fp++;
    else if (label === '1') {
      fn++;
      const ka = normalizeName(a, { kind: asKind });
      const kb = normalizeName(b, { kind: asKind });
      const words = new Set(ka.split(' '));
      const shareWord = kb.split(' ').some((w) => w.length > 2 && words.has(w));
      const apart = levenshtein.get(ka.replace(/ /g, ''), kb.replace(/ /g, '')) / Math.max(ka.length, kb.length, 1);
      if (!shareWord && apart > 0.5) unrelated++;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const best = (tp + fn - unrelated) / (tp + fn);
  const f1 = (p, r) => ((2 * p * r) / (p + r)).toFixed(3);
  console.log(
    `${kind.padEnd(13)} F1 ${f1(precision, recall)}  misses ${fn}, of which unrelated spellings ${unrelated}; ` +
      `every other miss fixed: recall ${best.toFixed(3)}, F1 ${f1(precision, best)}`,
  );
}
