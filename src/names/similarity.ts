import levenshtein from 'fast-levenshtein';
import { ENGLISH_SHORT_FORMS, GIVEN_NAME_GROUPS } from '../lexicon/givenNames.js';
import { memoize } from '../text/memoize.js';
import { foldScript } from './foldScript.js';
import { wordKey } from './wordKey.js';

/** Edits allowed between two keys: none for short words, more as words grow. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 10) return 2;
  return 3;
}

/** Levenshtein distance in which one swap of two neighbouring letters (Evegnii / Evgenii) costs one edit. */
export function editDistance(a: string, b: string): number {
  const d = levenshtein.get(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (first === -1) first = i;
      else return i === first + 1 && a[first] === b[i] && a[i] === b[first] ? 1 : d;
    }
  }
  return d;
}

/** Given-name key → the groups it is a form of (a short form such as Al may be a form of several names). */
const GIVEN_GROUPS = new Map<string, number[]>();
const addForm = (form: string, group: number) => {
  const key = wordKey(foldScript(form));
  const groups = GIVEN_GROUPS.get(key) ?? [];
  if (!groups.includes(group)) groups.push(group);
  GIVEN_GROUPS.set(key, groups);
};
GIVEN_NAME_GROUPS.forEach((group, i) => {
  for (const form of group) addForm(form, i);
});

/** English short form key → the keys of the full names it is a form of (Al → albert, alan). */
const SHORT_FORMS = new Map<string, string[]>();
for (const [full, ...shorts] of ENGLISH_SHORT_FORMS) {
  const fullKey = wordKey(foldScript(full as string));
  for (const short of shorts) {
    const key = wordKey(foldScript(short));
    SHORT_FORMS.set(key, [...(SHORT_FORMS.get(key) ?? []), fullKey]);
  }
}

/**
 * True when one key is an English short form of the other's name (Bob / Robert, Mo / Maurice, Alex /
 * Aleksandr through the table's forms of Alexander). Read only beside a surname: alone, a short form of three
 * letters is too often another language's name (Latvian Rai is not Raymond).
 */
export function shortFormOf(a: string, b: string): boolean {
  for (const [short, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const fulls = SHORT_FORMS.get(short);
    if (fulls?.some((full) => full === other || sameGivenName(full, other))) return true;
  }
  return false;
}

/** The groups of the one table form a misspelt given name ('Akiaksandr') is within the edit bound of. */
const nearestGroups = /* @__PURE__ */ memoize((key: string): readonly number[] | undefined => {
  const bound = Math.max(1, allowedEdits(key.length) - 1);
  let found: readonly number[] | undefined;
  for (const [form, groups] of GIVEN_GROUPS) {
    if (Math.abs(form.length - key.length) > bound || form[0] !== key[0]) continue;
    if (levenshtein.get(form, key) > bound) continue;
    // near forms of two different names say nothing
    if (found && (found.length !== groups.length || found.some((g) => !groups.includes(g)))) return undefined;
    found = groups;
  }
  return found;
}, 10_000);

/**
 * The groups of a given-name key: its own, or for a misspelt form ('Akiaksandr') those of the one form it is
 * within the edit bound of.
 */
export function givenNameGroups(key: string): readonly number[] | undefined {
  const own = GIVEN_GROUPS.get(key);
  // a word in -ov or -ev is a surname made from a given name (Petrov from Pyotr, Ivanov from Ivan), never a
  // misspelt form of it: no Slavic given name ends so (Lev is too short to be looked up near)
  return own !== undefined || key.length < 5 || /[oe]va?$/.test(key) ? own : nearestGroups(key);
}

/** True when two keys are forms of one given name in the table (Aleksey / Oleksiy). */
export function sameGivenName(a: string, b: string): boolean {
  const ga = givenNameGroups(a);
  if (ga === undefined) return false;
  const gb = givenNameGroups(b);
  return gb !== undefined && ga.some((g) => gb.includes(g));
}

/** Feminine and masculine forms of one Slavic surname (Ivanov / Ivanova, Kovalsky / Kovalska). */
export function genderedPair(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const last = (w: string, n: number) => w.slice(-n);
  // patronymics: -ich (son) against -na (daughter)
  const aIch = a.endsWith('ich');
  const bIch = b.endsWith('ich');
  if (aIch !== bIch && (aIch || a.endsWith('na')) && (bIch || b.endsWith('na'))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length === short.length + 1 && long.endsWith('a') && long.startsWith(short)) {
    const end = last(short, 2);
    if (end === 'ov' || end === 'ev' || end === 'in' || end === 'en' || end === 'kh' || end === 'ik') return true;
  }
  if (short.endsWith('ski') && long === `${short.slice(0, -1)}a`) return true;
  if (short.endsWith('ska') && long === `${short.slice(0, -1)}i`) return true;
  if (
    a.length === b.length &&
    a !== b &&
    (a.endsWith('ska') || a.endsWith('ski')) &&
    (b.endsWith('ska') || b.endsWith('ski')) &&
    a.slice(0, -1) === b.slice(0, -1)
  ) {
    return true;
  }
  return false;
}

/**
 * Masculine and feminine forms of one given name (Valentin / Valentina, Valentinus / Valentina). Not -e against
 * -a: Italian Daniele / Daniela differ in gender, French Regine / Regina do not.
 */
export function genderedGivenPair(a: string, b: string): boolean {
  const [fem, masc] = a.endsWith('a') ? [a, b] : [b, a];
  if (!fem.endsWith('a') || masc.endsWith('a')) return false;
  const stem = fem.slice(0, -1);
  return stem.length >= 4 && (masc === stem || masc === `${stem}us` || masc === `${stem}s`);
}
