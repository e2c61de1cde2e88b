import { describe, expect, it } from 'vitest';
import {
  alignFacts,
  analyze,
  clusterClaims,
  extractClaims,
  extractFacts,
  findDiscrepancies,
  findMeasures,
  parseArticle,
  resolveEntities,
  scoreEvent,
} from '../../src/index.js';
import { seedInputs } from '../helpers/seeds.js';

describe('the stages run by hand (DESIGN: every stage on its own)', () => {
  it('give the discrepancies and scores analyze gives', () => {
    const articles = seedInputs()
      .map((input) => parseArticle(input))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const outlets = [...new Set(articles.map((a) => a.outlet))].sort();
    const entities = resolveEntities(articles);
    const claims = articles.flatMap((a) => extractClaims(a, entities, { outlets }));
    const clusters = clusterClaims(claims);
    const slots = alignFacts(articles.flatMap((a) => extractFacts(a, claims, entities)));
    const measures = findMeasures(claims, clusters);
    const discrepancies = findDiscrepancies(measures, entities, claims, clusters, slots);
    const { sources, consistency } = scoreEvent(claims, clusters, measures, discrepancies, outlets, slots);

    const report = analyze(seedInputs());
    expect(discrepancies.map((d) => [d.kind, d.subject, d.severity])).toEqual(
      report.discrepancies.map((d) => [d.kind, d.subject, d.severity]),
    );
    expect(sources.map((s) => [s.outlet, s.credibility])).toEqual(report.sources.map((s) => [s.outlet, s.credibility]));
    expect(consistency).toBe(report.consistency);
    // the seeds' contest over Tyotkino and the time of the attack and its repulse
    expect(discrepancies.map((d) => d.kind)).toEqual(expect.arrayContaining(['contested', 'time']));
  });
});

describe('evidence ids (each stage owns its ids)', () => {
  it('points every evidence span at the claim it lies in, or at none (a headline is no claim)', () => {
    const report = analyze([
      ...seedInputs(),
      {
        id: 'headline-only',
        outlet: 'Headline Daily',
        text: 'Kursk Governor Roman Starovoit Speaks\n\nThe governor said the attack near Tyotkino was repelled at dawn.',
      },
    ]);
    const claims = new Map(report.claims.map((c) => [c.id, c]));
    let checked = 0;
    for (const d of report.discrepancies)
      for (const v of d.values)
        for (const e of v.evidence) {
          if (e.claimId === undefined) continue;
          checked++;
          const claim = claims.get(e.claimId);
          expect(claim?.articleId).toBe(e.articleId);
          expect(claim && claim.span[0] <= e.span[0] && e.span[1] <= claim.span[1]).toBe(true);
        }
    expect(checked).toBeGreaterThan(10);
  });
});
