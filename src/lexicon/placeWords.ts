/**
 * Words of English place names (the feature and facility nouns of the USGS Geographic Names Information System
 * feature classes and the USPS Publication 28 street suffixes), read by mention extraction and by name comparison.
 */

/** Capitalised words that open a place's name ('Gulf of Aden', 'Mount Cook', 'Lake Baikal', 'Cape Town'). */
export const PLACE_LEADS: ReadonlySet<string> = new Set([
  'gulf',
  'bay',
  'sea',
  'strait',
  'lake',
  'mount',
  'mt',
  'cape',
  'isle',
  'fort',
  'ft',
]);

/** Words that close the name of a street or road (USPS Publication 28 suffixes): '117th Street', 'Route 52 Highway'. */
export const STREET_HEADS: ReadonlySet<string> = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'boulevard',
  'blvd',
  'lane',
  'drive',
  'highway',
  'freeway',
  'expressway',
  'parkway',
]);

/**
 * Capitalised words that close a place's name ('117th Street', 'Tasman Glacier', 'Richmond Hill', 'Cook National
 * Park'); written alone they are ordinary words.
 */
export const FEATURE_HEADS: ReadonlySet<string> = new Set([
  ...STREET_HEADS,
  'square',
  'plaza',
  'park',
  'garden',
  'gardens',
  'glacier',
  'hill',
  'hills',
  'heights',
  'mountain',
  'canyon',
  'beach',
  'bridge',
  'harbor',
  'harbour',
  'falls',
  'forest',
  'desert',
]);

/**
 * Nouns that, closing a place's name, make it another place named after the first ('Mount Cook Village' is not
 * 'Mount Cook', 'Kursk Oblast' is not 'Kursk', 'Richmond Hill' is not 'Richmond'): features, facilities and
 * the areas around a town. 'City' and 'State' are left out: 'New York City' and 'Washington State' are how news
 * writes the town and the state themselves.
 */
export const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([
  ...FEATURE_HEADS,
  'village',
  'airport',
  'airfield',
  'port',
  'station',
  'river',
  'lake',
  'valley',
  'island',
  'islands',
  'peninsula',
  'coast',
  'border',
  'dam',
  'reservoir',
  'hut',
  'camp',
  'base',
  'region',
  'oblast',
  'krai',
  'province',
  'district',
  'county',
  'parish',
  'township',
  'borough',
]);

/**
 * The points of the compass as English writes a bearing from a place ('10 km north-east of Ludian'), in degrees
 * clockwise from north, keyed without hyphens or spaces ('north-east', 'north east' → 'northeast'): the 16-point
 * rose, whose names the USGS and the wire services use in earthquake and maritime reports. A name of the 8-point
 * rose stands for a sector 45 degrees wide; one of the 16-point rose ('north-northeast') for 22.5 degrees.
 */
export const COMPASS_POINTS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ['north', 0],
  ['northnortheast', 22.5],
  ['northeast', 45],
  ['eastnortheast', 67.5],
  ['east', 90],
  ['eastsoutheast', 112.5],
  ['southeast', 135],
  ['southsoutheast', 157.5],
  ['south', 180],
  ['southsouthwest', 202.5],
  ['southwest', 225],
  ['westsouthwest', 247.5],
  ['west', 270],
  ['westnorthwest', 292.5],
  ['northwest', 315],
  ['northnorthwest', 337.5],
]);
