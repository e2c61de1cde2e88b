/** Number words of English news text. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  a: 1, an: 1, single: 1, both: 2, dozen: 12, couple: 2, pair: 2,
};

/** Multipliers written as words ('17 million', 'two thousand'). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

/** Vague amounts: a range of what they may mean. */
export const VAGUE_AMOUNTS: Readonly<Record<string, [number, number]>> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2_000, 9_999], several: [3, 9],
  'a few': [2, 5], few: [2, 5], many: [5, 1_000], multiple: [2, 9], numerous: [5, 1_000], 'a number of': [3, 20],
};

/**
 * Hedges before a number and how far they widen it, as [low factor, high factor] of the stated value.
 * 'at least 2' is 2..∞; 'nearly 500' is just below 500; 'about 95' is 95 ± 10 %.
 */
export const HEDGES: Readonly<Record<string, [number, number]>> = {
  about: [0.9, 1.1], around: [0.9, 1.1], approximately: [0.9, 1.1], roughly: [0.9, 1.1], some: [0.9, 1.1],
  'an estimated': [0.85, 1.15], estimated: [0.85, 1.15], nearly: [0.9, 1], almost: [0.9, 1], 'just under': [0.9, 1],
  'just over': [1, 1.1], 'close to': [0.9, 1], 'up to': [0, 1], 'as many as': [0.5, 1], 'at least': [1, 10],
  'more than': [1, 1.5], 'over': [1, 1.5], 'fewer than': [0.5, 1], 'less than': [0.5, 1], 'under': [0.5, 1],
  'at most': [0, 1], 'no fewer than': [1, 10], 'no more than': [0, 1], 'upwards of': [1, 1.5], 'well over': [1.1, 2],
};

export type Dimension = 'length' | 'mass' | 'duration' | 'speed' | 'area' | 'volume' | 'currency' | 'percent' | 'count';

/** Units: each written form with its dimension and factor to the base unit (km, tonne, hour, km/h, km², litre). */
export const UNITS: Readonly<Record<string, { dimension: Dimension; factor: number; name: string }>> = {
  km: { dimension: 'length', factor: 1, name: 'km' },
  kms: { dimension: 'length', factor: 1, name: 'km' },
  kilometre: { dimension: 'length', factor: 1, name: 'km' },
  kilometres: { dimension: 'length', factor: 1, name: 'km' },
  kilometer: { dimension: 'length', factor: 1, name: 'km' },
  kilometers: { dimension: 'length', factor: 1, name: 'km' },
  mile: { dimension: 'length', factor: 1.609344, name: 'km' },
  miles: { dimension: 'length', factor: 1.609344, name: 'km' },
  mi: { dimension: 'length', factor: 1.609344, name: 'km' },
  m: { dimension: 'length', factor: 0.001, name: 'km' },
  metre: { dimension: 'length', factor: 0.001, name: 'km' },
  metres: { dimension: 'length', factor: 0.001, name: 'km' },
  meter: { dimension: 'length', factor: 0.001, name: 'km' },
  meters: { dimension: 'length', factor: 0.001, name: 'km' },
  feet: { dimension: 'length', factor: 0.0003048, name: 'km' },
  ft: { dimension: 'length', factor: 0.0003048, name: 'km' },
  yards: { dimension: 'length', factor: 0.0009144, name: 'km' },
  tonne: { dimension: 'mass', factor: 1, name: 'tonnes' },
  tonnes: { dimension: 'mass', factor: 1, name: 'tonnes' },
  ton: { dimension: 'mass', factor: 0.907185, name: 'tonnes' },
  tons: { dimension: 'mass', factor: 0.907185, name: 'tonnes' },
  kg: { dimension: 'mass', factor: 0.001, name: 'tonnes' },
  kilograms: { dimension: 'mass', factor: 0.001, name: 'tonnes' },
  pounds: { dimension: 'mass', factor: 0.000453592, name: 'tonnes' },
  lbs: { dimension: 'mass', factor: 0.000453592, name: 'tonnes' },
  hour: { dimension: 'duration', factor: 1, name: 'hours' },
  hours: { dimension: 'duration', factor: 1, name: 'hours' },
  minute: { dimension: 'duration', factor: 1 / 60, name: 'hours' },
  minutes: { dimension: 'duration', factor: 1 / 60, name: 'hours' },
  day: { dimension: 'duration', factor: 24, name: 'hours' },
  days: { dimension: 'duration', factor: 24, name: 'hours' },
  week: { dimension: 'duration', factor: 168, name: 'hours' },
  weeks: { dimension: 'duration', factor: 168, name: 'hours' },
  month: { dimension: 'duration', factor: 730, name: 'hours' },
  months: { dimension: 'duration', factor: 730, name: 'hours' },
  year: { dimension: 'duration', factor: 8766, name: 'hours' },
  years: { dimension: 'duration', factor: 8766, name: 'hours' },
  kph: { dimension: 'speed', factor: 1, name: 'km/h' },
  'km/h': { dimension: 'speed', factor: 1, name: 'km/h' },
  mph: { dimension: 'speed', factor: 1.609344, name: 'km/h' },
  percent: { dimension: 'percent', factor: 1, name: '%' },
  '%': { dimension: 'percent', factor: 1, name: '%' },
  'per cent': { dimension: 'percent', factor: 1, name: '%' },
  dollars: { dimension: 'currency', factor: 1, name: 'USD' },
  $: { dimension: 'currency', factor: 1, name: 'USD' },
};
