/**
 * Folding of romanized spellings into one key, applied left to right, longest match first. Each rule names the
 * Cyrillic letter(s) whose renderings it joins (see romanization.ts). Output symbols are chosen so that the
 * output of a rule maps to itself, which keeps normalizeName idempotent.
 */
export const FOLD_RULES: readonly [from: string, to: string, letter: string][] = [
  // щ: shch (BGN, ICAO), schtsch (German), szcz (Polish), chtch (French), shh (GOST); with ш it folds to sh
  ['schtsch', 'sh', 'щ'],
  ['shtch', 'sh', 'щ'],
  ['chtch', 'sh', 'щ'],
  ['shch', 'sh', 'щ'],
  ['szcz', 'sh', 'щ'],
  ['shh', 'sh', 'щ'],
  // ч: tsch (German), tch (French), cz (Polish), ch (English)
  ['tsch', 'ch', 'ч'],
  ['tsj', 'ch', 'ч'], // Dutch
  ['tch', 'ch', 'ч'],
  ['cz', 'ch', 'ч'],
  ['ch', 'ch', 'ч'],
  // ш: sch (German), sz (Polish), sh (English)
  ['sch', 'sh', 'ш'],
  ['sz', 'sh', 'ш'],
  ['sj', 'sh', 'ш'], // Dutch, Swedish
  ['sh', 'sh', 'ш'],
  // ж: zh (English), dzh/dj for дж
  ['dzh', 'zh', 'дж'],
  ['dj', 'zh', 'дж'],
  ['zh', 'zh', 'ж'],
  // х and Ukrainian г: kh, h, gh and g are one sound class
  ['kh', 'g', 'х'],
  ['gh', 'g', 'г'],
  ['h', 'g', 'х/г'],
  // ц: ts, tz, c before a front vowel or k or at the end of a word (ISO 9, Polish)
  ['tz', 'ts', 'ц'],
  ['ck', 'tsk', 'цк'],
  // other Latin habits
  ['ph', 'f', 'ф'],
  ['th', 't', 'т'],
  ['w', 'v', 'в'],
  ['x', 'ks', 'кс'],
  ['q', 'k', 'к'],
  ['ou', 'u', 'у'],
  // й, ы, и, і: y, j, i, ï are one vowel class
  ['y', 'i', 'й/ы'],
  ['j', 'i', 'й'],
];
