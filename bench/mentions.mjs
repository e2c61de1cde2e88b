// extractMentions against the ECB+ gold entity mentions of ../shared/data/ecbplus-dev (real English news of eight
// events, 91 articles). Not a timing benchmark: it prints how many of the gold mentions that are names
// ('Jamal Williams', 'Gulf of Aden', 'NYPD') extractMentions finds, and how many of those it gives the gold's
// kind (HUM: a person or an organization; LOC: a place).
//
// Gold mentions counted: entity mentions of type HUM or LOC outside each file's first line (the headline, which
// extractMentions reads as a heading), whose words, after a leading article, begin with a capital letter, are not
// a pronoun, and are not one word opening a sentence ('Police say ...': capitals tell nothing there).
//
//   npm run build && node bench/mentions.mjs [--misses] [--kinds]
import fs from 'node:fs';
import path from 'node:path';
import { extractMentions, parseArticle } from '../dist/index.js';
import { ecbplusFolders } from './util.mjs';

const PRONOUN = /^(he|she|it|they|him|her|his|its|their|them|i|we|you|who|which|that|this|these|those)(?:'[a-z]+)?$/i;
const WANT = { HUM: ['person', 'organization'], LOC: ['place'] };

const totals = { gold: 0, found: 0, kindRight: 0, mentions: 0 };
const perType = { HUM: { gold: 0, found: 0, kindRight: 0 }, LOC: { gold: 0, found: 0, kindRight: 0 } };
const misses = [];
const wrongKinds = [];

for (const folder of ecbplusFolders()) {
  const dir = path.basename(folder);
  const gold = JSON.parse(fs.readFileSync(path.join(folder, 'gold_mentions.json'), 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  for (const entry of manifest) {
    const text = fs.readFileSync(path.join(folder, entry.file), 'utf8');
    const mentions = extractMentions(parseArticle({ outlet: entry.outlet, text }));
    totals.mentions += mentions.length;
    const lineStart = (offset) => text.lastIndexOf('\n', offset - 1) + 1;
    const named = gold.filter((g) => {
      if (g.file !== entry.file || g.event_entity !== 'entity' || !(g.mention_type in WANT)) return false;
      if (text.lastIndexOf('\n', g.char_start) < 0) return false; // the headline
      const words = g.text_span.replace(/^(the|a|an)\s+/i, '');
      if (!/^\p{Lu}/u.test(words) || PRONOUN.test(words)) return false;
      return !(g.char_start === lineStart(g.char_start) && !/\s/.test(g.text_span) && !/^\p{Lu}{2,}$/u.test(words));
    });
    for (const g of named) {
      const counts = perType[g.mention_type];
      totals.gold++;
      counts.gold++;
      const m = mentions.find((x) => x.span[0] < g.char_end && x.span[1] > g.char_start);
      const line = text.slice(lineStart(g.char_start), text.indexOf('\n', g.char_end) >>> 0);
      if (!m) {
        misses.push(`${dir}/${entry.file}: ${g.mention_type} "${g.text_span}" | ${line.slice(0, 160)}`);
        continue;
      }
      totals.found++;
      counts.found++;
      if (WANT[g.mention_type].includes(m.kind)) {
        totals.kindRight++;
        counts.kindRight++;
      } else {
        wrongKinds.push(`${g.mention_type} "${g.text_span}" -> ${m.kind} "${m.text}" | ${line.slice(0, 160)}`);
      }
    }
  }
}

const ratio = (a, b) => (b ? +(a / b).toFixed(3) : 0);
for (const [type, c] of Object.entries(perType)) {
  console.log(
    JSON.stringify({
      type,
      gold: c.gold,
      found: ratio(c.found, c.gold),
      kindRight: ratio(c.kindRight, c.found),
      foundWithKind: ratio(c.kindRight, c.gold),
    }),
  );
}
console.log(
  JSON.stringify({
    type: 'all',
    gold: totals.gold,
    found: ratio(totals.found, totals.gold),
    kindRight: ratio(totals.kindRight, totals.found),
    foundWithKind: ratio(totals.kindRight, totals.gold),
    mentions: totals.mentions,
  }),
);
if (process.argv.includes('--misses')) console.log(misses.join('\n'));
if (process.argv.includes('--kinds')) console.log(wrongKinds.join('\n'));
