import { describe, expect, it } from 'vitest';
import { extractClaims, parseArticle, resolveEntities } from '../../src/index.js';

const claimsOf = (text: string, outlets: string[] = ['X']) => {
  const article = parseArticle({ outlet: 'X', text });
  return extractClaims(article, resolveEntities([article]), { outlets });
};

describe('extractClaims: one claim a sentence, with speaker, verb, chain, quote, hedges and negation', () => {
  it("gives a pronoun speaker ('he added') the previous speaker, and keeps the quote's kind", () => {
    const claims = claimsOf(
      'Ukrainian fighters crossed into the Kursk region at 3 a.m., Kursk Governor Roman Starovoyt said on Telegram. "All attacks were repelled," he added.',
    );
    expect(claims.map((c) => [c.speaker, c.verb, c.quote])).toEqual([
      ['Kursk Governor Roman Starovoyt', 'said on Telegram', 'paraphrase'],
      ['Kursk Governor Roman Starovoyt', 'added', 'direct'],
    ]);
  });

  it('takes the person an appositive speaker ends on, not the region or team before the title', () => {
    const article = parseArticle({
      outlet: 'X',
      text: 'Shelling hit the village of Tyotkino on Tuesday, Kursk Governor Roman Starovoyt said on Telegram. "We are aware of the issue involving Vincent," Chargers general manager A.J. Butler said.',
    });
    const entities = resolveEntities([article]);
    const name = (id?: string) => entities.find((e) => e.id === id)?.canonical;
    expect(extractClaims(article, entities).map((c) => name(c.speakerEntity))).toEqual([
      'Roman Starovoyt',
      'A.J. Butler',
    ]);
  });

  it("reads citations ('according to TASS') and negation ('did not give')", () => {
    const claims = claimsOf(
      "Russia's Defence Ministry said its forces repelled four attacks near Tyotkino, according to TASS. The ministry did not give casualties.",
    );
    expect(claims.map((c) => [c.speaker ?? null, c.citations, c.negated])).toEqual([
      ["Russia's Defence Ministry", ['TASS'], false],
      [null, [], true],
    ]);
  });

  it("counts an outlet named in the text as cited ('told Reuters') when the outlet list holds it", () => {
    const claims = claimsOf('The Indian Navy apprehended 26 Somali pirates, a navy spokesman told Reuters.', [
      'X',
      'Reuters',
    ]);
    expect(claims.map((c) => [c.speaker, c.citations])).toEqual([['navy spokesman', ['Reuters']]]);
  });

  it('gives every claim an id of its article and a span into the input', () => {
    const text = 'Officials said 24 people were killed. Police said the blast was on Monday.';
    const article = parseArticle({ outlet: 'X', text });
    for (const c of extractClaims(article)) {
      expect(c.id.startsWith(`${article.id}#`)).toBe(true);
      expect(text.slice(c.span[0], c.span[1])).toBe(c.text);
    }
  });
});
