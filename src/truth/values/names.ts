import { normalizeName } from '../../names/normalizeName.js';
import type { ValueModel } from '../types.js';

/** A list of people, by the keys of their surnames. */
export type NameList = string[];

/** Words around author lists that are not names. */
const NOISE = [
  /\b(foreword|introduction|preface|afterword|illustrated|illustrations|translated|photographs|notes)\s+(by|from)\b[^;]*/gi,
  /\bby\s*\((author|editor|illustrator|translator|compiler|contributor)s?\)/gi,
  /\((ed|eds|editor|editors|author|authors|illustrator|translator|compiler|contributor|foreword|introduction)\.?\)/gi,
  /\b(edited|compiled|translated|foreword|introduction|illustrated|selected)\s+(by|with)\b/gi,
  /\bet\.?\s*al\.?/gi,
  /\([^()]{0,80}\)?/g,
  /\b(ph\.?\s?d|m\.?\s?d|jr|sr|dr|prof|mr|mrs|ms|ii|iii|iv|esq|editors?|eds?)\b\.?/gi,
  /^\s*by\s+/i,
];

const SEPARATORS = /;|\band\b|&|\/|\bwith\b|\n|\bby\b/i;

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
  // 'Last, First Last, First Last, First' written without separators between people
  const middle = parts.slice(1, -1);
  if (wordsOf(parts[0] as string).length === 1 && middle.length > 0 && middle.every((p) => wordsOf(p).length >= 2)) {
    return [{ last: parts[0] as string }, ...middle.map((p) => ({ last: lastOf(p) }))];
  }
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

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  szlig: 'ß',
  aelig: 'æ',
  oslash: 'ø',
  ccedil: 'ç',
};

/** Decodes HTML character references (&uuml;, &#252;, &#xFC;) that leak into scraped values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const lower = name.toLowerCase();
    const accent = /^([a-z])(uml|acute|grave|circ|tilde|ring|cedil|caron)$/i.exec(name);
    if (accent) {
      const mark = {
        uml: '\u0308',
        acute: '\u0301',
        grave: '\u0300',
        circ: '\u0302',
        tilde: '\u0303',
        ring: '\u030A',
        cedil: '\u0327',
        caron: '\u030C',
      }[(accent[2] as string).toLowerCase() as 'uml'];
      return `${accent[1]}${mark}`.normalize('NFC');
    }
    return ENTITIES[lower] ?? whole;
  });
}

/** Reads an author list into the sorted keys of the surnames. */
export function parseNameList(raw: string): NameList {
  let text = decodeEntities(raw);
  for (const noise of NOISE) text = text.replace(noise, ' ');
  const people: { last: string }[] = [];
  for (const piece of text.split(SEPARATORS)) {
    const run = piece.trim();
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
  quality(raw) {
    // scraped noise makes a poor representative: replacement characters, entities, role labels, 'et al'
    let q = 1;
    if (/[?\uFFFD]/.test(raw)) q -= 0.5;
    if (/&[#a-z0-9]+;/i.test(raw)) q -= 0.3;
    if (/\(|\bet\.? al\b|\bby\b/i.test(raw)) q -= 0.6;
    if (raw === raw.toUpperCase()) q -= 0.1;
    return Math.max(0.05, q);
  },
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
