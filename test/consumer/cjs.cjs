// A consumer requiring the built package by its name, through package.json "exports" (CommonJS).
const assert = require('node:assert/strict');
const { CorroborateError, parseArticle } = require('corroborate');
const vitestEntry = require('corroborate/vitest');
const root = require('corroborate');
const namesEntry = require('corroborate/names');
const schemaEntry = require('corroborate/schema');

const article = parseArticle({ outlet: 'AFP', text: 'MOSCOW - Officials met the U.S. Ambassador. Talks ended.' });
assert.equal(article.dateline.place, 'MOSCOW');
assert.equal(article.sentences.length, 2);
assert.throws(() => parseArticle({ outlet: 'AFP', text: 1 }), CorroborateError);
assert.ok(Object.keys(vitestEntry).length > 0);
assert.equal(namesEntry.compareNames, root.compareNames);
assert.equal(
  namesEntry.normalizeName('Tyotkino', { kind: 'place' }),
  root.normalizeName('Tyotkino', { kind: 'place' }),
);
assert.equal(schemaEntry.ReportSchema, root.ReportSchema);
console.log('cjs consumer ok');
