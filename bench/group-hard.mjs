// groupEvents on events of one kind mixed together: ../shared/data/ecbplus-dev (one event a folder) with
// ../shared/data/ecb-dev-hard (an earlier event of the same kind for each), ids that carry no trace of the folder.
// Prints pairwise precision, recall and F1 on the mix and on ecbplus-dev alone (issue 22's acceptance: F1 >= 0.95
// with precision >= 0.95 on the mix, F1 >= 0.95 alone).
// usage: npm run build && node bench/group-hard.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupEvents } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '..', '..', 'shared', 'data');

function read(folder, label) {
  const dir = path.join(data, folder);
  const out = [];
  for (const event of fs
    .readdirSync(dir)
    .filter((d) => /_ecb(plus)?$/.test(d))
    .sort()) {
    const manifestFile = path.join(dir, event, 'manifest.json');
    const manifest = fs.existsSync(manifestFile)
      ? JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
      : fs
          .readdirSync(path.join(dir, event))
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((file, i) => ({ file, outlet: `source ${event}-${i + 1}` }));
    for (const m of manifest) {
      const input = { outlet: m.outlet, text: fs.readFileSync(path.join(dir, event, m.file), 'utf8') };
      if (m.publishedAt) input.publishedAt = m.publishedAt;
      out.push({ input, event: `${label}/${event}` });
    }
  }
  return out;
}

function pairwise(items) {
  // opaque ids: the position in a fixed shuffle
  const order = items.map((_, i) => i).sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009) || a - b);
  const inputs = order.map((i, k) => ({ ...items[i].input, id: `a${k}` }));
  const event = new Map(order.map((i, k) => [`a${k}`, items[i].event]));
  const group = new Map();
  groupEvents(inputs).forEach((g, i) => {
    for (const id of g.articleIds) group.set(id, i);
  });
  const ids = [...event.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const same = event.get(ids[i]) === event.get(ids[j]);
      const together = group.get(ids[i]) === group.get(ids[j]);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return {
    precision: +p.toFixed(3),
    recall: +r.toFixed(3),
    f1: +((2 * p * r) / (p + r)).toFixed(3),
    articles: ids.length,
  };
}

const plus = read('ecbplus-dev', 'plus');
const hard = read('ecb-dev-hard', 'hard');
console.log('mixed   ', JSON.stringify(pairwise([...plus, ...hard])));
console.log('ecbplus ', JSON.stringify(pairwise(plus)));
if (process.argv.includes('--groups')) {
  const items = [...plus, ...hard];
  const inputs = items.map((it, k) => ({ ...it.input, id: `a${k}` }));
  for (const g of groupEvents(inputs)) {
    const counts = {};
    for (const id of g.articleIds) {
      const e = items[Number(id.slice(1))].event;
      counts[e] = (counts[e] ?? 0) + 1;
    }
    if (Object.keys(counts).length > 1) console.log(JSON.stringify(counts));
  }
}
if (process.argv.includes('--splits')) {
  const inputs = plus.map((it, k) => ({ ...it.input, id: `a${k}` }));
  const of = {};
  groupEvents(inputs).forEach((g, gi) => {
    for (const id of g.articleIds) {
      const e = plus[Number(id.slice(1))].event;
      of[e] ??= {};
      of[e][gi] = (of[e][gi] ?? 0) + 1;
    }
  });
  for (const [e, groups] of Object.entries(of))
    if (Object.keys(groups).length > 1) console.log(e, JSON.stringify(groups));
}
