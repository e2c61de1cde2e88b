/**
 * Words that English news abbreviates inside the names of places and organizations, with the word each stands
 * for. Sources: the AP Stylebook's abbreviations of 'Mount', 'Fort', 'Saint' and of company words ('Bros.',
 * 'Corp.', 'Co.'), and the USPS Publication 28 standard abbreviations of street suffixes and of words in the
 * names of organizations ('Assn', 'Dept', 'Univ', 'Natl', 'Intl'). Written with or without a full stop ('Mt.
 * Cook', 'Mt Cook'); a name keeps the full stop as part of the word, and a comparison reads the full word.
 *
 * 'St' is 'Saint' before a name and 'Street' after one; it stands for neither here (place comparison already
 * lets a name carry or leave out 'Saint', and streets are compared as written).
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  mt: 'mount',
  mtn: 'mountain',
  ft: 'fort',
  pt: 'point',
  assn: 'association',
  assoc: 'association',
  dept: 'department',
  univ: 'university',
  natl: 'national',
  intl: 'international',
  inst: 'institute',
  govt: 'government',
  bros: 'brothers',
  mfg: 'manufacturing',
  ave: 'avenue',
  blvd: 'boulevard',
  hwy: 'highway',
  pkwy: 'parkway',
};

/** The word an abbreviation inside a name stands for ('Mt.' → 'mount'), or undefined when it is none. */
export function expandNameAbbreviation(word: string): string | undefined {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(NAME_ABBREVIATIONS, bare) ? NAME_ABBREVIATIONS[bare] : undefined;
}
