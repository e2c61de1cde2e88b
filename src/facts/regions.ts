import { KNOWN_PLACES, US_STATES } from '../extract/tables/places.js';
import { NATIONALITIES } from '../lexicon/factWords.js';

const COUNTRY_WORDS = /* @__PURE__ */ (() => new Set(Object.values(NATIONALITIES).flat()))();

/** A country, continent or US state ('the U.K.', 'Alabama', 'N.Y.'): a region whatever the event says. */
export function isRegionName(label: string): boolean {
  const lower = label.toLowerCase().replace(/^the /, '');
  const bare = lower.replace(/\./g, '');
  return KNOWN_PLACES.has(bare) || US_STATES.has(bare) || COUNTRY_WORDS.has(lower) || COUNTRY_WORDS.has(bare);
}
