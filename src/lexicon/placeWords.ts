/**
 * Words of English place names (the feature and facility nouns of the USGS Geographic Names Information System
 * feature classes and the USPS Publication 28 street suffixes), read by mention extraction and by name comparison.
 */

/** Capitalised words that open a place's name ('Gulf of Aden', 'Mount Cook', 'Lake Baikal', 'Cape Town'). */
export const PLACE_LEADS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const STREET_HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const FEATURE_HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const NAMED_AFTER_HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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

/** Feature heads that are also common surnames ('Mark Hill', 'Sun-hee Park', 'Diane Lane'): after a given name, a person. */
export const SURNAME_FEATURE_HEADS = /* @__PURE__ */ new Set([
  'hill',
  'hills',
  'park',
  'lane',
  'forest',
  'heights',
  'mountain',
]);

/** Lower-case nouns after a name that make it where someone lives or comes from ('a Troy resident', 'Kursk natives'). */
export const ORIGIN_NOUNS = /* @__PURE__ */ new Set([
  'resident',
  'residents',
  'native',
  'natives',
  'homeowner',
  'homeowners',
]);

/** Nouns after a name that make it a place ('Kursk region', 'Nizhny Novgorod region'). */
export const PLACE_HEADS = /* @__PURE__ */ new Set([
  'region',
  'regions',
  'oblast',
  'krai',
  'province',
  'provinces',
  'district',
  'districts',
  'county',
  'state',
  'city',
  'town',
  'village',
  'border',
  'river',
  'sea',
  'lake',
  'mountains',
  'island',
  'islands',
  'peninsula',
  'valley',
  'airport',
  'port',
  'coast',
  'territory',
  'republic',
  'area',
  'front',
  'strait',
  'gulf',
  'bay',
]);

/** Words before a name that make it a place ('in Oryol', 'the village of Tyotkino'). */
export const PLACE_PREPOSITIONS = /* @__PURE__ */ new Set([
  'in',
  'near',
  'outside',
  'from',
  'into',
  'across',
  'towards',
  'toward',
  'inside',
  'around',
  'within',
  'through',
]);

/** Place nouns that introduce a name with 'of' ('the village of Tyotkino', 'the city of Kursk'). */
export const PLACE_NOUNS = /* @__PURE__ */ new Set([
  'village',
  'town',
  'city',
  'region',
  'province',
  'district',
  'republic',
  'state',
  'county',
  'settlement',
  'hamlet',
  'capital',
  'port',
  'island',
  'oblast',
]);

/** Words that make a name a town or village's ('Bay City', 'Gorod Zhodino', 'selo Pokrovka'). */
export const TOWN_LEVEL_WORDS: readonly string[] = [
  'gorod',
  'gorad',
  'horad',
  'misto',
  'miasto',
  'city',
  'town',
  'village',
  'selo',
  'sela',
  'derevnya',
  'poselok',
  'posyolok',
  'posiolok',
  'pgt',
  'smt',
  'stanitsa',
  'khutor',
  'aul',
  'selyshche',
];

/** Words that make a name an area's around a town ('Bay County', 'Kursk Oblast', 'Belgorod region'). */
export const AREA_LEVEL_WORDS: readonly string[] = [
  'rayon',
  'raion',
  'rajon',
  'oblast',
  'oblast’',
  "oblast'",
  'obl',
  'krai',
  'kray',
  'region',
  'district',
  'county',
  'province',
  'okrug',
  'municipality',
];

/** Words a place's name may carry or leave out without naming another place: its level, 'of', 'Saint'. */
export const SETTLEMENT_WORDS: readonly string[] = [
  ...TOWN_LEVEL_WORDS,
  ...AREA_LEVEL_WORDS,
  'of',
  'the',
  'st',
  'saint',
  'sainte',
  'sankt',
  'urban',
  'settlement',
  'rural',
];

/**
 * Adjectives that tell apart places of one name (Nizhniy / Verkhniy, Bol'shoy / Malyy, Staryy / Novyy), in the forms
 * of their genders, in Russian, Ukrainian, Belarusian and Polish: such a word only ever matches another of them,
 * never a town's name (Nizhin is not Nizhniy Novgorod).
 */
export const PLACE_MODIFIER_WORDS: readonly string[] = [
  'nizhniy',
  'nizhnyaya',
  'nizhneye',
  'nizhniye',
  'nyzhniy',
  'nyzhnya',
  'verkhniy',
  'verkhnyaya',
  'verkhneye',
  'verkhniye',
  'bolshoy',
  'bolshaya',
  'bolshoye',
  'bolshiye',
  'velykyi',
  'malyy',
  'malaya',
  'maloye',
  'malyye',
  'staryy',
  'staraya',
  'staroye',
  'staryye',
  'staryi',
  'novyy',
  'novaya',
  'novoye',
  'novyye',
  'novyi',
  'velikiy',
  'velikaya',
  'velikoye',
  'velikiye',
  'pervyy',
  'pervaya',
  'pervoye',
  'vtoroy',
  'vtoraya',
  'sredniy',
  'srednyaya',
  'nowy',
  'nowa',
  'stary',
  'stara',
  'wielki',
  'wielka',
  'gorny',
  'dolny',
];

/** Words for 'on (a river)' in town names: Rostov-na-Donu, Rostov-on-Don, Rostow nad Donem, Rostow am Don. */
export const ON_RIVER_WORDS: readonly string[] = [
  'na',
  'nad',
  'on',
  'am',
  'an',
  'aan',
  'pe',
  'prie',
  'pie',
  'sur',
  'upon',
  'del', // Spanish (Rostov del Don)
  'sobre', // Spanish and Portuguese (sobre el Don)
  'sul', // Italian
  'war', // Maltese
  'ved', // Danish and Norwegian
];
