import { dictionary } from './dictionary.js';

// English number words: cardinals, multipliers, vague amounts ('dozens'), fractions, ordinals and the idioms in
// which an ordinal is no rank ('first aid'), and the parts of a decade of a person's age ('in his early 30s').

/** Number words of English news text. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
  single: 1,
  both: 2,
  dozen: 12,
  couple: 2,
  pair: 2,
};

/** Multipliers written as words ('17 million', 'two thousand'). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

/** Vague amounts: a range of what they may mean. */
export const VAGUE_AMOUNTS: Readonly<Record<string, [number, number]>> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  several: [3, 9],
  'a few': [2, 5],
  few: [2, 5],
  many: [5, 1_000],
  multiple: [2, 9],
  numerous: [5, 1_000],
  'a number of': [3, 20],
};

/** Ordinal words and their numbers. */
export const ORDINALS: Readonly<Record<string, number>> = /* @__PURE__ */ dictionary({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
});

/**
 * Words after an ordinal that restrict the set it counts in to a time or a tenure ('the fourth coach since 2003',
 * 'under King', 'in four years'). 'of' does not: 'the 21st head coach of the 76ers' counts in the team's whole
 * history, the set an ordinal with no restriction counts in.
 */
export const ORDINAL_RESTRICTORS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'since',
  'under',
  'in',
  'during',
  'this',
]);

/** Idioms that hold an ordinal but state no rank ('third time's the charm', 'second nature'). */
export const ORDINAL_IDIOMS: readonly string[] = [
  "time's the charm",
  'time’s the charm',
  'time is the charm',
  "time's a charm",
  'time lucky',
  'nature',
  'thoughts',
  'guessing',
  'hand',
  'glance',
  'half',
  'quarter',
  'place finish',
  'person',
  'look',
  'opinion',
  'fiddle',
  'cousin',
  // a class in a scale of law or medicine, not a rank: 'third degree murder', 'second-degree burns'
  'degree',
  // 'a third party', 'first class', 'first aid', 'first lady'
  'party',
  'class',
  'aid',
  'lady',
];

/**
 * Words before 'the' and an ordinal that make the ordinal a point of comparison, not the subject's own rank:
 * 'two games behind the eighth seed', 'ahead of the third-placed team', 'better than the fifth'.
 */
export const ORDINAL_REFERENCES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'behind',
  'ahead',
  'than',
  'above',
  'below',
  'beyond',
  'trailing',
  'trail',
  'trails',
  'overtook',
  'overtake',
  'past',
]);

/** Fractions written as words before a unit ('half a mile', 'a quarter of a mile', 'three-quarters of a mile'). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = /* @__PURE__ */ dictionary({
  half: 0.5,
  quarter: 0.25,
  'three-quarters': 0.75,
  'three quarters': 0.75,
  third: 1 / 3,
  'two-thirds': 2 / 3,
});

/** A number stated as nothing: 'no one was killed', 'there were no injuries' (a value of zero). */
export const NONE_WORDS: readonly string[] = ['no one', 'nobody', 'none', 'no'];

/** Decades of a person's age ('in his early 30s'): the years each part of a decade covers. */
export const DECADE_PARTS: Readonly<Record<string, [number, number]>> = /* @__PURE__ */ dictionary({
  early: [0, 3],
  mid: [3, 6],
  'mid-': [3, 6],
  late: [6, 9],
});
