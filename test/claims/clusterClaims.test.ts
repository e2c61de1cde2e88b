import { describe, expect, it } from 'vitest';
import { clusterClaims, extractClaims, findMeasures, parseArticle, resolveEntities } from '../../src/index.js';

// the same two facts told by two outlets each (the pirate raid of ECB+ topic 12, a storm), headlines first
const texts = [
  'Indian Navy foils pirate attack in Gulf of Aden\n\nThe Indian Navy thwarted a piracy attempt in the Gulf of Aden on Thursday and apprehended 26 Somali pirates, a navy spokesman said.',
  'Navy nabs pirates\n\nThe Indian Navy thwarted a piracy attack in the Gulf of Aden on Thursday and captured 28 Somali pirates, a navy spokesman said.',
  'Storm\n\nHurricane winds of 120 mph lashed the coast on Monday, forecasters said.',
  'Storm hits\n\nHurricane winds of 193 km/h lashed the coast on Monday, forecasters said.',
];

function pipeline() {
  const articles = texts.map((text, i) => parseArticle({ outlet: `O${i}`, text }));
  const entities = resolveEntities(articles);
  const claims = articles.flatMap((a) => extractClaims(a, entities, { outlets: articles.map((x) => x.outlet) }));
  const clusters = clusterClaims(claims);
  return { claims, clusters, measures: findMeasures(claims, clusters) };
}

describe('extractClaims, clusterClaims and findMeasures on one fact told by several outlets', () => {
  it('reads one claim a story sentence, with its speaker and quantities (headlines are not claims)', () => {
    const { claims } = pipeline();
    expect(claims.map((c) => [c.outlet, c.speaker, c.quantities.map((q) => q.raw)])).toEqual([
      ['O0', 'navy spokesman', ['26 Somali pirates']],
      ['O1', 'navy spokesman', ['28 Somali pirates']],
      ['O2', 'forecasters', ['120 mph']],
      ['O3', 'forecasters', ['193 km/h']],
    ]);
  });

  it('puts the same claim of two outlets in one cluster and different claims apart', () => {
    const { clusters } = pipeline();
    expect(clusters.map((c) => c.outlets)).toEqual([
      ['O0', 'O1'],
      ['O2', 'O3'],
    ]);
  });

  it('lines up the same figure across outlets in one measure, in one unit (120 mph is 193 km/h)', () => {
    const { measures } = pipeline();
    expect(measures.map((m) => [m.kind, m.unit, m.readings.map((r) => [r.raw, Math.round(r.value)])])).toEqual([
      [
        'count',
        'somali pirates',
        [
          ['26 Somali pirates', 26],
          ['28 Somali pirates', 28],
        ],
      ],
      [
        'number',
        'km/h',
        [
          ['120 mph', 193],
          ['193 km/h', 193],
        ],
      ],
    ]);
  });

  it('does not depend on the order of the claims', () => {
    const { claims, clusters } = pipeline();
    const reversed = clusterClaims([...claims].reverse());
    expect(reversed.map((c) => c.claimIds)).toEqual(clusters.map((c) => c.claimIds));
  });
});
