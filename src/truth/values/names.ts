import { normalizeName } from '../../names/normalizeName.js';
import { allowedEdits, editDistance } from '../../names/similarity.js';
import { decodeEntities } from '../../text/htmlEntities.js';
import { memoize } from '../../text/memoize.js';
import type { ValueModel } from '../types.js';

/** A list of people, by the keys of their surnames (sorted; a surname repeated for each person who bears it). */
export type NameList = string[];

/** Words that say a list names only its first people: 'et al.', 'etc.', 'and others'. */
const INCOMPLETE_WORDS = '\\bet\\.?\\s*al\\.?|\\betc\\b\\.?|\\band\\s+others\\b';
const INCOMPLETE = /* @__PURE__ */ new RegExp(INCOMPLETE_WORDS, 'i');

/** Words around author lists that are not names. */
const NOISE = [
  /\b(foreword|introduction|preface|afterword|illustrated|illustrations|translated|photographs|notes)\s+(by|from)\b[^;]*/gi,
  /\bby\s*\((author|editor|illustrator|translator|compiler|contributor)s?\)/gi,
  /\((ed|eds|editor|editors|author|authors|illustrator|translator|compiler|contributor|foreword|introduction)\.?\)/gi,
  /\b(edited|compiled|translated|foreword|introduction|illustrated|selected)\s+(by|with)\b/gi,
  /* @__PURE__ */ new RegExp(INCOMPLETE_WORDS, 'gi'),
  /\([^()]{0,80}\)?/g,
  /\b(ph\.?\s?d|m\.?\s?d|jr|sr|dr|prof|mr|mrs|ms|ii|iii|iv|esq|editors?|eds?)\b\.?/gi,
  /^\s*by\s+/i,
];

const SEPARATORS = /;|\band\b|&|\/|\bwith\b|\n|\bby\b/i;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** Particles written before a surname as words of their own (Van Dam, de Clercq, El Zarki, van der Linden). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'le',
  'la',
  'el',
  'al',
  'ter',
  'ten',
]);

const isParticle = (word: string) => PARTICLES.has(word.toLowerCase());

/**
 * The words of a name without the particles before a surname, where they lead ('Van Der Linden') or trail a given
 * name in the catalogue style 'Lans, Rick F. van der': 'Van Dam' is one surname, not a given name and a surname.
 */
function nameWordsOf(text: string): string[] {
  const words = wordsOf(text);
  let from = 0;
  let to = words.length;
  while (to - from > 1 && isParticle(words[from] as string)) from++;
  while (to - from > 1 && isParticle(words[to - 1] as string)) to--;
  return words.slice(from, to);
}

/** Last words of contributors that are organizations ('Tutorial Team', 'Waite Group Staff', 'Deitel & Associates'). */
const ORGANIZATION_WORDS = new Set([
  'team',
  'staff',
  'group',
  'associates',
  'press',
  'inc',
  'corp',
  'corporation',
  'company',
  'co',
  'llc',
  'ltd',
  'gmbh',
  'publishing',
  'publishers',
  'committee',
  'association',
  'society',
  'institute',
  'foundation',
  'networks',
  'systems',
  'microsystems',
  'technology',
  'technologies',
  'consulting',
  'addison-wesley',
  'mcgraw-hill',
  'prentice-hall',
]);

/** One person of a list: the surname as written, and the initial of the given name when there is one. */
interface Person {
  last: string;
  given?: string;
  /** a team, a firm or a publisher rather than a person */
  organization?: boolean;
}

const isOrganization = (text: string) =>
  wordsOf(text).some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, '')));

const initialOf = (word: string | undefined) => word?.replace(/[^\p{L}]/gu, '')[0]?.toLowerCase();

/**
 * A surname with the particles written before it, run together so that every way of writing it gives one key:
 * 'Van Peursem', 'van Peursem' and 'VanPeursem' are all 'VanPeursem'.
 */
const withParticles = (particles: string[], surname: string) => particles.join('') + surname;

/**
 * A person from 'Last, First' written as two parts. Particles after the given name belong to the surname, in the
 * catalogue style 'Dam, Andries van'.
 */
function surnameFirst(last: string, given: string): Person {
  const givenWords = wordsOf(given);
  let end = givenWords.length;
  while (end > 1 && isParticle(givenWords[end - 1] as string)) end--;
  const lastWords = wordsOf(last);
  let core = 0;
  while (core < lastWords.length - 1 && isParticle(lastWords[core] as string)) core++;
  return {
    last: withParticles([...givenWords.slice(end), ...lastWords.slice(0, core)], lastWords.slice(core).join(' ')),
    given: initialOf(givenWords[0]),
    organization: isOrganization(`${last} ${given}`),
  };
}

/** Splits one run of names without semicolons: 'Halpin, Terry', 'Terry Halpin, Ken Evans' or 'Halpin, T., Evans, K.' */
function peopleOfCommaList(text: string): Person[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => wordsOf(p).length > 0);
  if (parts.length === 0) return [];
  if (parts.length === 1) return [personOf(parts[0] as string)];
  if (parts.every((p) => nameWordsOf(p).length >= 2)) return parts.map(personOf);
  // 'Last, First Last, First Last, First' written without separators between people
  const middle = parts.slice(1, -1);
  if (
    nameWordsOf(parts[0] as string).length === 1 &&
    middle.length > 0 &&
    middle.every((p) => nameWordsOf(p).length >= 2)
  ) {
    const people = [surnameFirst(parts[0] as string, parts[1] as string)];
    middle.forEach((part, i) => {
      const words = wordsOf(part);
      people.push(surnameFirst(words[words.length - 1] as string, parts[i + 2] as string));
    });
    return people;
  }
  // 'Last, First' pairs
  const people: Person[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (nameWordsOf(part).length === 1 && next !== undefined && nameWordsOf(next).length <= 3) {
      people.push(surnameFirst(part, next));
      i++;
    } else people.push(personOf(part));
  }
  return people;
}

const letterCount = (word: string) => word.replace(/[^\p{L}]/gu, '').length;

/**
 * One person written in one piece: the surname is the last full word, or the first when the name ends with an
 * initial ('Huston Stephen D.', 'Tan H H': written surname first).
 */
function personOf(text: string): Person {
  const all = wordsOf(text);
  const words = all.filter((w) => letterCount(w) > 1 || all.length === 1);
  const organization = isOrganization(text);
  if (all.length >= 2 && letterCount(all[all.length - 1] as string) === 1) {
    const last = words[0] ?? text;
    return { last, given: initialOf(all.find((w) => w !== last)), organization };
  }
  // the last word and the particles before it ('Andries van Dam'), but a first word is a given name ('Al Gore')
  let start = all.length - 1;
  while (start > 1 && isParticle(all[start - 1] as string)) start--;
  const last =
    start > 0 && start < all.length - 1
      ? withParticles(all.slice(start, -1), all[all.length - 1] as string)
      : (words[words.length - 1] ?? text);
  return all.length >= 2 ? { last, given: initialOf(all[0]), organization } : { last, organization };
}

/** Surname particles written joined to the surname (MacDonald, VanPeursem, LaViola): not two names run together. */
const JOINED_PARTICLES = new Set([
  'mac',
  'van',
  'von',
  'del',
  'della',
  'des',
  'dal',
  'das',
  'dos',
  'der',
  'den',
  'ten',
  'ter',
]);

/**
 * Puts back the separators that scraping lost between people: 'McGraw, GaryViega, John' (a given name run into
 * the next surname), 'Bowman, Doug A.Kruijff, Ernst' (an initial run into it) and 'Michael A. Schoonover John S.
 * Bowie' (full names one after another).
 */
function separatePeople(text: string): string {
  return text
    .replace(/(\p{Lu}(\p{Ll}{2,}))(?=\p{Lu}\p{Ll})/gu, (word: string, _head: string, tail: string) =>
      JOINED_PARTICLES.has(word.toLowerCase()) || tail.length < 2 ? word : `${word}; `,
    )
    .replace(/(\s\p{Lu}\.)(?=\p{Lu}\p{Ll}+,)/gu, '$1; ')
    .replace(/(\p{Lu}\.\s+\p{Lu}[\p{Ll}'-]+)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\.?\s)/gu, '$1; ');
}

/** Contributors who are not authors: a foreword, a translation, illustrations. */
const NOT_AUTHOR =
  /(^|[;/)])([^;/()]*)\((?:foreword|translator|translated|illustrator|illustrated|introduction|afterword|photographer|photographs|frw|trn|ilt)(?:\s+by)?\.?\)/gi;

/**
 * Drops the people marked as other contributors: 'Dustin, Elfriede; Jakob Nielson (Foreword)', 'Box, Don (Author)
 * Miller, James S. (Foreword by)', and in a comma list 'Elfriede Dustin, Jeff Rashka, Jakob Nielson (Foreword)'
 * only the last person.
 */
function dropOtherContributors(text: string): string {
  return text.replace(NOT_AUTHOR, (_whole, before: string, names: string) => {
    const parts = names.split(',');
    if (parts.length <= 2) return `${before} `;
    // a comma list: the marked person is the last part, or the last two when written 'Last, First'
    const last = parts[parts.length - 1] as string;
    const keep = parts.slice(0, wordsOf(last).length >= 2 ? -1 : -2);
    return `${before}${keep.join(',')} `;
  });
}

/** Shorter surnames a letter apart are too often two people (Chan and Chen) to be read as one written twice. */
const MIN_REPEAT_LENGTH = 6;

/** Lists of more people than this are not searched for a person written twice (the search takes pairs of them). */
const MAX_REPEAT_CHECK = 64;

/**
 * The people of an author list: each surname's key, and the initials of the given names written with it (none when
 * the surname is only ever written alone). Surnames are in the order first written.
 */
function readSurnames(raw: string): Map<string, Set<string>> {
  let text = dropOtherContributors(decodeEntities(raw));
  for (const noise of NOISE) text = text.replace(noise, ' ');
  text = separatePeople(text);
  const people: Person[] = [];
  for (const piece of text.split(SEPARATORS)) {
    const run = piece.trim();
    if (!run || !/\p{L}/u.test(run)) continue;
    if (run.includes(',')) people.push(...peopleOfCommaList(run));
    else people.push(personOf(run));
  }
  // a team, a firm or a publisher among people is not an author; a list of them alone is a corporate author
  const persons = people.filter((p) => !p.organization);
  // a repeat without a given name, or with the same initial, is the same person written twice
  const initials = new Map<string, Set<string>>();
  for (const p of persons.length ? persons : people) {
    const key = normalizeName(p.last.replace(/[.,]/g, ''), { kind: 'person' });
    if (key.length < 2) continue;
    const seen = initials.get(key) ?? new Set<string>();
    if (p.given) seen.add(p.given);
    initials.set(key, seen);
  }
  // so is a surname a letter away from another of the list, written alone or with the same initial: 'Motwani,
  // Rajeev; Rotwani', 'John C. Bealty; John C. Beatty'. The one written with a given name stays, else the first.
  const keys = initials.size <= MAX_REPEAT_CHECK ? [...initials.keys()] : [];
  keys.forEach((key, at) => {
    const seen = initials.get(key) as Set<string>;
    // the one kept is written with a given name; of two so written, it is the first, and shares an initial
    const kept = keys.find((other, o) => {
      const given = initials.get(other);
      if (o === at || !given || given.size === 0) return false;
      if (seen.size > 0 && (o > at || ![...seen].some((g) => given.has(g)))) return false;
      if (Math.abs(other.length - key.length) > 1 || Math.max(key.length, other.length) < MIN_REPEAT_LENGTH)
        return false;
      return editDistance(key, other) === 1;
    });
    if (kept === undefined) return;
    const given = initials.get(kept) as Set<string>;
    for (const g of seen) given.add(g);
    initials.delete(key);
  });
  return initials;
}

/** Memoized, as a list's forms are read once to compare them and again to pick the one to show; not to be changed. */
const surnamesOf = /* @__PURE__ */ memoize(readSurnames, 20_000);

/** Reads an author list into the sorted keys of the surnames. */
export function parseNameList(raw: string): NameList {
  // one key per surname, repeated for people who share it with different given names (Harvey and Paul Deitel)
  const keys: string[] = [];
  for (const [key, seen] of surnamesOf(raw)) for (let i = 0; i < Math.max(1, seen.size); i++) keys.push(key);
  return keys.sort();
}

/** True when a list gives some of its people a given name and leaves it out for others ('Hamburger; Richards, Dana'). */
export function givenNamesMixed(raw: string): boolean {
  let withGiven = 0;
  let without = 0;
  for (const seen of surnamesOf(raw).values()) {
    if (seen.size > 0) withGiven++;
    else without++;
  }
  return withGiven > 0 && without > 0;
}

/**
 * How many people two sorted surname lists share: a surname as often as both repeat it, and then a surname
 * spelled within a typo of one the other list has left over (Kvamdal / Kvamsdal, Gagn / Gagne).
 */
function sharedPeople(from: NameList, to: NameList): { shared: number; typos: number } {
  let shared = 0;
  const restFrom: string[] = [];
  const restTo: string[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    const a = from[i];
    const b = to[j];
    if (a !== undefined && a === b) {
      shared++;
      i++;
      j++;
    } else if (b === undefined || (a !== undefined && a < b)) {
      restFrom.push(a as string);
      i++;
    } else {
      restTo.push(b);
      j++;
    }
  }
  let typos = 0;
  for (const a of restFrom) {
    const k = restTo.findIndex(
      (b) => Math.abs(a.length - b.length) <= 1 && editDistance(a, b) <= allowedEdits(Math.min(a.length, b.length)),
    );
    if (k >= 0) {
      typos++;
      restTo.splice(k, 1);
    }
  }
  return { shared: shared + typos, typos };
}

/** A list that ends in a lone surname and its comma, or in a separator with nobody after it. */
const CUT_OFF = /(?:(?:^|[/;&])\s*[\p{L}'’.-]+\s*,|[/;&]|\band)\s*$/iu;

/**
 * Lists of people (authors): compared as sets of surnames, whatever the order and format of the names. A list
 * that names only some of the people of another ('Knuth' against 'Knuth, Donald E.; Graham, Ronald') is a partial
 * value that supports the longer list, not a conflict with it.
 */
export const namesModel: ValueModel<NameList> = {
  quality(raw) {
    // scraped noise makes a poor representative: replacement characters, entities, role labels, 'et al'
    let q = 1;
    if (/[?\uFFFD]/.test(raw)) q -= 0.5;
    if (/&[#a-z0-9]+;/i.test(raw)) q -= 0.3;
    if (/\(|\bet\.? al\b|\betc\b|\bby\b/i.test(raw)) q -= 0.6;
    if (raw === raw.toUpperCase()) q -= 0.1;
    // people run together ('Chan, PatrickLee, Rosanna', 'Rozanski/Woods')
    if (separatePeople(raw) !== raw || /\p{L}[/|]\p{L}/u.test(raw)) q -= 0.4;
    // cut off by a field-length limit: the last person's given name or the next person lost ('Breuker,',
    // 'Wielinga, Bob/', 'Kim; ')
    if (CUT_OFF.test(raw)) q -= 0.5;
    // a given name left out for some people but not others: a reader cannot tell who the others are
    if (givenNamesMixed(raw)) q -= 0.3;
    return Math.max(0.05, q);
  },
  parse(raw) {
    const list = parseNameList(raw);
    return list.length ? { key: list.join(';'), data: list } : undefined;
  },
  size: (list) => list.length,
  incomplete: (raw) => INCOMPLETE.test(raw),
  // shown as written, but with its HTML character references read ('St&uuml;tzle' is Stützle)
  present(_data, raw) {
    return decodeEntities(raw);
  },
  support(from, to) {
    if (from.length === to.length && from.every((k, i) => k === to[i])) return 1;
    const { shared, typos } = sharedPeople(from, to);
    // the same people, or some of them (a partial list); a little less when a name is spelled a typo apart
    if (shared === from.length && (from.length < to.length || typos > 0)) return typos > 0 ? 0.9 : 1;
    const union = from.length + to.length - shared;
    return shared > 0 ? (0.5 * shared) / union : 0;
  },
};
