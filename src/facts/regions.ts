import { NATIONALITIES } from '../lexicon/nationalities.js';
import { KNOWN_PLACES, US_STATES } from '../lexicon/placeNames.js';

const COUNTRY_WORDS = /* @__PURE__ */ (() => new Set(Object.values(NATIONALITIES).flat()))();

/** Words after a name that make it a region's ('the Kursk region', 'Saginaw County', 'Kursk Oblast'). */
const REGION_AFTER = /^(region|regions|oblast|krai|province|provinces|district|districts|county|state|governorate)$/;

/**
 * A country, continent or US state ('the U.K.', 'Alabama', 'N.Y.'): a region whatever the event says; or, given the
 * word written after the name, a name before a region's word ('Kursk' in 'the Kursk region').
 */
export function isRegionName(label: string, after?: string): boolean {
  if (after !== undefined && REGION_AFTER.test(after)) return true;
  const lower = label.toLowerCase().replace(/^the /, '');
  const bare = lower.replace(/\./g, '');
  return KNOWN_PLACES.has(bare) || US_STATES.has(bare) || COUNTRY_WORDS.has(lower) || COUNTRY_WORDS.has(bare);
}
