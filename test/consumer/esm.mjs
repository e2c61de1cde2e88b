// A consumer importing the built package by its name, through package.json "exports" (ESM).
import assert from 'node:assert/strict';
import { CorroborateError, parseArticle } from 'corroborate';
import * as vitestEntry from 'corroborate/vitest';

const article = parseArticle({
  outlet: 'Reuters',
  text: 'Kyiv: Fighters crossed at 3 a.m. Moscow time. Moscow said it repelled them.',
});
assert.equal(article.sentences.length, 2);
assert.throws(() => parseArticle({ outlet: '', text: 'x' }), CorroborateError);
assert.ok(Object.keys(vitestEntry).length > 0);
console.log('esm consumer ok');
