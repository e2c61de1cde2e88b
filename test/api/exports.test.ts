import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('corroborate exports exactly these names', async () => {
    const api = await import('../../src/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'ArticleInputSchema',
      'ClaimSchema',
      'CorroborateError',
      'DEFAULT_MAX_TEXT_LENGTH',
      'DiscrepancyKindSchema',
      'DiscrepancySchema',
      'DiscrepancyValueSchema',
      'EntitySchema',
      'EntityVariantSchema',
      'MeasureSchema',
      'NAME_KINDS',
      'QuantitySchema',
      'ReadingSchema',
      'ReportSchema',
      'ScoredClusterSchema',
      'SourceScoreSchema',
      'TimeRefSchema',
      'alignFacts',
      'analyze',
      'clusterClaims',
      'compareNames',
      'discoverTruth',
      'extractClaims',
      'extractFacts',
      'extractMentions',
      'findDiscrepancies',
      'findMeasures',
      'formatReport',
      'groupEvents',
      'normalizeName',
      'parseArticle',
      'resolveEntities',
      'scoreEvent',
    ]);
  });

  it('corroborate/vitest exports exactly these names', async () => {
    const api = await import('../../src/vitest/index.js');
    expect(Object.keys(api).sort()).toEqual(['matchers']);
    expect(Object.keys(api.matchers).sort()).toEqual([
      'toAgreeOn',
      'toBeSpellingVariantOf',
      'toCorroborate',
      'toHaveNoDiscrepancies',
    ]);
  });
});
