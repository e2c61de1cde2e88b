/**
 * Name matching on its own: `import { compareNames } from 'corroborate/names'`. The same functions as the package
 * root; this entry lets the build keep them in a chunk of their own, so an app that only matches names does not
 * carry the extraction, scoring and report stages.
 *
 * @module
 */

export type { NameKind } from '../schema.js';
export { type CompareNamesOptions, compareNames, type NameComparison } from './compareNames.js';
export { type NormalizeNameOptions, normalizeName } from './normalizeName.js';
