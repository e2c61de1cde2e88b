import { expandNameAbbreviation } from '../lexicon/nameAbbreviations.js';
import {
  LEGAL_FORM_WORDS,
  ORG_FUNCTION_WORDS,
  ORG_GENERIC_WORDS,
  ORG_PROPER_TRANSLATIONS,
  ORG_WORD_TRANSLATIONS,
} from '../lexicon/organizationWords.js';
import {
  AREA_LEVEL_WORDS,
  NAMED_AFTER_HEADS,
  ON_RIVER_WORDS,
  PLACE_MODIFIER_WORDS,
  SETTLEMENT_WORDS,
  TOWN_LEVEL_WORDS,
} from '../lexicon/placeWords.js';
import type { NameKind } from '../schema.js';
import { memoize } from '../text/memoize.js';
import { checkKind, checkName } from './checkArguments.js';
import { foldScript } from './foldScript.js';
import {
  type NameWord,
  type PersonName,
  parsePerson,
  patronymicStem,
  splitWords,
  toWord,
  wordsInFull,
} from './nameParts.js';
import {
  allowedEdits,
  editDistance,
  genderedGivenPair,
  genderedPair,
  givenNameGroups,
  sameGivenName,
  shortFormOf,
} from './similarity.js';
import { wordKey } from './wordKey.js';

/** The verdict of {@link compareNames}. */
export interface NameComparison {
  match: boolean;
  /** 0..1: how alike the two names are once romanization is set aside. */
  score: number;
  /** Why they match or not, in words. */
  reasons: string[];
}

/** Options of {@link compareNames}. */
export interface CompareNamesOptions {
  /** What the names are; decides the rules. Default 'other' (compared word by word). */
  kind?: NameKind;
}

interface WordMatch {
  score: number;
  reason?: string;
}

/**
 * The least edit distance between two words over their readings (key against key, alternative against
 * alternative, and across with o read as a), stopping as soon as one is within `bound`.
 */
function keyDistance(a: NameWord, b: NameWord, bound: number): number {
  const gap = Math.min(Math.abs(a.key.length - b.key.length), Math.abs(a.alt.length - b.alt.length));
  if (gap > bound) return gap; // a lower bound is enough to know they do not match
  let best = editDistance(a.key, b.key);
  if (best <= bound) return best;
  // the other readings, each only when its length gap still allows a better distance (no allocation: a hot path)
  const tryPair = (x: string, y: string) => {
    if (Math.abs(x.length - y.length) < best) {
      const d = editDistance(x, y);
      if (d < best) best = d;
    }
  };
  tryPair(a.alt, b.alt);
  if (best <= bound) return best;
  tryPair(a.keyA, b.alt);
  if (best <= bound) return best;
  tryPair(a.alt, b.keyA);
  if (best <= bound) return best;
  tryPair(a.alt2, b.alt2);
  return best;
}

/**
 * Suffixes that make a new place name of a whole one (Semenov → Semenovka, Aleksandrov → Aleksandrovsk): the name
 * with one is another place than the name without it. Place keys reach here without an adjective's ending
 * (Aleksandrovskoye is read as Aleksandrovsk; see placeAdjective for a possessive name's adjective).
 */
const PLACE_MAKING_SUFFIXES = ['ka', 'sk'];

/**
 * Whether the longer key is the whole shorter one with a place-making suffix. A suffix in the place of the shorter
 * name's last vowel is not counted: Prokop'yevo / Prokop'yevsk and Serdoba / Serdobsk are one place.
 */
function derivedPlace(short: string, long: string): boolean {
  if (!long.startsWith(short)) return false;
  const suffix = long.slice(short.length);
  return PLACE_MAKING_SUFFIXES.includes(suffix);
}

/** Endings other languages give a name: Lithuanian and Latvian -as, -is, -us, Latin -um, Greek -os. */
const FOREIGN_ENDING = /(?:as|is|us|um|os)$/;

/**
 * The consonants of a key, each once in a row: what stays of a name across romanizations and typos. Memoized, as
 * the same words meet many others.
 */
const consonants = /* @__PURE__ */ memoize(
  (key: string) => key.replace(/[aeiouyj]/g, '').replace(/(.)\1+/g, '$1'),
  50_000,
);

/**
 * How alike two word keys are, with a reason when they are not identical (only built when `explain` is set).
 * With `people`, Slavic feminine and masculine forms are different people (Ivanov / Ivanova); places and
 * organizations have no gender (Kolpashevo / Kolpashev).
 */
export function compareKeys(a: NameWord, b: NameWord, explain = true, people = true): WordMatch {
  if (a.key === b.key) {
    if (!explain || a.raw.toLowerCase() === b.raw.toLowerCase()) return { score: 1 };
    return { score: 1, reason: `${a.raw} / ${b.raw}: same name in another romanization or script` };
  }
  const la = a.key.length;
  const lb = b.key.length;
  const shortLength = la <= lb ? la : lb;
  const longLength = la <= lb ? lb : la;
  // places allow at most two edits: long place names share long parts (Krasnoarmeysk / Krasnogvardeysk)
  const bound = people ? allowedEdits(shortLength) : Math.min(2, allowedEdits(shortLength));
  // most pairs of words differ too much in length to be one name: settle them before anything costly
  if (
    longLength - shortLength > Math.max(bound, 2) &&
    Math.abs(a.alt.length - b.alt.length) > bound &&
    a.alt2 !== b.alt2
  ) {
    return { score: Math.max(0, 1 - (longLength - shortLength) / longLength) * 0.6 };
  }
  if (people && (genderedPair(a.key, b.key) || genderedPair(a.alt, b.alt))) {
    return explain
      ? { score: 0, reason: `${a.raw} / ${b.raw}: feminine and masculine forms, different people` }
      : { score: 0 };
  }
  if (people && isPatronymic(a) !== isPatronymic(b)) {
    // a patronymic is not the surname or given name it comes from (Nikolaevich / Nikolaev, Abramovich / Abramov)
    return explain ? { score: 0.5, reason: `${a.raw} / ${b.raw}: a patronymic and another name` } : { score: 0.5 };
  }
  if (a.alt === b.alt || a.alt2 === b.alt2) {
    return explain
      ? {
          score: 0.95,
          reason:
            acronymC(a.raw) || acronymC(b.raw)
              ? `${a.raw} / ${b.raw}: one acronym, C read as the Cyrillic С (S)`
              : `${a.raw} / ${b.raw}: same name read another way (ch as kh, j as y, u as v, o as a)`,
        }
      : { score: 0.95 };
  }
  const short = la <= lb ? a.key : b.key;
  const long = la <= lb ? b.key : a.key;
  if (!people && shortLength >= 4 && derivedPlace(short, long)) {
    return explain
      ? {
          score: 0.5,
          reason: `${a.raw} / ${b.raw}: one name with a place-making suffix added (-ka, -sk), different places`,
        }
      : { score: 0.5 };
  }
  const latin = latinEnding(short, long, people);
  if (latin) {
    return explain ? { score: 0.95, reason: `${a.raw} / ${b.raw}: Baltic or Latin ending -${latin}` } : { score: 0.95 };
  }
  const { d, ending } = distanceBeyondEnding(a, b, bound);
  if (d <= bound) {
    const score = 1 - (d + (ending ? 1 : 0)) / (longLength + 4);
    if (ending && !explain) return { score };
    if (ending)
      return {
        score,
        reason: `${a.raw} / ${b.raw}: ending -${ending} of another language${d ? `, ${d === 1 ? 'one letter' : `${d} letters`} apart besides` : ''}`,
      };
    if (!explain) return { score };
    const what = d === 1 ? (la !== lb ? 'one letter dropped or added' : 'one letter changed') : `${d} letters differ`;
    return { score, reason: `${a.raw} / ${b.raw}: ${what}` };
  }
  return { score: Math.max(0, 1 - d / longLength) * 0.6 };
}

/**
 * The Baltic or Latin ending a name is given: added to the name (Voronezh / Voronezas, Minsk / Minscum) or taking
 * the place of its last vowel in a place name (Groznyy / Groznas; for people that vowel may be a gender:
 * Valentina / Valentinus). The ending, or '' when the longer key is not the shorter one with one.
 */
function latinEnding(short: string, long: string, people: boolean): string {
  if (short.length < 4 || long.length - short.length > 2 || short.endsWith('s')) return '';
  const stem = long.startsWith(short)
    ? short
    : !people && /[aeiou]$/.test(short) && long.startsWith(short.slice(0, -1))
      ? short.slice(0, -1)
      : '';
  const ending = stem ? long.slice(stem.length) : '';
  return ending === 's' || ending === 'as' || ending === 'is' || ending === 'us' || ending === 'um' ? ending : '';
}

/**
 * The edit distance of two word keys (bounded by `bound`), and for a name given another language's ending and
 * spelled its way besides (Chersonas, Dzeržinskas, Sebastopolis), the distance without that ending and the ending.
 * The ending is only looked for when the name without it is near the other's length.
 */
function distanceBeyondEnding(a: NameWord, b: NameWord, bound: number): { d: number; ending: string } {
  const d = keyDistance(a, b, bound);
  const [shorter, longer] = a.key.length <= b.key.length ? [a, b] : [b, a];
  const shortLength = shorter.key.length;
  const longLength = longer.key.length;
  if (d <= bound || shortLength < 4 || Math.abs(longLength - 2 - shortLength) > bound) return { d, ending: '' };
  const found = FOREIGN_ENDING.exec(longer.key);
  if (!found || shorter.key.endsWith(found[0]) || longLength - found[0].length < 4) return { d, ending: '' };
  const cut = (key: string) => key.replace(FOREIGN_ENDING, '');
  const stripped = {
    ...longer,
    key: cut(longer.key),
    alt: cut(longer.alt),
    keyA: cut(longer.keyA),
    alt2: cut(longer.alt2),
  };
  const ds = keyDistance(longer === b ? a : stripped, longer === b ? stripped : b, bound);
  return ds <= bound ? { d: ds, ending: found[0] } : { d, ending: '' };
}

function initialOf(word: NameWord): string | undefined {
  const bare = word.raw.replace(/\./g, '');
  return bare.length === 1 ? bare.toLowerCase() : undefined;
}

/**
 * A name cut short with a full stop ('Nik.' for Nikolayevich, 'Al.' for Aleksandr) against a name that begins
 * with it: a match with a reason, or undefined when neither is such an abbreviation.
 */
function compareAbbreviation(a: NameWord, b: NameWord): WordMatch | undefined {
  const shortA = isAbbreviation(a.raw);
  if (shortA === isAbbreviation(b.raw)) return undefined; // neither, or both (compared as they are)
  const [short, full] = shortA ? [a, b] : [b, a];
  const start = foldScript(short.raw.slice(0, -1));
  const same = foldScript(full.raw).startsWith(start) || full.key.startsWith(wordKey(start));
  return same ? { score: 0.9, reason: `${short.raw} / ${full.raw}: abbreviation` } : { score: 0 };
}

const ABBREVIATION = /^\p{L}{2,4}\.$/u;
/** A given name cut short with a full stop (Nik., Vlad.); the cheap test of the stop first, as most names have none. */
const isAbbreviation = (raw: string) => raw.endsWith('.') && ABBREVIATION.test(raw);

/** Compares two given names: same key, initials, table of forms (Alexei / Oleksiy), or a typo. */
function compareGiven(a: NameWord, b: NameWord, shortForms = true): WordMatch {
  const abbreviation = compareAbbreviation(a, b);
  if (abbreviation) return abbreviation;
  const ia = initialOf(a);
  const ib = initialOf(b);
  if (ia || ib) {
    const fa = ia ?? foldScript(a.raw).charAt(0);
    const fb = ib ?? foldScript(b.raw).charAt(0);
    const same = fa === fb || wordKey(fa) === wordKey(fb);
    return same ? { score: 0.9, reason: `${a.raw} / ${b.raw}: initial` } : { score: 0 };
  }
  if (a.key === b.key) return compareKeys(a, b);
  // before the table of forms, whose nearest form of Ivana may be Ivan
  if (genderedGivenPair(a.key, b.key))
    return { score: 0, reason: `${a.raw} / ${b.raw}: feminine and masculine forms of one name, different people` };
  if (sameGivenName(a.key, b.key)) return { score: 0.95, reason: `${a.raw} / ${b.raw}: forms of one given name` };
  if (shortForms && shortFormOf(a.key, b.key))
    return { score: 0.95, reason: `${a.raw} / ${b.raw}: a short form of the given name` };
  const greek = withoutGreekEnding(a, b);
  if (greek) return greek;
  // both forms of names in the table, of no name in common (sameGivenName said so above)
  if (givenNameGroups(a.key) !== undefined && givenNameGroups(b.key) !== undefined && a.key !== b.key)
    return { score: 0, reason: `${a.raw} / ${b.raw}: different given names` };
  const m = compareKeys(a, b);
  return m;
}

/**
 * Greek given names keep the nominative ending that other languages drop: Dimitrios / Dmitri, Georgios /
 * Georgy, Nikolaos / Nikolai. Compared without it, as forms of one name; undefined when neither word has it.
 */
function withoutGreekEnding(a: NameWord, b: NameWord): WordMatch | undefined {
  const ending = /(?<=[^aeiou][aeiou]?)(?:os|is|as)$/;
  const [greek, other] = ending.test(a.raw.toLowerCase()) ? [a, b] : ending.test(b.raw.toLowerCase()) ? [b, a] : [];
  if (!greek || !other || greek.raw.length < 6) return undefined;
  const stem = toWord(greek.raw.slice(0, -2));
  if (!sameGivenName(stem.key, other.key) && editDistance(stem.key, other.key) > 1) return undefined;
  return { score: 0.9, reason: `${greek.raw} / ${other.raw}: a Greek given name with its ending` };
}

const PATRONYMIC_ENDING = /[aeiouy]v(?:ich|na)$/;

/** Whether a word is a patronymic or a surname made from one (-ovich, -evna; Petrovic read Petrović). */
function isPatronymic(w: NameWord): boolean {
  return PATRONYMIC_ENDING.test(w.key) || PATRONYMIC_ENDING.test(w.alt2);
}

/** A patronymic's gender from its key: -ovich, -evich, -ich masculine; -ovna, -evna, -ichna feminine. */
function patronymicGender(key: string): 'm' | 'f' | undefined {
  if (key.endsWith('ich')) return 'm';
  if (key.endsWith('vna') || key.endsWith('ichna')) return 'f';
  return undefined;
}

function comparePatronymics(a: NameWord, b: NameWord): WordMatch {
  const abbreviation = compareAbbreviation(a, b);
  if (abbreviation) return abbreviation;
  const ga = patronymicGender(a.key);
  const gb = patronymicGender(b.key);
  if (ga && gb && ga !== gb) return { score: 0, reason: `${a.raw} / ${b.raw}: masculine and feminine patronymics` };
  const m = compareKeys(a, b);
  if (m.score >= 0.75) return m;
  const sa = patronymicStem(a.key);
  const sb = patronymicStem(b.key);
  if (
    sa &&
    sb &&
    (sa === sb ||
      sameGivenName(sa, sb) ||
      sameGivenName(`${sa}i`, `${sb}i`) ||
      editDistance(sa, sb) <= allowedEdits(Math.min(sa.length, sb.length)))
  ) {
    return { score: 0.9, reason: `${a.raw} / ${b.raw}: forms of one patronymic` };
  }
  return m;
}

const JOINED = new WeakMap<NameWord[], NameWord>();
/** The words of a (double) surname as one word; kept per list, as a parsed person's lists are kept. */
function joinKeys(words: NameWord[]): NameWord {
  let joined = JOINED.get(words);
  if (!joined) {
    joined = {
      raw: words.map((w) => w.raw).join(' '),
      key: words.map((w) => w.key).join(''),
      alt: words.map((w) => w.alt).join(''),
      keyA: words.map((w) => w.keyA).join(''),
      alt2: words.map((w) => w.alt2).join(''),
    };
    JOINED.set(words, joined);
  }
  return joined;
}

const parsedPerson = /* @__PURE__ */ memoize(parsePerson, 20_000);
/** The words of a name (see splitWords), kept per name: the caller must not change the list. */
const wordsOf = /* @__PURE__ */ memoize(splitWords, 20_000);

/**
 * Whether a later given name or the patronymic of `p` is the surname of `q`, who has only one given name (DUAL,
 * Simon Gatwech / GATWECH, Simon): the reason if so.
 */
function movedSurname(p: PersonName, q: PersonName): string | undefined {
  const qSurname = q.surname[0];
  if (!qSurname || q.given.length !== 1 || q.patronymic || q.surname.length !== 1) return;
  for (let k = 1; k <= p.given.length; k++) {
    const w = k < p.given.length ? p.given[k] : p.patronymic;
    if (w && w.key.length >= 4 && compareKeys(w, qSurname, false).score >= 0.75)
      return `${w.raw} / ${qSurname.raw}: a later name of one is the surname of the other`;
  }
}

/**
 * With the same given name, a surname two typos further than usual is still the same person (Tiurin / Tjrurin),
 * as long as the consonants agree: vowels are what romanizations and typists vary (Ivanov / Isakov differ).
 * The match, or undefined.
 */
function surnameWithSameGiven(pa: PersonName, pb: PersonName): WordMatch | undefined {
  const sa = joinKeys(pa.surname);
  const sb = joinKeys(pb.surname);
  const shortest = Math.min(sa.key.length, sb.key.length);
  const bound = allowedEdits(shortest) + 2;
  if (
    shortest < 5 ||
    sa.key[0] !== sb.key[0] ||
    genderedPair(sa.key, sb.key) ||
    genderedPair(sa.alt, sb.alt) ||
    editDistance(consonants(sa.key), consonants(sb.key)) > 1
  )
    return undefined;
  const d = keyDistance(sa, sb, bound);
  if (d > bound) return undefined;
  const what = d === 1 ? 'one letter differs' : `${d} letters differ`;
  return { score: 0.8, reason: `${sa.raw} / ${sb.raw}: ${what}, with the same given name` };
}

/**
 * Two people's names whose surnames differ may still be one name in another order: 'Given Surname' against
 * 'Surname Given', or a middle name or patronymic of one recorded as the other's surname (DUAL, Simon Gatwech /
 * GATWECH, Simon; KHOROSHEV, Dmitriy Yurevich / YURIEVICH, Dmitriy) with the same first given name.
 */
function otherOrder(pa: PersonName, pb: PersonName, sameFirst: boolean): NameComparison | undefined {
  if (pa.given.length === 1 && pb.given.length === 1 && pa.patronymic === undefined && pb.patronymic === undefined) {
    const swapped = compareKeys(pa.surname[0] as NameWord, pb.given[0] as NameWord);
    const swapped2 = compareKeys(pa.given[0] as NameWord, pb.surname[0] as NameWord);
    if (swapped.score >= 0.85 && swapped2.score >= 0.85) {
      return {
        match: true,
        score: (swapped.score + swapped2.score) / 2,
        reasons: ['word order (surname first / given name first)'],
      };
    }
  }
  const moved = sameFirst ? (movedSurname(pa, pb) ?? movedSurname(pb, pa)) : undefined;
  return moved ? { match: true, score: 0.8, reasons: [moved] } : undefined;
}

function comparePersons(a: string, b: string): NameComparison {
  const pa = parsedPerson(a);
  const pb = parsedPerson(b);
  const reasons: string[] = [];
  if (pa.surname.length === 0 || pb.surname.length === 0)
    return { match: false, score: 0, reasons: ['no surname to compare'] };
  // surname: whole, or any word of a double surname
  let surname = compareKeys(joinKeys(pa.surname), joinKeys(pb.surname));
  for (const x of pa.surname)
    for (const y of pb.surname) {
      const m = compareKeys(x, y);
      if (m.score > surname.score) surname = m;
    }
  const ga = pa.given[0];
  const gb = pb.given[0];
  // the first given names, compared once and only when needed
  const given0 = ga && gb ? compareGiven(ga, gb) : undefined;
  const sameFirst = given0 !== undefined && given0.score >= 0.95;
  if (surname.score < 0.75 && sameFirst) surname = surnameWithSameGiven(pa, pb) ?? surname;
  if (surname.reason) reasons.push(`surname ${surname.reason}`);
  if (surname.score < 0.75) {
    const other = otherOrder(pa, pb, sameFirst);
    if (other) return other;
    return { match: false, score: surname.score * 0.5, reasons: [...reasons, 'different surnames'] };
  }
  let score = surname.score;
  let given = given0;
  if (ga && gb && given) {
    if (given.reason) reasons.push(`given name ${given.reason}`);
    if (given.score < 0.75) {
      // a middle name may stand first on one side
      const other =
        pa.given.slice(1).some((x) => compareGiven(x, gb).score >= 0.85) ||
        pb.given.slice(1).some((y) => compareGiven(ga, y).score >= 0.85);
      if (!other)
        return { match: false, score: (score + given.score) / 3, reasons: [...reasons, 'different given names'] };
      given = { score: 0.8 };
      reasons.push('given names in another order');
    }
    score = (score * 2 + given.score) / 3;
  } else {
    reasons.push('surname only on one side');
    score *= 0.9;
  }
  if (pa.patronymic && pb.patronymic) {
    const p = comparePatronymics(pa.patronymic, pb.patronymic);
    if (p.reason) reasons.push(`patronymic ${p.reason}`);
    if (p.score < 0.75) {
      reasons.push('patronymics differ');
      score *= 0.85;
    }
  } else if (pa.patronymic || pb.patronymic) reasons.push('patronymic on one side only');
  const exactSurname = surname.score === 1;
  const match = exactSurname || surname.score >= 0.8 || (given !== undefined && given.score >= 0.85);
  return { match, score: Math.round(score * 1000) / 1000, reasons: reasons.length ? reasons : ['same name'] };
}

function keysOf(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => wordKey(foldScript(w))));
}
const LEGAL = keysOf(LEGAL_FORM_WORDS);
const FUNCTION = keysOf(ORG_FUNCTION_WORDS);
const GENERIC = keysOf(ORG_GENERIC_WORDS);
const SETTLEMENT = keysOf(SETTLEMENT_WORDS);
/** The place modifiers in every reading a word may take (Nizhniy, Nizjnij, Nizhny). */
const MODIFIER = new Set(
  PLACE_MODIFIER_WORDS.flatMap((w) => {
    const word = toWord(w);
    return [word.key, word.alt, word.alt2];
  }),
);
const isModifier = (w: NameWord) => MODIFIER.has(w.key) || MODIFIER.has(w.alt) || MODIFIER.has(w.alt2);
const ON_RIVER = keysOf(ON_RIVER_WORDS);
/** Articles after 'on' a river: Dutch 'aan de', Spanish 'sobre el', German 'an der'. */
const RIVER_ARTICLES = new Set(['de', 'el', 'der']);

interface Weighted extends NameWord {
  weight: number;
  /** The word's key before stemming and translation, where names may be written together or apart. */
  whole?: string;
  /** The digits of the word, which must agree ('33 SRZ' is not '41 SRZ'). */
  digits?: string;
  /** Places: the word's key with its adjective ending (Abakanskoye), which `key` drops. */
  form?: string;
}

/** A word as every comparison of its name asks about it, worked out once when the name's words are prepared. */
interface PreparedWord extends Weighted {
  /** The word in Latin letters (see foldScript). */
  latin: string;
  /** Whether the word may be an acronym ('NMZ', 'RKTS'). */
  acronymLike: boolean;
  /** Whether the word is a place modifier (Nizhniy, Bol'shaya). */
  modifier: boolean;
}

/** The stem of a romanized Russian or English word: adjective and case endings dropped (Ramenskoye / Ramensky). */
function stem(key: string): string {
  if (key.length <= 4) return key;
  return key.replace(/(aia|oe|ie|ii|oi|ogo|omu|ikh|ei|ami|ova|s|a|i|e|o|u)$/, '');
}

const TRANSLATION = new Map<string, string>();
for (const group of ORG_WORD_TRANSLATIONS) {
  for (const form of group) TRANSLATION.set(stem(wordKey(foldScript(form))), `=${group[0]}`);
}
const GENERIC_STEMS = new Set([...GENERIC].map(stem));
const PROPER = new Set(ORG_PROPER_TRANSLATIONS.map((group) => `=${group}`));
/** Legal-form words in any inflection (gosudarstvennoe / gosudarstvennaya) */
const LEGAL_STEMS = new Set([...LEGAL].filter((key) => key.length > 4).map(stem));

/**
 * Phrases of the translation table written in several words ('MACHINE BUILDING' for 'MASHINOSTROITELNYI'), each
 * read as a one-word member of its group, longest first.
 */
const PHRASES: [RegExp, string][] = ORG_WORD_TRANSLATIONS.flatMap((group) => {
  const single = group.find((form) => !form.includes(' '));
  if (!single) return [];
  return group
    .filter((form) => form.includes(' '))
    .map((form): [RegExp, string] => [new RegExp(`\\b${form.split(' ').join('[\\s-]+')}\\b`, 'gi'), single]);
}).sort((a, b) => b[0].source.length - a[0].source.length);

/** The lower-case letters of an acronym holding a C ('RFC', 'CMT'); undefined for other words. */
function acronymC(raw: string): string | undefined {
  if (!/^[A-Z]{2,5}$/.test(raw) || !raw.includes('C')) return undefined;
  return (raw.match(/[AEIOUY]/g)?.length ?? 0) > 1 ? undefined : raw.toLowerCase();
}

function orgWords(name: string): Weighted[] {
  let text = name;
  for (const [phrase, word] of PHRASES) text = text.replace(phrase, word);
  const words = splitWords(text.replace(/[-/.]/g, ' '))
    .map((raw) => toWord(expandNameAbbreviation(raw) ?? raw.replace(/^(\d+)(st|nd|rd|th)$/i, '$1')))
    .filter((w) => w.key !== '');
  const kept = words.filter((w) => !LEGAL.has(w.key) && !LEGAL_STEMS.has(stem(w.key)) && !FUNCTION.has(w.key));
  const list = kept.length > 0 ? kept : words;
  return list.map((w) => {
    const letters = acronymC(w.raw);
    if (letters) {
      // an acronym's C is a Latin K (RFC-Bank / RFK-Bank) or a Cyrillic С, an S (CMT-K / SMT-K): both readings
      const k = letters.replace(/c/g, 'k');
      return { ...w, key: k, alt: k, keyA: k, alt2: letters.replace(/c/g, 's'), weight: 1, whole: k, digits: '' };
    }
    const s = stem(w.key);
    const concept = TRANSLATION.get(s);
    const generic =
      GENERIC.has(w.key) ||
      GENERIC_STEMS.has(s) ||
      (concept !== undefined && !PROPER.has(concept)) ||
      /^\d/.test(w.key);
    return {
      ...w,
      key: concept ?? s,
      alt: concept ?? stem(w.alt),
      keyA: concept ?? s.replace(/o/g, 'a'),
      alt2: concept ?? stem(w.alt2),
      weight: generic ? 0.35 : 1,
      whole: w.key,
      digits: w.key.replace(/\D/g, ''),
    };
  });
}

const ADJECTIVE_ENDING = /(?:enska|enski|enskoe|ensk|ska|ski|skoe|sk|an|ean)$/;

/**
 * Whether two word keys are forms of one word: an inflection (Russia / Russian, Belarus / Belarusian) or, with
 * `adjectives`, a place name and its adjective (Grodno / Grodnenskaya, Taganrog / Taganrogski).
 */
function relatedForm(a: string, b: string, adjectives: boolean): 'inflection' | 'adjective' | undefined {
  if (Math.min(a.length, b.length) < 4) return undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.startsWith(short.slice(0, -1)) && long.length - short.length <= 3) return 'inflection';
  return adjectives && sameAdjectiveStem(a, b) ? 'adjective' : undefined;
}

const FULL_ADJECTIVE_ENDING = /(?:en|in)?sk(?:ii|ie|oe|ogo|aia|aa|ia|a|o|e|i|y)$/;
const CASE_ENDING = /^(?:u|a|e|y|i|o|om|em|am|oi|ei|ie|ia)?$/;

/**
 * Whether one lone word is a place name and the other its adjective with a full ending (Abakan / Abakanskoye,
 * Zhukovskiy / Zhukovskogo); a name that merely ends in -sk (Polotsk, Nevelsk) is a noun, not an adjective.
 */
function placeAdjective(a: string, b: string, alone: boolean): boolean {
  const sa = a.replace(FULL_ADJECTIVE_ENDING, '');
  const sb = b.replace(FULL_ADJECTIVE_ENDING, '');
  if (sa === a && sb === b) return false;
  if (Math.min(sa.length, sb.length) < 4 || /sk$/.test(a) || /sk$/.test(b)) return false;
  if (sa !== a && sb !== b) return sa === sb; // two forms of one adjective
  const [noun, stemmed] = sa === a ? [a, sb] : [b, sa];
  // alone, a possessive name's adjective is a place name of its own (Aleksandrov / Aleksandrovskoye); beside the
  // same other words it is the same place (Sergiyev Posad / Sergiyevskiy Posad)
  if (alone && /[oe]v$/.test(noun)) return false;
  // the noun may lose its last vowel before the ending (Grodno / Grodnenskaya)
  return stemmed === noun || stemmed === noun.replace(/[aeiouy]$/, '');
}

/** A key without its adjective ending; memoized, as the same words meet many others. */
const withoutAdjectiveEnding = /* @__PURE__ */ memoize((key: string) => key.replace(ADJECTIVE_ENDING, ''), 50_000);

const VOWELS_DIFFER = 'the same consonants, vowels written another way (Ukrainian i for Russian o or e)';

/**
 * Whether two place-name keys are one name with its vowels read another way: the same first letter and the same
 * consonants in the same order (Ukrainian Rivne / Russian Rovno, L'viv / Lvov, Orikhiv / Orekhov, Kryvyy Rih /
 * Krivoy Rog, where Ukrainian writes i for a Russian o or e). Not for persons: Ivanov / Ivanova.
 */
function sameConsonants(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const x = consonants(a);
  return x.length >= 2 && x === consonants(b);
}

const MARKS_DROPPED = 'ž, š or č written without its mark (z, s, c)';
/** A key as it reads when ž, š and č lost their marks: Suja / Shuya, Zaskiv / Zhashkiv, Cernivci. */
const withoutMarks = (key: string) =>
  key.replace(/shch/g, 's').replace(/zh/g, 'z').replace(/sh/g, 's').replace(/ch/g, 'ts');

/**
 * Whether two place keys differ only in letters that lost their marks (Suja / Shuya), or, for one-word names,
 * in those and one letter more (Niezyn / Nizhyn).
 */
function marksDropped(a: string, b: string, alone: boolean): boolean {
  if (a.length < 3 || b.length < 3 || !/[zsc]h/.test(a + b)) return false;
  const x = withoutMarks(a);
  const y = withoutMarks(b);
  return x === y || (alone && Math.min(x.length, y.length) >= 6 && editDistance(x, y) <= 1);
}

/** Whether one key is the other with a case ending (Don / Donu / Donom, Amur / Amure / Amurem). */
function caseForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || long === short) return false;
  for (const stem of [short, short.replace(/[aeiouy]$/, '')]) {
    if (stem.length >= 3 && long.startsWith(stem) && CASE_ENDING.test(long.slice(stem.length))) return true;
  }
  return false;
}

/** Whether two keys are a place name and its adjective, or two adjective forms of one place name. */
function sameAdjectiveStem(a: string, b: string): boolean {
  const x = withoutAdjectiveEnding(a);
  const y = withoutAdjectiveEnding(b);
  if (x === a && y === b) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 4) return false;
  return long.startsWith(short.slice(0, -1)) && long.length - short.length <= 1;
}

/**
 * Whether `word` is the beginnings of `words` run together, in order and each of three letters or more: a
 * Russian syllabic abbreviation (Uralsib for Uralo-Sibirskiy, Kamkabel for Kamskiy Kabel, Sovmortrans).
 */
function syllabicAbbreviation(word: string, parts: readonly Weighted[]): boolean {
  const first = parts[0]?.whole ?? parts[0]?.key;
  if (parts.length < 2 || word.length < 6 || first === undefined || first.length < 3) return false;
  // most pairs part at the first letters
  if (word.charCodeAt(0) !== first.charCodeAt(0) || word.charCodeAt(1) !== first.charCodeAt(1)) return false;
  const words = parts.map((w) => w.whole ?? w.key);
  const from = (pos: number, k: number): boolean => {
    if (k === words.length) return pos === word.length;
    const next = words[k] as string;
    for (let length = Math.min(next.length, word.length - pos); length >= 3; length--) {
      if (word.startsWith(next.slice(0, length), pos) && from(pos + length, k + 1)) return true;
    }
    return false;
  };
  return from(0, 0);
}

/**
 * Two words that are one beyond spelling, how close that counts and why: for names other than places an
 * inflection (Russia / Russian) or, among several words, an adjective (Grodno / Grodnenskaya); for places a place
 * and its adjective, among several words a river in another case (na Donu / on Don), and the same consonants.
 */
function relatedWords(
  x: Weighted,
  y: Weighted,
  place: boolean,
  alone: boolean,
): { score: number; why: string } | undefined {
  if (!place) {
    const form = relatedForm(x.key, y.key, !alone);
    if (form === 'inflection') return { score: 0.85, why: 'inflection' };
    return form ? { score: 0.8, why: 'a place and its adjective' } : undefined;
  }
  if (placeAdjective(x.form ?? x.key, y.form ?? y.key, alone)) return { score: 0.8, why: 'a place and its adjective' };
  if (!alone && caseForm(x.key, y.key)) return { score: 0.85, why: 'inflection' };
  if (sameConsonants(x.key, y.key)) return { score: 0.78, why: VOWELS_DIFFER };
  return marksDropped(x.key, y.key, alone) ? { score: 0.78, why: MARKS_DROPPED } : undefined;
}

/** Words of one name that match words of another, with acronyms standing for several words. */
function alignWords(xs: PreparedWord[], ys: PreparedWord[], reasons: string[], place: boolean): Alignment {
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  let mx = 0;
  let my = 0;
  let moved = false;
  // score, the two words, and why when they are one beyond spelling
  const pairs: [number, number, number, string?][] = [];
  xs.forEach((x, i) => {
    ys.forEach((y, j) => {
      // translated words ('=plant') match only their own group; numbers must agree
      if (x.key !== y.key && (x.key.charCodeAt(0) === 61 || y.key.charCodeAt(0) === 61)) return;
      if (x.digits && y.digits && x.digits !== y.digits) return;
      // a place's modifier (Nizhniy, Bol'shaya) only ever matches another: Nizhin is not Nizhniy Novgorod
      if (place && x.modifier !== y.modifier) return;
      const s = compareKeys(x, y, false, !place).score;
      if (s >= 0.75) pairs.push([s, i, j]);
      else {
        const related = relatedWords(x, y, place, false);
        if (related) pairs.push([related.score, i, j, related.why]);
      }
    });
  });
  pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  for (const [s, i, j, why] of pairs) {
    if (usedX.has(i) || usedY.has(j)) continue;
    usedX.add(i);
    usedY.add(j);
    if (i !== j) moved = true;
    mx += (xs[i] as Weighted).weight;
    my += (ys[j] as Weighted).weight;
    if (s < 1)
      reasons.push(
        why
          ? `${(xs[i] as Weighted).raw} / ${(ys[j] as Weighted).raw}: ${why}`
          : (compareKeys(xs[i] as Weighted, ys[j] as Weighted, true, !place).reason ??
              `${(xs[i] as Weighted).raw} / ${(ys[j] as Weighted).raw}`),
      );
  }
  // acronyms: 'NMZ' for 'Novosibirskii Mekhanicheskii Zavod'
  const tryAcronyms = (
    as: PreparedWord[],
    bs: PreparedWord[],
    usedA: Set<number>,
    usedB: Set<number>,
    swap: boolean,
  ) => {
    as.forEach((a, i) => {
      if (usedA.has(i) || !a.acronymLike) return;
      const letters = a.latin;
      for (let start = 0; start < bs.length; start++) {
        const length = acronymLength(letters, bs, start, usedB);
        const run = length > 1 ? bs.slice(start, start + length) : [];
        if (run.length > 1) {
          usedA.add(i);
          for (let k = 0; k < run.length; k++) usedB.add(start + k);
          const wa = a.weight;
          const wb = run.reduce((sum, b) => sum + b.weight, 0);
          if (swap) {
            my += wa;
            mx += wb;
          } else {
            mx += wa;
            my += wb;
          }
          reasons.push(`${a.raw}: acronym of ${run.map((b) => b.raw).join(' ')}`);
          return;
        }
      }
    });
  };
  if (usedX.size < xs.length || usedY.size < ys.length) {
    tryAcronyms(xs, ys, usedX, usedY, false);
    tryAcronyms(ys, xs, usedY, usedX, true);
  }
  return { x: mx, y: my, usedX, usedY, moved };
}

/**
 * How many words from `start` on spell the acronym `letters`, each word giving its first letter or its first
 * digraph (ts, kh, sh, ch, zh: 'RKTS' for 'Raketno Kosmicheskii Tsentr'); 0 when they do not.
 */
function acronymLength(letters: string, words: PreparedWord[], start: number, used: Set<number>): number {
  const walk = (at: number, word: number): number => {
    if (at === letters.length) return word - start;
    const w = words[word];
    if (!w || used.has(word)) return 0;
    const head = w.latin;
    if (head.startsWith(letters.slice(at, at + 2)) && at + 2 <= letters.length && /^(ts|kh|sh|ch|zh)/.test(head)) {
      const longer = walk(at + 2, word + 1);
      if (longer) return longer;
    }
    return head.charAt(0) === letters.charAt(at) ? walk(at + 1, word + 1) : 0;
  };
  return walk(0, start);
}

/** Whether a raw word may be an acronym: 2 to 6 capitals, with few vowels ('NMZ', 'RKTS', 'OKB'; not 'ISKRA'). */
function acronymLike(raw: string): boolean {
  if (raw.length < 2 || raw.length > 6 || raw !== raw.toUpperCase()) return false;
  return raw.length <= 3 || (raw.match(/[AEIOUY]/g)?.length ?? 0) <= 1;
}

function uniqueWords(ws: Weighted[]): Weighted[] {
  const seen = new Set<string>();
  return ws.filter((w) => !seen.has(w.key) && seen.add(w.key));
}

/** The prepared words of a name run together, for names written together or apart; '' when a word has no whole key. */
const WHOLE = new WeakMap<PreparedWord[], string>();
function whole(ws: PreparedWord[]): string {
  let joined = WHOLE.get(ws);
  if (joined === undefined) {
    joined = ws.every((w) => w.whole !== undefined) ? ws.map((w) => w.whole).join('') : '';
    WHOLE.set(ws, joined);
  }
  return joined;
}

/** Per kind of preparation ('organization', 'place', …), the words of each name seen. */
const PREPARED = new Map<string, Map<string, PreparedWord[]>>();

/** The words of a name as prepared for a kind of comparison; memoized per name, as names recur across pairs. */
function prepared(name: string, words: (name: string) => Weighted[], what: string): PreparedWord[] {
  let cache = PREPARED.get(what);
  if (!cache) {
    cache = new Map();
    PREPARED.set(what, cache);
  }
  let list = cache.get(name);
  if (!list) {
    list = uniqueWords(words(name)).map((w) => ({
      ...w,
      latin: foldScript(w.raw),
      acronymLike: acronymLike(w.raw),
      modifier: isModifier(w),
    }));
    if (cache.size >= 20_000) cache.clear();
    cache.set(name, list);
  }
  return list;
}

/** How the names of one kind are compared word by word. */
interface WordSetRules {
  /** The words of a name, weighted. */
  words: (name: string) => Weighted[];
  /** What the words are, for the reasons ('place name words differ'). */
  what: string;
  /** The key the prepared words are kept under. */
  cacheKey: string;
  /** Place names: no gender and no inflection, but adjectives, rivers, vowels and names that hold others. */
  place: boolean;
  /** A short form may stand for a long name ('AO 41 TSENTRALNYI ZAVOD'). */
  truncation: boolean;
}

/** The words two names share, as alignWords leaves them: the weight matched on each side and the words used. */
interface Alignment {
  x: number;
  y: number;
  usedX: Set<number>;
  usedY: Set<number>;
  moved: boolean;
}

/** One word against one word (most place names): the same decision as the alignment, without its cost. */
function compareSingleWords(x: PreparedWord, y: PreparedWord, what: string, place: boolean): NameComparison {
  let s = compareKeys(x, y, false, !place).score;
  const related = s < 0.75 ? relatedWords(x, y, place, true) : undefined;
  if (related) s = related.score;
  if (x.digits && y.digits && x.digits !== y.digits) s = 0;
  if (s < 0.75) return { match: false, score: 0, reasons: [`${what} words differ`] };
  if (s === 1) return { match: true, score: 1, reasons: [compareKeys(x, y, true, !place).reason ?? 'same name'] };
  return {
    match: true,
    score: 1,
    reasons: [
      related ? `${x.raw} / ${y.raw}: ${related.why}` : (compareKeys(x, y, true, !place).reason ?? 'same name'),
    ],
  };
}

/**
 * The same words written together or apart ('ONER BANK' / 'ONERBANK', 'RFK-BANK' / 'RFK BANK'), for the names
 * whose words keep their whole key (organizations and places); places also when spelled a little differently
 * besides (Novoanninskiy / Novo-Annenskiy). Undefined when the names are not that.
 */
function writtenTogether(xs: PreparedWord[], ys: PreparedWord[], place: boolean): NameComparison | undefined {
  const jx = whole(xs);
  const jy = whole(ys);
  if (jx.length >= 6 && jx === jy)
    return { match: true, score: 1, reasons: [`the same words written together and apart`] };
  if (
    place &&
    jx.length >= 8 &&
    jy.length >= 8 &&
    editDistance(jx, jy) <= allowedEdits(Math.min(jx.length, jy.length)) - 1
  )
    return {
      match: true,
      score: 0.9,
      reasons: [`the same words written together and apart, spelled a little differently`],
    };
  return undefined;
}

/**
 * Places: when all other words agree, the one word left on each side may be a letter further apart than alone
 * (Ulan-Ude / Ulan-Udeh, Velikiy Ustyug / Usting Velikiy). Adds the pair to the alignment when it is so.
 */
function alignLastPlaceWord(xs: PreparedWord[], ys: PreparedWord[], aligned: Alignment, reasons: string[]): void {
  const { usedX, usedY } = aligned;
  if (usedX.size === 0 || usedX.size !== xs.length - 1 || usedY.size !== ys.length - 1) return;
  const i = xs.findIndex((_, k) => !usedX.has(k));
  const j = ys.findIndex((_, k) => !usedY.has(k));
  const a = xs[i] as Weighted;
  const b = ys[j] as Weighted;
  const bound = allowedEdits(Math.min(a.key.length, b.key.length)) + 1;
  if (a.key.length < 3 || b.key.length < 3 || a.key[0] !== b.key[0] || keyDistance(a, b, bound) > bound) return;
  usedX.add(i);
  usedY.add(j);
  if (i !== j) aligned.moved = true;
  aligned.x += a.weight;
  aligned.y += b.weight;
  reasons.push(`${a.raw} / ${b.raw}: spelled a little apart, the other words agree`);
}

/**
 * Organizations: one word made of the beginnings of the other's words left over (Uralsib / Uralo-Sibirskiy). Adds
 * them to the alignment when it is so.
 */
function alignSyllabicWord(xs: PreparedWord[], ys: PreparedWord[], aligned: Alignment, reasons: string[]): void {
  const leftX = xs.length - aligned.usedX.size;
  const leftY = ys.length - aligned.usedY.size;
  if (!((leftX === 1 && leftY >= 2 && leftY <= 4) || (leftY === 1 && leftX >= 2 && leftX <= 4))) return;
  const [ps, qs, usedP, usedQ] =
    leftX === 1 ? [xs, ys, aligned.usedX, aligned.usedY] : [ys, xs, aligned.usedY, aligned.usedX];
  let k = 0;
  while (usedP.has(k)) k++;
  const word = ps[k] as Weighted;
  const parts: Weighted[] = [];
  for (let q = 0; q < qs.length; q++) if (!usedQ.has(q)) parts.push(qs[q] as Weighted);
  if (word.digits || !syllabicAbbreviation(word.whole ?? word.key, parts)) return;
  usedP.add(k);
  for (let q = 0; q < qs.length; q++) usedQ.add(q);
  const weightQ = parts.reduce((sum, w) => sum + w.weight, 0);
  aligned.x += leftX === 1 ? word.weight : weightQ;
  aligned.y += leftX === 1 ? weightQ : word.weight;
  reasons.push(`${word.raw}: made of the beginnings of ${parts.map((w) => w.raw).join(' ')}`);
}

/** A name's total weight, its distinctive words (weight 1), and the share of those the alignment used. */
function wordSums(ws: readonly Weighted[], used: ReadonlySet<number>) {
  let weight = 0;
  let distinct = 0;
  let distinctUsed = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Weighted;
    weight += w.weight;
    if (w.weight === 1) {
      distinct++;
      if (used.has(i)) distinctUsed++;
    }
  }
  return { weight, distinct, coverage: distinct === 0 ? 0 : distinctUsed / distinct };
}

/**
 * A word of each name that the other lacks, one of them its own, is one word put for another: 'Academy Awards' /
 * 'Emmy Awards' are two awards, however generic 'Academy' is (one word left on each side, each a word and not
 * initials, both before the words they share or both after; not one word spelled two ways, Treiding / Trading).
 * The two words, or undefined.
 */
function substitutedWords(xs: Weighted[], ys: Weighted[], aligned: Alignment): [Weighted, Weighted] | undefined {
  const leftOver = (ws: Weighted[], used: Set<number>) => {
    const at = ws.findIndex((_, i) => !used.has(i));
    return ws.length - used.size === 1 ? { word: ws[at] as Weighted, first: at === 0 } : undefined;
  };
  const isWord = (w: Weighted) => !w.digits && (w.raw.match(/[aeiouy]/gi)?.length ?? 0) >= 2;
  const lx = leftOver(xs, aligned.usedX);
  const ly = leftOver(ys, aligned.usedY);
  if (!lx || !ly || lx.first !== ly.first || !isWord(lx.word) || !isWord(ly.word)) return undefined;
  if (lx.word.weight !== 1 && ly.word.weight !== 1) return undefined;
  if (editDistance(lx.word.key, ly.word.key) * 2 <= Math.min(lx.word.key.length, ly.word.key.length)) return undefined;
  return [lx.word, ly.word];
}

function compareWordSets(a: string, b: string, rules: WordSetRules): NameComparison {
  const { what, place, truncation } = rules;
  const xs = prepared(a, rules.words, rules.cacheKey);
  const ys = prepared(b, rules.words, rules.cacheKey);
  if (xs.length === 0 || ys.length === 0) return { match: false, score: 0, reasons: [`no ${what} words to compare`] };
  if (xs.length === 1 && ys.length === 1) {
    const x = xs[0] as PreparedWord;
    const y = ys[0] as PreparedWord;
    if (!/^[A-Z]{2,6}$/.test(x.raw) && !/^[A-Z]{2,6}$/.test(y.raw)) return compareSingleWords(x, y, what, place);
  }
  if (xs.length !== ys.length) {
    const joined = writtenTogether(xs, ys, place);
    if (joined) return joined;
  }
  const reasons: string[] = [];
  const aligned = alignWords(xs, ys, reasons, place);
  if (place) alignLastPlaceWord(xs, ys, aligned, reasons);
  else alignSyllabicWord(xs, ys, aligned, reasons);
  const { x, y, usedX, usedY } = aligned;
  const sx = wordSums(xs, usedX);
  const sy = wordSums(ys, usedY);
  const dx = sx.coverage;
  const dy = sy.coverage;
  // every distinctive word of one name is in the other, and a third of the other's: enough, unless all that one
  // name has of its own is a place or a nation ('Russian army' is not the 'Russian Volunteer Corps')
  const fullSide = dx >= dy ? xs : ys;
  const onlyPlace = fullSide.every((w) => w.weight !== 1 || PROPER.has(w.key));
  const sameDistinctive =
    !place && Math.max(dx, dy) >= 0.99 && Math.min(dx, dy) >= 0.33 && (!onlyPlace || Math.min(dx, dy) >= 0.99);
  // said, not decided on: a registry's names often put a translated or shortened word for another, and news
  // readers (resolveEntities) weigh it with what else they know
  const substituted = substitutedWords(xs, ys, aligned);
  if (substituted) reasons.push(`${substituted[0].raw} / ${substituted[1].raw}: one word put for another`);
  const cx = x / sx.weight;
  const cy = y / sy.weight;
  const score = Math.round(Math.min(1, (2 * Math.min(cx, cy) + Math.max(cx, cy)) / 3) * 1000) / 1000;
  // words matched out of their places, or words one name has and the other not ('of', 'the')
  const moved = aligned.moved || usedX.size < xs.length || usedY.size < ys.length;
  if (score >= 0.8 && xs.length === ys.length && moved) {
    reasons.push('word order or function words differ');
  }
  const contained = place && Math.max(cx, cy) >= 0.99 && Math.min(cx, cy) >= 0.5;
  if (contained && Math.min(cx, cy) < 0.99) reasons.push('one name holds the other and more words');
  // an organization named short ('AO 41 TSENTRALNYI ZAVOD' for '41st Central Railway Equipment Plant'): every word
  // of the short name, among them a number or a word of its own, is in the long one
  const short = cx >= cy ? xs : ys;
  const truncated =
    truncation &&
    Math.max(cx, cy) >= 0.99 &&
    // half the long name, or a third when a number is among the words (a plant's number names it)
    Math.min(cx, cy) >= (short.some((w) => w.digits) ? 0.33 : 0.5) &&
    short.length >= 2 &&
    short.some((w) => w.weight === 1 || w.digits);
  if (truncated && !contained && Math.min(cx, cy) < 0.99) reasons.push('one name is a short form of the other');
  const match =
    contained ||
    truncated ||
    sameDistinctive ||
    (Math.min(cx, cy) >= 0.7 &&
      Math.max(cx, cy) >= 0.85 &&
      (sx.distinct > 0 === sy.distinct > 0 || Math.min(cx, cy) >= 0.99));
  if (!match) reasons.push(`${what} words differ`);
  return { match, score, reasons: reasons.length ? reasons : ['same name'] };
}

function placeWords(name: string): Weighted[] {
  const words = splitWords(name.replace(/[-/]/g, ' '))
    .map((raw) => toWord(expandNameAbbreviation(raw) ?? raw))
    .filter((w) => w.key !== '');
  const kept = words
    .filter((w) => !SETTLEMENT.has(w.key))
    // 'on' a river, in any language, is one word ('Rostov na Donu' / 'Rostov on Don'); 'aan de', 'sobre el' are one
    .filter((w, i, all) => !(RIVER_ARTICLES.has(w.key) && i > 0 && ON_RIVER.has((all[i - 1] as NameWord).key)))
    .map((w) => (ON_RIVER.has(w.key) ? { ...w, key: '=on', alt: '=on', keyA: '=on', alt2: '=on' } : w));
  // a town and the adjective formed from it name one place: Krasnoarmeysk / Krasnoarmeyskoye / Krasnoarmeyskiy
  const adjective = (key: string) => key.replace(/(sk)(ii|i|oi|oe|ie|aia|a|ia)$/, '$1');
  return (kept.length > 0 ? kept : words).map((w) => ({
    ...w,
    key: adjective(w.key),
    alt: adjective(w.alt),
    keyA: adjective(w.keyA),
    alt2: adjective(w.alt2),
    weight: 1,
    whole: adjective(w.key),
    form: w.key,
  }));
}

/**
 * Tells whether two spellings name the same person, place or organization, with a score and the reasons.
 * Sees through romanization systems, scripts, diacritics, typos (edits allowed grow with length), given-name
 * forms and initials, word order and legal forms; keeps Slavic feminine and masculine surnames apart.
 *
 * @example
 * compareNames('Roman Starovoyt', 'Roman Starovoit', { kind: 'person' })
 * //=> { match: true, score: 1, reasons: ['surname Starovoit / Starovoyt: same name in another romanization or script'] }
 * compareNames('Ivanov', 'Ivanova', { kind: 'person' }).match //=> false
 */
export function compareNames(a: string, b: string, options?: CompareNamesOptions): NameComparison {
  checkName(a, 'a');
  checkName(b, 'b');
  const kind = checkKind(options) ?? 'other';
  // order-free: compare in a fixed order so that compareNames(a, b) equals compareNames(b, a)
  const [x, y] = a <= b ? [a, b] : [b, a];
  if (kind === 'person') {
    const single = wordsOf(x).length === 1 && wordsOf(y).length === 1;
    if (single) return compareTokens(x, y);
    return comparePersons(x, y);
  }
  if (kind === 'organization') return compareWordSets(x, y, ORGANIZATION_RULES);
  if (kind === 'place') {
    // a town and the area around it are two places (Bay City / Bay County, Kursk city / Kursk Oblast)
    const lx = levelOf(x);
    const ly = lx ? levelOf(y) : undefined;
    if (lx && ly && lx.level !== ly.level) {
      const [town, area] = lx.level === 'town' ? [lx.word, ly.word] : [ly.word, lx.word];
      return { match: false, score: 0.3, reasons: [`${town} / ${area}: a town and the area around it`] };
    }
    const named = namedAfter(x, y);
    if (named) return { match: false, score: 0.3, reasons: [named] };
    return compareWordSets(x, y, PLACE_RULES);
  }
  return compareWordSets(x, y, OTHER_RULES);
}

/**
 * 'Mount Cook Village' / 'Mount Cook', 'Richmond Hill' / 'Richmond': one name is the other and after it a noun for
 * a feature, a facility or an area, so it names another place named after the first. Undefined when not so.
 */
function namedAfter(a: string, b: string): string | undefined {
  const wa = wordsInFull(a);
  const wb = wordsInFull(b);
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0 || short.length === long.length) return undefined;
  if (!NAMED_AFTER_HEADS.has(long[long.length - 1] as string)) return undefined;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) return undefined;
  const [shortName, longName] = wa.length < wb.length ? [a, b] : [b, a];
  return `${longName} / ${shortName}: a place named after another`;
}

const TOWN_LEVEL = new Set(TOWN_LEVEL_WORDS);
const AREA_LEVEL = new Set(AREA_LEVEL_WORDS);

/** Whether a place's name says it is a town or an area, by a word such as 'city' or 'county', and that word. */
const levelOf = /* @__PURE__ */ memoize((name: string): { level: 'town' | 'area'; word: string } | undefined => {
  if (!/[\s-]/.test(name)) return undefined;
  let found: { level: 'town' | 'area'; word: string } | undefined;
  for (const word of name.toLowerCase().split(/[\s,-]+/)) {
    const level = TOWN_LEVEL.has(word) ? 'town' : AREA_LEVEL.has(word) ? 'area' : undefined;
    if (!level) continue;
    // a name with words of both levels says nothing clear ('Town of X District')
    if (found && found.level !== level) return undefined;
    found = { level, word };
  }
  return found;
}, 20_000);

function plainWords(name: string): Weighted[] {
  return splitWords(name).map((w) => ({ ...toWord(expandNameAbbreviation(w) ?? w), weight: 1 }));
}

const ORGANIZATION_RULES: WordSetRules = {
  words: orgWords,
  what: 'name',
  cacheKey: 'organization',
  place: false,
  truncation: true,
};
const PLACE_RULES: WordSetRules = {
  words: placeWords,
  what: 'place name',
  cacheKey: 'place',
  place: true,
  truncation: false,
};
const OTHER_RULES: WordSetRules = {
  words: plainWords,
  what: 'name',
  cacheKey: 'other',
  place: false,
  truncation: false,
};

/**
 * The possessive endings of East and South Slavic surnames, in every romanization (-ov, -ev, -yov, -yev, German
 * -ow, -ew, French and émigré -off, -eff; feminine -ova, -eva, -owa, -ewa): most of these surnames are a given name
 * with the ending (Sergei → Sergeev, Nikolai → Nikolaev, Ivan → Ivanov; B. O. Unbegaun, Russian Surnames, 1972,
 * ch. 2). After a stem of three letters or more, so that Lev is no surname.
 */
const POSSESSIVE_SURNAME = /^\p{L}{3,}?(?:y?[oe]v|[oe]w|[oe]ff|y?[oe]va|[oe]wa)$/u;

/**
 * Whether one word is a surname made from a given name and the other is not ('Sergeev' / 'Sergei', 'Nikolaev' /
 * 'Nikolai'): a surname and a given name, however near their letters. A form of a given name of the tables that
 * ends like a surname (Yakov) is a given name.
 */
function surnameAgainstGivenName(x: NameWord, y: NameWord): boolean {
  const surname = (w: NameWord) =>
    POSSESSIVE_SURNAME.test(foldScript(w.raw).toLowerCase()) && givenNameGroups(w.key) === undefined;
  // a patronymic beside a surname is read as one (Nikolayev / Nikolayevich)
  return surname(x) !== surname(y) && !isPatronymic(x) && !isPatronymic(y);
}

/** One word against one word: given names, patronymics and surnames alike. */
function compareTokens(a: string, b: string): NameComparison {
  const x = toWord(wordsOf(a)[0] ?? '');
  const y = toWord(wordsOf(b)[0] ?? '');
  if (!x.key || !y.key) return { match: false, score: 0, reasons: ['nothing to compare'] };
  if (surnameAgainstGivenName(x, y))
    return { match: false, score: 0.3, reasons: [`${x.raw} / ${y.raw}: a surname made from a given name, and a name`] };
  const given = compareGiven(x, y, false);
  const patr = comparePatronymics(x, y);
  // two given names told apart (Aleksandr / Aleksandra) stay apart, however near they are as patronymics
  const best = given.score >= patr.score || (given.score === 0 && given.reason) ? given : patr;
  const match = best.score >= 0.75;
  return {
    match,
    score: Math.round(best.score * 1000) / 1000,
    reasons: best.reason ? [best.reason] : [match ? 'same name' : 'different names'],
  };
}
