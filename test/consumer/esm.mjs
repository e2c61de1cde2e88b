// A consumer importing the built package by its name, through package.json "exports" (ESM).
import assert from 'node:assert/strict';
import * as root from 'corroborate';
import { CorroborateError, parseArticle } from 'corroborate';
import * as namesEntry from 'corroborate/names';
import * as schemaEntry from 'corroborate/schema';
import * as vitestEntry from 'corroborate/vitest';

const article = parseArticle({
  outlet: 'Reuters',
  text: 'Kyiv: Fighters crossed at 3 a.m. Moscow time. Moscow said it repelled them.',
});
assert.equal(article.sentences.length, 2);
assert.throws(() => parseArticle({ outlet: '', text: 'x' }), CorroborateError);
assert.ok(Object.keys(vitestEntry).length > 0);
// the subpath entries hand out the very same functions and schemas as the root
assert.equal(namesEntry.compareNames, root.compareNames);
assert.equal(namesEntry.normalizeName, root.normalizeName);
assert.equal(namesEntry.compareNames('Starovoyt', 'Starovoit', { kind: 'person' }).match, true);
assert.equal(schemaEntry.ReportSchema, root.ReportSchema);
assert.equal(schemaEntry.ArticleInputSchema.safeParse({ outlet: 'AP', text: 'x' }).success, true);
console.log('esm consumer ok');
