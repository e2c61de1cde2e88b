import { PATRONYMIC_ENDINGS } from '../lexicon/givenNames.js';
import { expandNameAbbreviation } from '../lexicon/nameAbbreviations.js';
import { memoize } from '../text/memoize.js';
import { foldScript } from './foldScript.js';
import { altWordKey, altWordKey2, wordKey } from './wordKey.js';

/** One word of a name: as written, and its key. */
export interface NameWord {
  raw: string;
  key: string;
  /** The key under the alternative readings of altWordKey. */
  alt: string;
  /** The key with o read as a, to compare with `alt`. */
  keyA: string;
  /** The key under the French and English reading of j. */
  alt2: string;
}

/** A word split off a name: runs of letters and digits; apostrophes and marks inside a word are kept with it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’ʼʹ`.]*/gu;

export function splitWords(name: string): string[] {
  return name.match(WORD) ?? [];
}

/**
 * A name's words in lower case, hyphens and slashes read as spaces and abbreviations in full ('Aoraki/Mt. Cook' →
 * aoraki mount cook): how names written with other punctuation or abbreviations are told to be one.
 */
export const wordsInFull = /* @__PURE__ */ memoize(
  (name: string): readonly string[] =>
    splitWords(name.replace(/[-/]/g, ' ')).map((w) => expandNameAbbreviation(w) ?? w.toLowerCase().replace(/\.$/, '')),
  20_000,
);

/** The keys of one word; memoized, since news and name lists repeat the same words again and again. */
export const toWord = /* @__PURE__ */ memoize((raw: string): NameWord => {
  const latin = foldScript(raw);
  const key = wordKey(latin);
  return { raw, key, alt: altWordKey(latin), keyA: key.replace(/o/g, 'a'), alt2: altWordKey2(latin) };
}, 50_000);

/** Splits 'V.A.' into the initials 'V.' and 'A.'. */
function expandInitials(words: string[]): string[] {
  return words.flatMap((w) => (/^(\p{L}\.){2,}$/u.test(w) ? (w.match(/\p{L}\./gu) ?? [w]) : [w]));
}

/** Endings of patronymics as keys (computed once from the table). */
const PATRONYMIC_KEYS = [...new Set(PATRONYMIC_ENDINGS.map((e) => wordKey(foldScript(e))))].sort(
  (a, b) => b.length - a.length,
);

/** The given-name stem of a patronymic key (mikolaevich → mikola), or undefined when it is not one. */
export function patronymicStem(key: string): string | undefined {
  for (const ending of PATRONYMIC_KEYS) {
    if (
      key.length >= ending.length + 3 &&
      key.endsWith(ending) &&
      (ending.length >= 4 || /[oe]v?ich$|ich$/.test(key))
    ) {
      return key.slice(0, key.length - ending.length);
    }
  }
  return undefined;
}

export function isPatronymic(key: string): boolean {
  return (
    /(ovich|evich|ovna|evna|ovitsh|avich|ovi|evi|ich)$/.test(key) &&
    key.length >= 7 &&
    patronymicStem(key) !== undefined
  );
}

/** A person's name split into surname, given names and patronymic. */
export interface PersonName {
  surname: NameWord[];
  given: NameWord[];
  patronymic?: NameWord;
  initials: boolean;
}

const isUpperWord = (w: string) =>
  (w.match(/\p{L}/gu)?.length ?? 0) > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * Reads a person's name written as 'SURNAME, Given Patronymic', 'Given Patronymic Surname', 'Given Surname' or
 * 'SURNAME Given' (the all-caps word is the surname).
 */
export function parsePerson(name: string): PersonName {
  const comma = name.indexOf(',');
  let surnameRaw: string[];
  let restRaw: string[];
  if (comma >= 0) {
    surnameRaw = splitWords(name.slice(0, comma));
    restRaw = splitWords(name.slice(comma + 1));
  } else {
    const words = splitWords(name);
    const upper = words.filter(isUpperWord);
    if (upper.length > 0 && upper.length < words.length) {
      surnameRaw = upper;
      restRaw = words.filter((w) => !isUpperWord(w));
    } else if (words.length >= 3 && isPatronymic(toWord(words[1] as string).key)) {
      // Given Patronymic Surname
      surnameRaw = [words[words.length - 1] as string];
      restRaw = words.slice(0, -1);
    } else if (words.length >= 3 && isPatronymic(toWord(words[2] as string).key)) {
      // Surname Given Patronymic
      surnameRaw = [words[0] as string];
      restRaw = words.slice(1);
    } else {
      surnameRaw = words.slice(-1);
      restRaw = words.slice(0, -1);
    }
  }
  const surname = surnameRaw.map(toWord).filter((w) => w.key !== '');
  const rest = expandInitials(restRaw)
    .map(toWord)
    .filter((w) => w.key !== '');
  let patronymic: NameWord | undefined;
  const given: NameWord[] = [];
  for (const w of rest) {
    // a patronymic may stand alone where the given name should be ('TURIN, Anatolievich')
    if (!patronymic && (given.length > 0 || rest.length === 1) && isPatronymic(w.key)) patronymic = w;
    else given.push(w);
  }
  const person: PersonName = { surname, given, initials: given.some((g) => g.raw.replace(/\./g, '').length === 1) };
  if (patronymic) person.patronymic = patronymic;
  return person;
}
