// Units of measurement as news writes them (SI and US customary names, symbols and abbreviations, with the NIST
// SP 811 conversion factors to one base unit per dimension).

/** What a quantity measures; values of one dimension are converted to one base unit before they are compared. */
export type Dimension = 'length' | 'mass' | 'duration' | 'speed' | 'area' | 'volume' | 'currency' | 'percent' | 'count';

/** Every Dimension, for the schema of a quantity (a dimension left out here fails the typecheck where one is set). */
export const DIMENSIONS = [
  'length',
  'mass',
  'duration',
  'speed',
  'area',
  'volume',
  'currency',
  'percent',
  'count',
] as const satisfies readonly Dimension[];

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
  knot: { dimension: 'speed', factor: 1.852, name: 'km/h' },
  knots: { dimension: 'speed', factor: 1.852, name: 'km/h' },
  percent: { dimension: 'percent', factor: 1, name: '%' },
  '%': { dimension: 'percent', factor: 1, name: '%' },
  'per cent': { dimension: 'percent', factor: 1, name: '%' },
  dollars: { dimension: 'currency', factor: 1, name: 'USD' },
  $: { dimension: 'currency', factor: 1, name: 'USD' },
};
