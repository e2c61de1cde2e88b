import { normalizeName } from '../../names/normalizeName.js';
import type { ValueModel } from '../types.js';

/** A list of people, by the keys of their surnames. */
export type NameList = string[];

/** Words around author lists that are not names. */
const NOISE = [
  /\bby\s*\((author|editor|illustrator|translator|compiler|contributor)s?\)/gi,
  /\((ed|eds|editor|editors|author|authors|illustrator|translator|compiler|contributor|foreword|introduction)\.?\)/gi,
  /\b(edited|compiled|translated|foreword|introduction|illustrated|selected)\s+(by|with)\b/gi,
  /\bet\.?\s*al\.?/gi,
  /\b(ph\.?\s?d|m\.?\s?d|jr|sr|dr|prof|mr|mrs|ms|ii|iii|iv|esq|editors?|eds?)\b\.?/gi,
  /^\s*by\s+/i,
];

const SEPARATORS = /\s*(?:;|\band\b|&|\/|\bwith\b|\n|\bby\b)\s*/i;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** Splits one run of names without semicolons: 'Halpin, Terry', 'Terry Halpin, Ken Evans' or 'Halpin, T., Evans, K.' */
function peopleOfCommaList(text: string): { last: string }[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => wordsOf(p).length > 0);
  if (parts.length === 0) return [];
  if (parts.length === 1) return [{ last: lastOf(parts[0] as string) }];
  if (parts.every((p) => wordsOf(p).length >= 2)) return parts.map((p) => ({ last: lastOf(p) }));
  // 'Last, First' pairs
  const people: { last: string }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (wordsOf(part).length === 1 && next !== undefined && wordsOf(next).length <= 3) {
      people.push({ last: part });
      i++;
    } else people.push({ last: lastOf(part) });
  }
  return people;
}

function lastOf(person: string): string {
  const words = wordsOf(person).filter((w) => w.replace(/[^\p{L}]/gu, '').length > 1 || wordsOf(person).length === 1);
  return words[words.length - 1] ?? person;
}

/** Reads an author list into the sorted keys of the surnames. */
export function parseNameList(raw: string): NameList {
  let text = raw;
  for (const noise of NOISE) text = text.replace(noise, ' ');
  const people: { last: string }[] = [];
  for (const run of text.split(SEPARATORS)) {
    if (!run || !/\p{L}/u.test(run)) continue;
    if (run.includes(',')) people.push(...peopleOfCommaList(run));
    else people.push({ last: lastOf(run) });
  }
  const keys = new Set<string>();
  for (const p of people) {
    const key = normalizeName(p.last.replace(/[.,]/g, ''), { kind: 'person' });
    if (key.length > 1) keys.add(key);
  }
  return [...keys].sort();
}

/**
 * Lists of people (authors): compared as sets of surnames, whatever the order and format of the names. A list
 * that names only some of the people of another ('Knuth' against 'Knuth, Donald E.; Graham, Ronald') is a partial
 * value that supports the longer list, not a conflict with it.
 */
export const namesModel: ValueModel<NameList> = {
  parse(raw) {
    const list = parseNameList(raw);
    return list.length ? { key: list.join(';'), data: list } : undefined;
  },
  support(from, to) {
    if (from.length === to.length && from.every((k, i) => k === to[i])) return 1;
    const target = new Set(to);
    const shared = from.filter((k) => target.has(k)).length;
    if (shared === from.length && from.length < to.length) return 1; // a partial list of the same people
    const union = new Set([...from, ...to]).size;
    return shared > 0 ? (0.5 * shared) / union : 0;
  },
};
