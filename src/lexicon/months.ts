/**
 * The months as English news writes them before or after a day ('Nov. 11', 'November 11, 2011', '11 November
 * 2011'): full names, and the AP Stylebook's abbreviations with a date (Jan., Feb., Aug., Sept., Oct., Nov., Dec.;
 * March to July are never abbreviated in AP style, but other styles write Mar., Apr., Jun., Jul., Sep.). Keyed in
 * lower case, valued 1 to 12. A month is read only when capitalised: 'may' and 'march' are also verbs.
 */
export const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);
