import type { Article } from '../ingest/types.js';
import { NOUN_PHRASE_ENDS } from '../lexicon/functionWords.js';
import { COMMON_GIVEN_NAMES, ENGLISH_SHORT_FORMS } from '../lexicon/givenNames.js';
import { expandNameAbbreviation } from '../lexicon/nameAbbreviations.js';
import { DEMONYM_ENDINGS, NOT_ACRONYMS, NOT_NAMES } from '../lexicon/notNames.js';
import {
  INSTITUTION_HEADS,
  ORG_GENERIC_WORDS,
  ORGANIZATION_HEADS,
  POSSESSIVE_ORGANIZATION_HEADS,
} from '../lexicon/organizationWords.js';
import { PERSON_NOUNS } from '../lexicon/people.js';
import { KNOWN_PLACES, US_STATES } from '../lexicon/placeNames.js';
import {
  FEATURE_HEADS,
  ORIGIN_NOUNS,
  PLACE_HEADS,
  PLACE_LEADS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  SURNAME_FEATURE_HEADS,
} from '../lexicon/placeWords.js';
import { REPORTING_VERBS } from '../lexicon/reporting.js';
import { SHIP_PREFIXES } from '../lexicon/shipPrefixes.js';
import { OFFICE_TITLES, PERSON_TITLES } from '../lexicon/titles.js';
import { compareNames } from '../names/compareNames.js';
import { toWord } from '../names/nameParts.js';
import { nameKey } from '../names/normalizeName.js';
import { givenNameGroups } from '../names/similarity.js';
import type { NameKind } from '../schema.js';
import { toInputOffset } from '../text/foldText.js';
import { type LanguageReading, languageReading } from '../text/language.js';
import { trimEndChars } from '../text/trimChars.js';
import type { Mention } from './types.js';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  capitalized: boolean;
  acronym: boolean;
  possessive: boolean;
}

// an ampersand inside a word belongs to the name ('AT&T', 'C&G Accounting'); one at its end is trimmed below
// a registered or trade mark closes the word it marks ('Oscars®', 'Academy Awards®')
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'.&-]*[®™]?/gu;
// lower-case words inside names: English 'of' and 'for', the particles of Romance, Germanic and Arabic names, and the
// 'and' of Latin, French and Spanish names ('Pro Ecclesia et Pontifice', 'Ortega y Gasset')
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'du',
  'da',
  'del',
  'des',
  'di',
  'dos',
  'das',
  'von',
  'van',
  'der',
  'al',
  'bin',
  'la',
  'le',
  'el',
  'et',
  'y',
]);
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'former', 'deputy', 'head', 'chief', 'acting', 'then']);
const ROLE_WORDS =
  /\b(spokes(person|man|woman)|member|governor|chairman|chairwoman|leader|head|chief|minister|president|representative|commander|director|founder|officer|mayor|deputy|official|adviser|advisor|analyst|professor|secretary|ambassador|general|executive)\b/;
const PLACE_APPOSITIVE =
  /^, (?:a|an|the) (?:[\w-]+ ){0,2}?(?:village|town|city|region|province|district|settlement|port|capital)\b/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    const start = m.index ?? 0;
    let possessive = false;
    if (/'s$/i.test(raw) && raw.length > 2) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (/s'$/.test(raw)) {
      raw = raw.slice(0, -1);
      possessive = true;
    }
    // a trailing full stop, apostrophe or hyphen is punctuation, except in initials ('U.S.', 'A.A.') and in a
    // word abbreviated inside a name before the rest of the name ('Mt. Cook', 'Aoraki-Mt. Cook', 'St. Petersburg')
    if (!/^[A-Z](?:\.[A-Z])*\.$/.test(raw) && !/\.[A-Z]\.$/.test(raw) && !abbreviatedInName(raw, text, start))
      raw = trimEndChars(raw, ".'-&");
    if (!raw) continue;
    // 'New Zealand-born': a name's last word in a compound modifier ends the name at the hyphen
    const previous = tokens[tokens.length - 1];
    const compound = raw.includes('-') ? /^(\p{Lu}[\p{L}\p{M}']*)-\p{Ll}+$/u.exec(raw) : null;
    if (compound && previous?.capitalized && previous.end + 1 === start && text[previous.end] === ' ') {
      const head = compound[1] as string;
      tokens.push(tokenOf(head, start, false));
      tokens.push(tokenOf(raw.slice(head.length + 1), start + head.length + 1, possessive));
      continue;
    }
    tokens.push(tokenOf(raw, start, possessive));
  }
  return tokens;
}

/** 'Mt.' in 'Mt. Cook', 'Assn.' in 'Medical Assn. of Alabama': an abbreviation whose name goes on after it. */
function abbreviatedInName(raw: string, text: string, start: number): boolean {
  if (!raw.endsWith('.') || !/^\p{Lu}/u.test(raw.slice(raw.lastIndexOf('-') + 1))) return false;
  const word = raw.slice(raw.lastIndexOf('-') + 1);
  if (word.toLowerCase() !== 'st.' && expandNameAbbreviation(word) === undefined) return false;
  return /^ (?:\p{Lu}|of )/u.test(text.slice(start + raw.length, start + raw.length + 4));
}

function tokenOf(raw: string, start: number, possessive: boolean): Token {
  const first = raw.charAt(0);
  // an acronym has no small letter: most words have one of a-z, and are answered without stripping their marks
  const letters = /[a-z]/.test(raw) ? '' : raw.replace(/[^\p{L}]/gu, '');
  // a word abbreviated inside a name is read as the word it stands for ('Assn.' is an organization's head)
  const expanded = raw.endsWith('.') ? expandNameAbbreviation(raw.slice(raw.lastIndexOf('-') + 1)) : undefined;
  return {
    text: raw,
    lower: expanded && !raw.includes('-') ? expanded : raw.toLowerCase(),
    start,
    end: start + raw.length,
    capitalized: first !== first.toLowerCase() && first === first.toUpperCase(),
    acronym:
      letters.length >= 2 &&
      letters.length <= 6 &&
      letters === letters.toUpperCase() &&
      letters !== letters.toLowerCase(),
    possessive,
  };
}

const bare = (t: Token) => t.lower.replace(/\./g, '');
/** 'Ukraine-based', 'US-made', 'Pro-Kyiv': compound modifiers, not names. */
const isModifier = (t: Token) => {
  if (/^(?:pro|anti|non|ex|post|pre)-/.test(t.lower)) return true;
  const hyphen = t.text.lastIndexOf('-');
  return hyphen >= 0 && /^\p{Ll}/u.test(t.text.slice(hyphen + 1));
};
const MONTH_ABBREVIATIONS = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
/** 'Nov' in '10th Nov' or 'Nov 12': a month, not a name. */
const isDateAbbreviation = (tokens: Token[], at: number) =>
  MONTH_ABBREVIATIONS.test(bare(tokens[at] as Token)) &&
  [tokens[at - 1], tokens[at + 1]].some((t) => t !== undefined && /^\d/.test(t.text));
/** 'New Zealander', 'New Yorkers', 'Icelander': people of a known place, not a name. */
const isPlaceDemonym = (words: Token[]) => {
  const text = words.map((w) => w.lower).join(' ');
  const stem = /^(.+?)ers?$/.exec(text)?.[1];
  return stem !== undefined && KNOWN_PLACES.has(stem);
};
/** A word of a table or its plural ('Institutes', 'producers'). */
const inTable = (table: ReadonlySet<string>, lower: string) => table.has(lower) || table.has(lower.replace(/s$/, ''));
const isNameStart = (t: Token) => t.capitalized && !NOT_NAMES.has(bare(t)) && !isModifier(t);
const isDemonym = (t: Token) => t.capitalized && !t.acronym && DEMONYM_ENDINGS.test(t.lower) && t.lower.length > 4;

/** Words of organizations' names that are also titles of players ('CNN Center', 'Coast Guard'). */
const ORGANIZATION_WORDS = new Set([...ORG_GENERIC_WORDS, 'guard']);
/** The English given names of the table of short forms, full and short ('Maurice', 'Mo'). */
const ENGLISH_GIVEN_NAMES = new Set(ENGLISH_SHORT_FORMS.flat());
/**
 * A past participle that opens a sentence before a given name ('Named Maurice Cheeks coach ...'): a word in -ed
 * that is no given name itself (Ahmed, Jared, Fred are names).
 */
const isParticipleOpener = (t: Token, next: Token) =>
  /^\p{Lu}\p{Ll}{2,}ed$/u.test(t.text) &&
  !COMMON_GIVEN_NAMES.has(t.lower) &&
  !ENGLISH_GIVEN_NAMES.has(t.lower) &&
  (COMMON_GIVEN_NAMES.has(next.lower) || ENGLISH_GIVEN_NAMES.has(next.lower));

const GENERATIONAL_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * The people named in full so far in an article, by surname: a surname written alone later is looked up by its
 * key, and (for the few distinct surnames of an ordinary article) by spelling too, so the cost stays linear.
 */
class People {
  private byKey = new Map<string, string>();
  private surnames: [string, string][] = [];
  /** Per word asked about: how many surnames it was compared with, and the full name found. */
  private asked = new Map<string, { checked: number; found: string | undefined }>();

  get size(): number {
    return this.byKey.size;
  }

  add(fullName: string): void {
    const words = fullName.split(' ');
    // 'Anthony LaCalamita III', 'Martin Luther King Jr.': the surname is before the generational suffix
    while (words.length > 2 && GENERATIONAL_SUFFIX.test(words[words.length - 1] as string)) words.pop();
    const surname = words[words.length - 1] ?? fullName;
    const key = nameKey(surname);
    if (this.byKey.has(key)) return;
    this.byKey.set(key, fullName);
    if (this.surnames.length < 64) this.surnames.push([surname, fullName]);
  }

  fullNameOf(surname: string): string | undefined {
    const exact = this.byKey.get(nameKey(surname));
    if (exact) return exact;
    // surnames are only ever appended, so a word asked again is compared only with those added since it was last
    // asked: the first that matches stays the first
    const asked = this.asked.get(surname);
    if (asked?.found !== undefined) return asked.found;
    for (let i = asked?.checked ?? 0; i < this.surnames.length; i++) {
      const [s, full] = this.surnames[i] as [string, string];
      if (compareNames(s, surname, { kind: 'person' }).match) {
        this.asked.set(surname, { checked: i + 1, found: full });
        return full;
      }
    }
    this.asked.set(surname, { checked: this.surnames.length, found: undefined });
    return undefined;
  }
}

/**
 * The head word of an organization's name of two words or more: the word before its first 'of' or 'for' ('Russian
 * Legion of Freedom', 'Academy of Motion Picture Arts'), else its last word ('Freedom of Russia Legion' has both).
 */
function headOf(name: string): string | undefined {
  const words = name.toLowerCase().split(' ');
  if (words.length < 2) return undefined;
  const of = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  const last = words[words.length - 1] as string;
  return of > 0 && words[of - 1] !== undefined && INSTITUTION_HEADS.has(words[of - 1] as string)
    ? (words[of - 1] as string)
    : last;
}

/** What a head written alone after 'the' stands for: an institution ('the Academy') or an office's holder ('the President'). */
function headAloneKind(lower: string): NameKind | undefined {
  if (INSTITUTION_HEADS.has(lower)) return 'organization';
  if (OFFICE_TITLES.has(lower)) return 'person';
  return undefined;
}

/** The title a person is given, by its last word ('Kursk Governor' → 'governor'), for the office alone. */
const titleOf = (m: Mention) => m.role?.toLowerCase().split(' ').pop();

interface Chunk {
  from: number; // token index
  to: number; // exclusive
  /** The place a person is from, split off 'Vishwanand Subryan of Schenectady'. */
  origin?: boolean;
  /** The person before such a place. */
  hasOrigin?: boolean;
}

/**
 * 'Vishwanand Subryan of Schenectady', 'Alexei Navalny of Russia': two or more capitalised words, 'of' and a name,
 * none of them the head or title of an organization, place or office ('Bank of America', 'Gulf of Aden',
 * 'Democratic Republic of Congo', 'Secretary of State'), are a person and where the person is from.
 */
function originAt(tokens: Token[], from: number, to: number): number {
  // scan the chunk only, never the sentence from its start (a sentence of a megabyte holds many chunks)
  let at = -1;
  for (let k = from + 2; k < to - 1; k++)
    if ((tokens[k] as Token).lower === 'of') {
      at = k;
      break;
    }
  if (at < 0) return -1;
  const text = tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
  if (KNOWN_PLACES.has(text)) return -1;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (k !== at && w.lower === 'of') return -1;
    const b = bare(w);
    if (inTable(ORGANIZATION_HEADS, w.lower) || PLACE_LEADS.has(b) || PLACE_NOUNS.has(w.lower) || PERSON_TITLES.has(b))
      return -1;
    if (PLACE_HEADS.has(w.lower) || FEATURE_HEADS.has(b) || isDemonym(w) || w.acronym) return -1;
  }
  return at;
}

/** Capitalised runs with name connectors ('Freedom of Russia Legion') and a trailing lower-case organization head. */
function chunksOf(tokens: Token[], text: string): Chunk[] {
  // names never run across punctuation: 'Tyotkino, Kursk' is two names
  const joined = (a: Token, b: Token) => /^ +$/.test(text.slice(a.end, b.start));
  const chunks: Chunk[] = [];
  // '117th Street', '5th Avenue': the number is part of the street's name
  const isNumberedStreet = (t: Token, after: Token | undefined) =>
    after?.capitalized === true &&
    /^\d+(?:st|nd|rd|th)$/.test(t.lower) &&
    FEATURE_HEADS.has(bare(after)) &&
    joined(t, after);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isNameStart(t) && !isNumberedStreet(t, tokens[i + 1])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j] as Token;
      const prev = tokens[j - 1] as Token;
      // 'City Attorney's Office', 'Sheriff's Department': one organization across the possessive
      if (prev.possessive) {
        const office =
          u.capitalized && POSSESSIVE_ORGANIZATION_HEADS.has(u.lower) && /^'s? +$/.test(text.slice(prev.end, u.start));
        if (!office) break;
        j++;
        break;
      }
      // 'Aoraki/Mount Cook': a feature's two official names written with a slash are one name (dual names of the
      // New Zealand Geographic Board; 'Uluru/Ayers Rock'), unlike 'Kursk/Belgorod', two places
      const dual = text.slice(prev.end, u.start) === '/' && prev.capitalized && PLACE_LEADS.has(bare(u));
      if (!joined(prev, u) && !dual) break;
      // 'AK 47', 'F 16', 'MH 17': letters and a number are a model's or a flight's designation
      if (
        prev.acronym &&
        /^\d{1,4}$/.test(u.text) &&
        !/^\s*(?:[\d,.%]|(?:million|billion|thousand|hundred|percent|per)\b)/.test(text.slice(u.end, u.end + 12))
      ) {
        j++;
        continue;
      }
      if (u.capitalized && !NOT_NAMES.has(bare(u)) && !isModifier(u)) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (CONNECTORS.has(u.lower) && next?.capitalized && !NOT_NAMES.has(bare(next)) && joined(u, next)) {
        j += 2;
        continue;
      }
      // 'Medical Association of the State of Alabama', 'Department of the Interior': after an organization's
      // head, 'of the' and a capitalised word go on with its name
      const third = tokens[j + 2];
      if (
        u.lower === 'of' &&
        next?.lower === 'the' &&
        third?.capitalized &&
        ORGANIZATION_HEADS.has(prev.lower) &&
        joined(u, next) &&
        joined(next, third)
      ) {
        j += 3;
        continue;
      }
      if (ORGANIZATION_HEADS.has(u.lower) && !isDemonym(prev) && j - i >= 1 && !/^(the|a)$/.test(prev.lower)) {
        j++;
        break;
      }
      break;
    }
    const of = originAt(tokens, i, j);
    if (of < 0) chunks.push({ from: i, to: j });
    else chunks.push({ from: i, to: of, hasOrigin: true }, { from: of + 1, to: j, origin: true });
    i = j;
  }
  return chunks;
}

function textBetween(sentence: string, tokens: Token[], from: number, to: number): string {
  return sentence.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
}

/**
 * A run of capitalised words cut to the name it holds: a title closing a team's or a body's name with no name after
 * it is the noun of a person left unnamed ('former Portland Trailblazers Coach ...'); a country adjective before a
 * name that is not an organization's ('Russian Putin dictatorship'); a noun for what a person is, capitalised at the
 * start of a sentence ('Receptionist Madeline Kafoury'); a participle opening the sentence ('Named Maurice Cheeks').
 */
function trimChunk(tokens: readonly Token[], chunk: { from: number; to: number }): { from: number; to: number } {
  let { from, to } = chunk;
  // a title closing a team's or a body's name with no name after it is the noun of a person left unnamed
  // ('former Portland Trailblazers Coach ...', 'CHP Officer'): the name is what comes before it; offices that
  // stand for their holder stay
  const closing = tokens[to - 1] as Token;
  const body = tokens[to - 2];
  if (
    to - from > 1 &&
    body !== undefined &&
    (body.acronym || /\p{Ll}[^s']s$/u.test(body.text)) &&
    PERSON_TITLES.has(bare(closing)) &&
    !OFFICE_TITLES.has(closing.lower) &&
    !closing.acronym &&
    !ORGANIZATION_HEADS.has(closing.lower) &&
    !ORGANIZATION_WORDS.has(closing.lower)
  )
    to--;
  // a country adjective before a name that is not an organization's: 'Russian Putin dictatorship'
  while (
    to - from > 1 &&
    isDemonym(tokens[from] as Token) &&
    !tokens.slice(from, to).some((w) => ORGANIZATION_HEADS.has(w.lower))
  ) {
    from++;
  }
  // a noun for what the person is, capitalised at the start of a sentence: 'Receptionist Madeline Kafoury'
  if (to - from > 2 && PERSON_NOUNS.has((tokens[from] as Token).lower)) from++;
  // a participle opening the sentence before a person's name: 'Named Maurice Cheeks ...', 'Hired ...'
  if (from === 0 && to - from > 2 && isParticipleOpener(tokens[0] as Token, tokens[1] as Token)) from++;
  return { from, to };
}

/**
 * Words that are no name on their own or together: one head, lead, title or date abbreviation alone, demonyms
 * only, or an acronym that is no name.
 */
function noNameAlone(words: Token[], tokens: Token[], from: number): boolean {
  const last = words[words.length - 1] as Token;
  if (
    words.length === 1 &&
    (ORGANIZATION_HEADS.has(last.lower) ||
      PLACE_HEADS.has(last.lower) ||
      FEATURE_HEADS.has(bare(last)) ||
      PLACE_LEADS.has(bare(last)) ||
      PERSON_TITLES.has(bare(last)) ||
      isDateAbbreviation(tokens, from))
  )
    return true;
  if (words.every(isDemonym) || isPlaceDemonym(words)) return true;
  if (words.length === 1 && last.acronym && NOT_ACRONYMS.has(bare(last))) return true;
  return false;
}

/**
 * A run with a title inside it before a capitalised word ('Kursk Governor Roman Starovoyt', 'President Vladimir
 * Putin of Ukraine'): the person after the title with it as their role, the place or body before it, the country
 * after 'of'. The mentions to emit, or undefined for a run without one.
 */
function titledRun(
  words: Token[],
  tokens: Token[],
  text: string,
  from: number,
  to: number,
): [number, number, NameKind, Partial<Mention>][] | undefined {
  const last = words[words.length - 1] as Token;
  const out: [number, number, NameKind, Partial<Mention>][] = [];
  let titleAt = -1;
  for (let k = words.length - 2; k >= 0; k--) {
    if (PERSON_TITLES.has(bare(words[k] as Token)) && (words[k + 1] as Token).capitalized) {
      titleAt = k;
      break;
    }
  }
  if (titleAt >= 0 && !ORGANIZATION_HEADS.has(last.lower)) {
    const role = textBetween(text, tokens, from, from + titleAt + 1);
    const prefix = words.slice(0, titleAt).filter((w) => !isDemonym(w));
    if (prefix.length > 0 && prefix.length === titleAt) {
      // 'Kursk Governor Roman Starovoyt' names a place; 'Police Inspector Dave Gaskin', 'CHP Officer Brian
      // Pennings' and 'California Highway Patrol Officer ...' name the body the person serves
      const body = prefix.some((w) => w.acronym || ORGANIZATION_HEADS.has(w.lower));
      out.push([from, from + titleAt, body ? 'organization' : 'place', {}]);
    }
    // 'President Zelensky of Ukraine': the country after 'of' is where the person is from, not their name
    const of = countryAfterOf(tokens, from + titleAt + 2, to);
    out.push([from + titleAt + 1, of < 0 ? to : of, 'person', { role }]);
    if (of >= 0) out.push([of + 1, to, 'place', {}]);
    return out;
  }
  return undefined;
}

/** The mention of tokens [from, to) of a sentence, with its offsets into the article and into the input. */
function mentionOf(
  article: Article,
  sentence: Article['sentences'][number],
  tokens: readonly Token[],
  [from, to]: [number, number],
  kind: NameKind,
  extra: Partial<Mention>,
): Mention {
  const startInSentence = (tokens[from] as Token).start;
  const endInSentence = (tokens[to - 1] as Token).end;
  const start = sentence.start + startInSentence;
  const end = sentence.start + endInSentence;
  return {
    text: sentence.text.slice(startInSentence, endInSentence),
    kind,
    sentence: sentence.index,
    start,
    end,
    span: [toInputOffset(article, start), toInputOffset(article, end)],
    ...extra,
  };
}

/**
 * The names of a run whose shape settles their kind before any cue: a title inside it ('Kursk Governor Roman
 * Starovoyt', 'President Vladimir Putin'); a plural noun for people opening a sentence with the country they are
 * of ('Soldiers of Ukraine': the country only); an institution named by its head alone or an office standing for
 * its holder ('the Academy announced', 'the President announced'; settleHeads ties each to the organization or
 * person the article names so), which is `alone`'s kind. Undefined for any other run.
 */
function shapedRun(
  words: Token[],
  tokens: Token[],
  text: string,
  from: number,
  to: number,
): { names: [number, number, NameKind, Partial<Mention>][]; alone?: NameKind } | undefined {
  const titled = titledRun(words, tokens, text, from, to);
  if (titled) return { names: titled };
  if (
    from === 0 &&
    PERSON_NOUNS.has((tokens[0] as Token).lower.replace(/s$/, '')) &&
    (tokens[1] as Token)?.lower === 'of' &&
    countryAfterOf(tokens, 1, to) === 1
  )
    return { names: [[2, to, 'place', {}]] };
  const last = words[words.length - 1] as Token;
  const alone =
    words.length === 1 && tokens[from - 1]?.lower === 'the' && !last.possessive ? headAloneKind(last.lower) : undefined;
  return alone ? { names: [[from, to, alone, {}]], alone } : undefined;
}

/**
 * Finds the people, places and organizations named in an article, with their kind, spans, titles or roles, and
 * full names for surnames written alone. Rules and small tables of English cue words (titles, organization and
 * place heads, prepositions, reporting verbs, given names), no statistical model.
 *
 * @example
 * const article = parseArticle({ outlet: 'AFP', text: 'Kursk Governor Roman Starovoyt said a shoot-out took place in Tyotkino. Starovoyt said it was repelled.' });
 * extractMentions(article).map((m) => [m.text, m.kind, m.role ?? m.fullName])
 * //=> [['Kursk', 'place', undefined], ['Roman Starovoyt', 'person', 'Kursk Governor'], ['Tyotkino', 'place', undefined], ['Starovoyt', 'person', 'Roman Starovoyt']]
 */
export function extractMentions(article: Article): Mention[] {
  const mentions: Mention[] = [];
  const reading = languageReading(article.language);
  const people = new People();
  const places = new Set<string>();
  const placedByPreposition = new Set<Mention>();
  const unsure = new Set<Mention>();
  for (const sentence of article.sentences) {
    // a headline in title case or capitals capitalises every word, so capitals tell nothing there; one in
    // sentence case ('Navy foils piracy attempt in Gulf of Aden') capitalises names only, as a sentence does
    if (sentence.heading && !inSentenceCase(sentence.text)) continue;
    let previous: { to: number; kind: NameKind } | undefined;
    const text = sentence.text;
    const tokens = tokenize(text);
    const emit = (from: number, to: number, kind: NameKind, extra: Partial<Mention> = {}) => {
      const mention = mentionOf(article, sentence, tokens, [from, to], kind, extra);
      mentions.push(mention);
      if (kind === 'person' && to - from >= 2) people.add(mention.text);
      if (kind === 'place') places.add(mention.text.toLowerCase());
    };
    for (const chunk of chunksOf(tokens, text)) {
      if (reading !== 'english') {
        for (const [from, to, kind] of foreignNames(tokens, chunk, reading)) emit(from, to, kind);
        continue;
      }
      const { from, to } = trimChunk(tokens, chunk);
      const words = tokens.slice(from, to);
      // 'Acquiring New Manufacturing Facilities Is The Plan': a capitalised function word inside the run makes it
      // prose written in title case, not a name
      if (words.some((w, k) => k > 0 && w.capitalized && w.text.length > 1 && TITLE_CASE_WORDS.has(w.lower))) continue;
      const last = words[words.length - 1] as Token;
      const after = text.slice(last.end, last.end + 200);
      const before = tokens[from - 1];
      const before2 = tokens[from - 2];
      const next = tokens[to];
      const shaped = shapedRun(words, tokens, text, from, to);
      if (shaped) {
        for (const [x, y, kind, extra] of shaped.names) emit(x, y, kind, extra);
        if (shaped.alone) previous = { to, kind: shaped.alone };
        continue;
      }
      if (noNameAlone(words, tokens, from)) continue;
      const textBefore = text.slice(Math.max(0, (tokens[from] as Token).start - 40), (tokens[from] as Token).start);
      const context: Context = { before, before2, next, after, textBefore, tokens, to, people, places };
      // 'producers Craig Zadan and Neil Meron': a name joined by 'and' to a person's just before is a person's too
      if (previous?.to === from - 1 && /^(?:and|or)$/.test(before?.lower ?? '')) context.coordinated = previous.kind;
      let kind: NameKind;
      if (chunk.origin) kind = 'place';
      else if (chunk.hasOrigin && words.length <= 3 && words.every((w) => !w.acronym)) kind = 'person';
      else kind = classify(words, context);
      previous = { to, kind };
      // a capitalised word that opens the sentence or a clause after a colon or a dash and has no cue is most
      // likely an ordinary word ('... some noise: Whether it was ...'), unless the article names a person so
      const opensClause = from === 0 || /[:\u2014]\s*$/.test(textBefore.slice(-4));
      const tentative = kind === 'other' && words.length === 1 && opensClause;
      const extra: Partial<Mention> = {};
      if (kind === 'person') {
        const role = roleOf(before, before2, after);
        if (role) extra.role = role;
        const full = words.length === 1 ? people.fullNameOf(last.text) : undefined;
        if (full) extra.fullName = full;
      }
      emit(from, to, kind, extra);
      if (context.byPreposition) placedByPreposition.add(mentions[mentions.length - 1] as Mention);
      if (tentative) unsure.add(mentions[mentions.length - 1] as Mention);
    }
  }
  settlePeople(mentions, placedByPreposition);
  settleOthers(mentions, placedByPreposition);
  settleHeads(mentions);
  return unsure.size === 0 ? mentions : mentions.filter((m) => !unsure.has(m) || m.kind === 'person');
}

/** Whether a word is a given name of the tables (any language's form: 'Wladimir', 'Aliaksandr', 'Maurice'). */
const isGivenName = (t: Token) =>
  t.capitalized &&
  !t.acronym &&
  (COMMON_GIVEN_NAMES.has(t.lower) ||
    ENGLISH_GIVEN_NAMES.has(t.lower) ||
    givenNameGroups(toWord(t.text).key) !== undefined);

/**
 * The names of a run of capitalised words in an article not in English, from the cues that hold in any
 * language: a given name of the tables and the capitalised word after it (a person), a known place, an acronym
 * (an organization). In a language that capitalises names only, any other run inside a sentence is a name of
 * unknown kind; in one that capitalises every noun (German), it is not a name at all.
 */
function foreignNames(tokens: readonly Token[], chunk: Chunk, reading: LanguageReading): [number, number, NameKind][] {
  const out: [number, number, NameKind][] = [];
  const { from, to } = chunk;
  let k = from;
  let cued = false;
  while (k < to) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (isGivenName(t) && k + 1 < to && next?.capitalized && !next.acronym) {
      const end = k + 2 < to && (tokens[k + 2] as Token).capitalized && isGivenName(next) ? k + 3 : k + 2;
      out.push([k, end, 'person']);
      k = end;
      cued = true;
    } else if (KNOWN_PLACES.has(bare(t))) {
      out.push([k, k + 1, 'place']);
      k++;
      cued = true;
    } else if (t.acronym && !NOT_ACRONYMS.has(bare(t))) {
      out.push([k, k + 1, 'organization']);
      k++;
      cued = true;
    } else k++;
  }
  if (cued || reading === 'nouns' || from === 0) return out;
  return [[from, to, 'other']];
}

/** Function words that a name never capitalises inside itself, but title-case prose does ('Is', 'The', 'With'). */
const TITLE_CASE_WORDS = new Set(NOUN_PHRASE_ENDS.filter((w) => !CONNECTORS.has(w) && !/^(?:the|a|an|and)$/.test(w)));

/** The index of an 'of' from `start` on after which the run is a known country or place to its end, or -1. */
function countryAfterOf(tokens: readonly Token[], start: number, to: number): number {
  for (let k = start; k < to - 1; k++) {
    if ((tokens[k] as Token).lower !== 'of') continue;
    const rest = tokens
      .slice(k + 1, to)
      .map((t) => bare(t))
      .join(' ');
    return KNOWN_PLACES.has(rest) ? k : -1;
  }
  return -1;
}

/**
 * Whether a headline is written in sentence case (the style of many outlets: The Guardian, the BBC, The Indian
 * Express): of its words of four letters or more, at least two in five begin with a lower-case letter.
 */
function inSentenceCase(text: string): boolean {
  let lower = 0;
  let all = 0;
  for (const m of text.matchAll(/\p{L}{4,}/gu)) {
    all++;
    if (/^\p{Ll}/u.test(m[0])) lower++;
  }
  return all >= 3 && lower * 5 >= all * 2;
}

/**
 * What one sentence cannot tell, the article can: a name of two or three words whose last word is elsewhere a
 * person's surname written alone ('Duncan Rait' and 'Rait, who had planned ...') is that person, and so is one that
 * only a preposition made a place ('bringing in Maurice Cheeks') when its last word is written alone elsewhere, as
 * surnames are and places are not; a surname written alone before the full name ('Cheeks ... Maurice Cheeks') is
 * tied to it like one written after it.
 */
function settlePeople(mentions: Mention[], placedByPreposition: ReadonlySet<Mention>): void {
  const surnames = new Set<string>();
  const alone = new Set<string>();
  for (const m of mentions) {
    if (m.text.includes(' ')) continue;
    if (m.kind === 'person') surnames.add(nameKey(m.text));
    if (m.kind === 'person' || m.kind === 'other') alone.add(nameKey(m.text));
  }
  if (alone.size > 0) {
    for (const m of mentions) {
      const preposition = placedByPreposition.has(m);
      if (m.kind !== 'other' && !preposition) continue;
      const words = m.text.split(' ');
      if (words.length < 2 || words.length > 3 || words.some((w) => !/^\p{Lu}/u.test(w))) continue;
      const key = nameKey(words[words.length - 1] as string);
      if ((m.kind === 'other' && surnames.has(key)) || (preposition && alone.has(key))) m.kind = 'person';
    }
  }
  const people = new People();
  for (const m of mentions) if (m.kind === 'person' && m.text.includes(' ')) people.add(m.text);
  if (people.size === 0) return;
  const fullNames = new Map<string, string | undefined>();
  for (const m of mentions) {
    if ((m.kind !== 'other' && m.kind !== 'person') || m.fullName || m.text.includes(' ') || m.text.length < 2)
      continue;
    if (!fullNames.has(m.text)) fullNames.set(m.text, people.fullNameOf(m.text));
    const full = fullNames.get(m.text);
    if (full === undefined) continue;
    m.kind = 'person';
    m.fullName = full;
  }
}

/**
 * A head written alone stands for what the article names with it: 'the Legion' for the organization last named with
 * that head ('Russian Legion of Freedom'), 'the President' for the person last given that title, or the first one
 * after it when none came before ('The President announced ... President Barack Obama said'). One pass in order
 * and one lookup each, so the cost stays linear.
 */
function settleHeads(mentions: Mention[]): void {
  const firstHolder = new Map<string, string>();
  for (const h of mentions) {
    const title = h.kind === 'person' && h.text.includes(' ') ? titleOf(h) : undefined;
    if (title && !firstHolder.has(title)) firstHolder.set(title, h.text);
  }
  const lastHolder = new Map<string, string>();
  const lastNamed = new Map<string, string>();
  for (const m of mentions) {
    const lower = m.text.toLowerCase();
    if (!m.text.includes(' ')) {
      if (m.kind === 'organization' && INSTITUTION_HEADS.has(lower)) {
        const named = lastNamed.get(lower);
        if (named) m.fullName = named;
      } else if (m.kind === 'person' && !m.fullName && OFFICE_TITLES.has(lower)) {
        const holder = lastHolder.get(lower) ?? firstHolder.get(lower);
        if (holder) m.fullName = holder;
      }
      continue;
    }
    if (m.kind === 'organization') {
      const head = headOf(m.text);
      if (head) lastNamed.set(head, m.fullName ?? m.text);
    } else if (m.kind === 'person') {
      const title = titleOf(m);
      if (title) lastHolder.set(title, m.text);
    }
  }
}

/**
 * A name keeps one kind through an article: a name left without a cue ('other') takes the kind the article gives
 * it elsewhere, before or after, and a longer name that ends in a team or group's name is that team
 * ('San Diego Chargers defensive tackle ...' where 'the Chargers' is a team elsewhere).
 */
function settleOthers(mentions: Mention[], placedByPreposition: ReadonlySet<Mention>): void {
  const kinds = new Map<string, Map<NameKind, number>>();
  for (const m of mentions) {
    // a place only a preposition made is too weak a cue to pass on
    if (m.kind === 'other' || (m.kind === 'place' && placedByPreposition.has(m))) continue;
    const key = m.text.toLowerCase();
    const counts = kinds.get(key) ?? new Map<NameKind, number>();
    counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
    kinds.set(key, counts);
  }
  // each name's kind: the one the article gives it most often; a tie between two kinds leaves it unsettled
  const settled = new Map<string, NameKind>();
  for (const [key, counts] of kinds) {
    let best: NameKind | undefined;
    let most = 0;
    for (const [kind, n] of counts) {
      if (n > most) {
        best = kind;
        most = n;
      } else if (n === most) best = undefined;
    }
    if (best) settled.set(key, best);
  }
  if (settled.size === 0) return;
  for (const m of mentions) {
    if (m.kind !== 'other') continue;
    const lower = m.text.toLowerCase();
    const same = settled.get(lower);
    if (same) {
      m.kind = same;
      continue;
    }
    const space = lower.lastIndexOf(' ');
    if (space > 0 && settled.get(lower.slice(space + 1)) === 'organization') m.kind = 'organization';
  }
}

/** Features a name can stand before as a lower-case noun ('a Queens street'): not surnames, not 'drive' (a verb). */
const FEATURE_NOUNS = new Set([...FEATURE_HEADS].filter((h) => !SURNAME_FEATURE_HEADS.has(h) && h !== 'drive'));

interface Context {
  before: Token | undefined;
  before2: Token | undefined;
  next: Token | undefined;
  after: string;
  /** Up to 40 characters of the sentence before the name. */
  textBefore: string;
  tokens: Token[];
  to: number;
  people: People;
  places: Set<string>;
  /** Set by classify when only a preposition ('in', 'from') made the name a place's. */
  byPreposition?: boolean;
  /** The kind of the name joined to this one by 'and' or 'or' ('Craig Zadan and Neil Meron'). */
  coordinated?: NameKind;
}

function classify(words: Token[], c: Context): NameKind {
  const last = words[words.length - 1] as Token;
  const first = words[0] as Token;
  const text = words.map((w) => w.text).join(' ');
  if (organizationByHead(words)) return 'organization';
  // 'INS Mysore', 'MV Gibe': a ship, whatever the words around it ('on board INS Mysore', 'towards MV Gibe')
  if (words.length > 1 && SHIP_PREFIXES.has(first.text)) return 'other';
  const lower = text.toLowerCase();
  // 'Troy, Mich.', 'Schenectady, N.Y.': a US state after a town, written with its full stop
  if (/\p{L},\s*$/u.test(c.textBefore) && isUsState(c.after.startsWith('.') ? `${text}.` : text)) return 'place';
  if (words.length === 1 && last.acronym) return 'organization';
  // 'U.S. Surgeon General', 'Kursk Governor': an office named without its holder stands for the holder
  if (words.length > 1 && OFFICE_TITLES.has(last.lower)) return 'person';
  // 'Gulf of Aden', 'Mount Cook', 'Lake Baikal'
  if (words.length > 1 && PLACE_LEADS.has(bare(first))) return 'place';
  if (placeByWordsAround(words, c)) return 'place';
  // 'Rose Garden', 'Sherman Avenue': a given name before a feature that is never a surname names a place
  if (words.length > 1 && FEATURE_HEADS.has(bare(last)) && !SURNAME_FEATURE_HEADS.has(bare(last))) return 'place';
  const givenFirst = COMMON_GIVEN_NAMES.has(first.lower);
  if (givenFirst && words.length >= 2 && words.length <= 4) return 'person';
  if (c.before && PERSON_TITLES.has(bare(c.before)) && !c.before.capitalized && words.length <= 4) return 'person';
  if (KNOWN_PLACES.has(lower.replace(/\./g, ''))) return 'place';
  // 'Troy, Mich.', 'Albany, New York'
  const state = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(c.after);
  if (state && isUsState(state[1] as string)) return 'place';
  if (words.length <= 4 && words.every((w) => !w.acronym) && looksLikePerson(words, c)) return 'person';
  if (words.length === 1 && c.people.fullNameOf(last.text) !== undefined) {
    return 'person';
  }
  // '117th Street', 'Tasman Glacier', 'Cook National Park'
  if (words.length > 1 && FEATURE_HEADS.has(bare(last))) return 'place';
  if (c.places.has(lower)) return 'place';
  // ('outside LaCalamita's apartment': the preposition governs what follows the possessive, not the name)
  if (c.before && PLACE_PREPOSITIONS.has(c.before.lower) && !last.possessive) {
    c.byPreposition = true;
    return 'place';
  }
  if (personByWordsAfter(words, c)) return 'person';
  if (teamOrGroup(words, c)) return 'organization';
  return 'other';
}

/** An organization by a head noun among its words ('Defence Ministry'; 'National Institutes of Health'). */
function organizationByHead(words: readonly Token[]): boolean {
  return (
    words.length > 1 &&
    words.some(
      (w, k) =>
        (ORGANIZATION_HEADS.has(w.lower) && (w.capitalized || k === words.length - 1)) ||
        // 'National Institutes of Health'; a last word is left alone: 'Tyra Banks'
        (w.capitalized && k < words.length - 1 && inTable(ORGANIZATION_HEADS, w.lower)),
    )
  );
}

/**
 * A place by the words around it: a place noun after it ('Kursk region', 'a Queens street', 'a Troy resident',
 * 'Belgorod and Kursk regions'), an appositive that says place, or a place noun before it ('the village of X').
 */
function placeByWordsAround(words: readonly Token[], c: Context): boolean {
  if (c.next && !c.next.capitalized) {
    const head = c.next.lower;
    if (PLACE_HEADS.has(head) || ORIGIN_NOUNS.has(head)) return true;
    if (FEATURE_NOUNS.has(head) && words.every((w) => !w.acronym)) return true;
  }
  const n2 = c.tokens[c.to + 2];
  if (c.next?.lower === 'and' && c.tokens[c.to + 1]?.capitalized && n2 && PLACE_HEADS.has(n2.lower)) return true;
  if (PLACE_APPOSITIVE.test(c.after)) return true;
  return c.before?.lower === 'of' && c.before2 !== undefined && PLACE_NOUNS.has(c.before2.lower);
}

/** A person by what follows: an appositive with a role ('Smith, a spokesman') or a reporting verb ('Smith said'). */
function personByWordsAfter(words: readonly Token[], c: Context): boolean {
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    /^,\s+(a|an|the|who)\s/.test(c.after) &&
    ROLE_WORDS.test(c.after.slice(0, 60))
  )
    return true;
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    c.next !== undefined &&
    REPORTING_VERBS.has(c.next.lower) &&
    words.every((w) => !w.acronym)
  );
}

/**
 * 'the Sixers', 'the San Diego Chargers', 'the Democrats': a plural name after 'the' is a team or a group (not 'the
 * Olympics', an event, nor 'the Oscars' or 'the Kennedys', an award or a family named after a person; known plural
 * places and peoples are settled before).
 */
function teamOrGroup(words: readonly Token[], c: Context): boolean {
  const last = words[words.length - 1] as Token;
  return (
    c.before?.lower === 'the' &&
    words.length <= 3 &&
    /\p{Ll}[^s]s$/u.test(last.text) &&
    !last.text.endsWith('ics') &&
    !COMMON_GIVEN_NAMES.has(last.lower.slice(0, -1)) &&
    c.people.fullNameOf(last.text.slice(0, -1)) === undefined &&
    !last.possessive &&
    words.every((w) => !w.acronym) &&
    !(c.next && !c.next.capitalized && inTable(PERSON_NOUNS, c.next.lower))
  );
}

/**
 * A US state as news text writes it after a town: its name, its news-style abbreviation ('Mich.', 'Md.') or a
 * postal code with full stops ('N.Y.', 'D.C.'). 'MD' and 'M.D.' after a name are a degree.
 */
function isUsState(written: string): boolean {
  const lowered = written.toLowerCase().replace(/\./g, '');
  if (!US_STATES.has(lowered)) return false;
  const allCapitals = written === written.toUpperCase();
  return !allCapitals || lowered === 'dc' || (written.includes('.') && lowered !== 'md');
}

/** A person's age just before or after a name ('23-year-old Vishwanand Subryan', 'Raj Chohan, 59,'). */
const AGE_BEFORE = /^\d{1,3}-years?-old$/;
const AGE_AFTER = /^,\s*\d{1,3}\s*(?:,|\.|\)|$|(?:of|and|from|who)\s)/;

/**
 * Cues of English news that the capitalised words are a person's name: an age ('23-year-old Vishwanand Subryan',
 * 'Raj Chohan, 59,'), a noun for what the person is ('creator Seth MacFarlane'), 'who' after it, or a reporting
 * verb before a name of two or three words ('said Glenn Schuck', 'according to Duncan Rait').
 */
function looksLikePerson(words: Token[], c: Context): boolean {
  const { before, before2 } = c;
  // 'a 38-year-old Troy resident': the name says where the person is from
  if (c.next && !c.next.capitalized && PERSON_NOUNS.has(c.next.lower) && /^ \p{Ll}/u.test(c.after)) return false;
  if (
    AGE_BEFORE.test(before?.lower ?? '') ||
    (before?.lower === 'old' && /^\d{1,3}-years?$/.test(before2?.lower ?? ''))
  )
    return true;
  if (AGE_AFTER.test(c.after) || /^,\s+who\s/.test(c.after)) return true;
  // 'creator Seth MacFarlane', 'producers Craig Zadan and Neil Meron'
  // ('Receptionist Madeline Kafoury', capitalised as the sentence's first word)
  if (before && (!before.capitalized || c.tokens[0] === before) && inTable(PERSON_NOUNS, before.lower)) return true;
  if (words.length < 2 || words.length > 3 || !before) return false;
  if (c.coordinated === 'person') return true;
  return REPORTING_VERBS.has(before.lower) || (before.lower === 'to' && before2?.lower === 'according');
}

/**
 * A title just before the name ('governor Gleb Nikitin'), an appositive after it (', a spokesperson for ...'), or a
 * noun for what the person is just before it ('defensive tackle Jamal Williams').
 */
function roleOf(before: Token | undefined, before2: Token | undefined, after: string): string | undefined {
  if (before && PERSON_TITLES.has(bare(before))) {
    return before2 && TITLE_QUALIFIERS.has(before2.lower) ? `${before2.text} ${before.text}` : before.text;
  }
  const appositive = /^,\s+((?:\S+\s+){0,12}?\S+?)(?=,|\.$|$)/.exec(after);
  if (appositive) {
    const phrase = appositive[1] as string;
    const firstWord = phrase.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (APPOSITIVE_OPENERS.has(firstWord) && ROLE_WORDS.test(phrase)) return phrase;
  }
  // a noun for what the person is, with the word that qualifies it ('defensive tackle Jamal Williams', 'creator
  // Seth MacFarlane', 'Receptionist Madeline Kafoury')
  if (before && inTable(PERSON_NOUNS, before.lower)) {
    const qualifier =
      before2 && !before2.capitalized && (QUALIFIERS.has(before2.lower) || ADJECTIVE_ENDING.test(before2.lower))
        ? before2
        : undefined;
    return qualifier ? `${qualifier.text} ${before.text}` : before.text;
  }
  return undefined;
}

/** Words that qualify a title or a noun for a person alike ('former governor', 'former trustee'). */
const RANK_QUALIFIERS = ['former', 'senior', 'chief', 'deputy', 'top'];
/** Words before a title that belong to it ('regional governor', 'acting mayor', 'vice president'). */
const TITLE_QUALIFIERS = new Set([...RANK_QUALIFIERS, 'local', 'regional', 'acting', 'then', 'vice']);
/** Words that qualify a noun for a person ('wide receiver', 'star receiver'); adjectives go by their ending. */
const QUALIFIERS = new Set([
  ...RANK_QUALIFIERS,
  'wide',
  'star',
  'junior',
  'head',
  'veteran',
  'assistant',
  'lead',
  'longtime',
  'retired',
  'rookie',
  'late',
]);
/** Adjectives by their ending: 'defensive', 'national', 'political', 'junior'. */
const ADJECTIVE_ENDING = /(?:ive|al|ic|ous|ior)$/;
