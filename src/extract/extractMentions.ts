import type { Article } from '../ingest/types.js';
import { compareNames } from '../names/compareNames.js';
import { normalizeName } from '../names/normalizeName.js';
import type { NameKind } from '../schema.js';
import { toInputOffset } from '../text/foldText.js';
import { trimEndChars } from '../text/trimChars.js';
import {
  COMMON_GIVEN_NAMES,
  DEMONYM_ENDINGS,
  NOT_ACRONYMS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  REPORTING_VERBS,
} from './tables/mentionCues.js';
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

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'.-]*/gu;
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'da', 'von', 'van', 'der', 'al', 'bin', 'la', 'le', 'el']);
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
    // a trailing full stop, apostrophe or hyphen is punctuation, except in initials ('U.S.', 'A.A.')
    if (!/^[A-Z](?:\.[A-Z])*\.$/.test(raw) && !/\.[A-Z]\.$/.test(raw)) raw = trimEndChars(raw, ".'-");
    if (!raw) continue;
    const first = raw.charAt(0);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      capitalized: first !== first.toLowerCase() && first === first.toUpperCase(),
      acronym:
        letters.length >= 2 &&
        letters.length <= 6 &&
        letters === letters.toUpperCase() &&
        letters !== letters.toLowerCase(),
      possessive,
    });
  }
  return tokens;
}

const bare = (t: Token) => t.lower.replace(/\./g, '');
/** 'Ukraine-based', 'US-made', 'Pro-Kyiv': compound modifiers, not names. */
const isModifier = (t: Token) => {
  if (/^(?:pro|anti|non|ex|post|pre)-/.test(t.lower)) return true;
  const hyphen = t.text.lastIndexOf('-');
  return hyphen >= 0 && /^\p{Ll}/u.test(t.text.slice(hyphen + 1));
};
const isNameStart = (t: Token) => t.capitalized && !NOT_NAMES.has(bare(t)) && !isModifier(t);
const isDemonym = (t: Token) => t.capitalized && !t.acronym && DEMONYM_ENDINGS.test(t.lower) && t.lower.length > 4;

/**
 * The people named in full so far in an article, by surname: a surname written alone later is looked up by its
 * key, and (for the few distinct surnames of an ordinary article) by spelling too, so the cost stays linear.
 */
class People {
  private byKey = new Map<string, string>();
  private surnames: [string, string][] = [];

  add(fullName: string): void {
    const surname = fullName.split(' ').pop() ?? fullName;
    const key = normalizeName(surname);
    if (this.byKey.has(key)) return;
    this.byKey.set(key, fullName);
    if (this.surnames.length < 64) this.surnames.push([surname, fullName]);
  }

  fullNameOf(surname: string): string | undefined {
    const exact = this.byKey.get(normalizeName(surname));
    if (exact) return exact;
    return this.surnames.find(([s]) => compareNames(s, surname, { kind: 'person' }).match)?.[1];
  }
}

interface Chunk {
  from: number; // token index
  to: number; // exclusive
}

/** Capitalised runs with name connectors ('Freedom of Russia Legion') and a trailing lower-case organization head. */
function chunksOf(tokens: Token[], text: string): Chunk[] {
  // names never run across punctuation: 'Tyotkino, Kursk' is two names
  const joined = (a: Token, b: Token) => /^ +$/.test(text.slice(a.end, b.start));
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isNameStart(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!t.possessive) {
      while (j < tokens.length) {
        const u = tokens[j] as Token;
        const prev = tokens[j - 1] as Token;
        if (prev.possessive || !joined(prev, u)) break;
        if (u.capitalized && !NOT_NAMES.has(bare(u)) && !isModifier(u)) {
          j++;
          continue;
        }
        const next = tokens[j + 1];
        if (CONNECTORS.has(u.lower) && next?.capitalized && !NOT_NAMES.has(bare(next)) && joined(u, next)) {
          j += 2;
          continue;
        }
        if (ORGANIZATION_HEADS.has(u.lower) && !isDemonym(prev) && j - i >= 1 && !/^(the|a)$/.test(prev.lower)) {
          j++;
          break;
        }
        break;
      }
    }
    chunks.push({ from: i, to: j });
    i = j;
  }
  return chunks;
}

function textBetween(sentence: string, tokens: Token[], from: number, to: number): string {
  return sentence.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
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
  const people = new People();
  const places = new Set<string>();
  for (const sentence of article.sentences) {
    // headlines are in title case: every word is capitalised, so capitals tell nothing there
    if (sentence.heading) continue;
    const text = sentence.text;
    const tokens = tokenize(text);
    const emit = (from: number, to: number, kind: NameKind, extra: Partial<Mention> = {}) => {
      const startInSentence = (tokens[from] as Token).start;
      const endInSentence = (tokens[to - 1] as Token).end;
      const start = sentence.start + startInSentence;
      const end = sentence.start + endInSentence;
      const mention: Mention = {
        text: text.slice(startInSentence, endInSentence),
        kind,
        sentence: sentence.index,
        start,
        end,
        span: [toInputOffset(article, start), toInputOffset(article, end)],
        ...extra,
      };
      mentions.push(mention);
      if (kind === 'person' && to - from >= 2) people.add(mention.text);
      if (kind === 'place') places.add(mention.text.toLowerCase());
    };
    for (const chunk of chunksOf(tokens, text)) {
      const { to } = chunk;
      let { from } = chunk;
      // a country adjective before a name that is not an organization's: 'Russian Putin dictatorship'
      while (
        to - from > 1 &&
        isDemonym(tokens[from] as Token) &&
        !tokens.slice(from, to).some((w) => ORGANIZATION_HEADS.has(w.lower))
      ) {
        from++;
      }
      const words = tokens.slice(from, to);
      const last = words[words.length - 1] as Token;
      const after = text.slice(last.end, last.end + 200);
      const before = tokens[from - 1];
      const before2 = tokens[from - 2];
      const next = tokens[to];
      // a title inside the run: 'Kursk Governor Roman Starovoyt', 'President Vladimir Putin'
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
        if (prefix.length > 0 && prefix.length === titleAt) emit(from, from + titleAt, 'place');
        emit(from + titleAt + 1, to, 'person', { role });
        continue;
      }
      if (
        words.length === 1 &&
        (ORGANIZATION_HEADS.has(last.lower) || PLACE_HEADS.has(last.lower) || PERSON_TITLES.has(bare(last)))
      )
        continue;
      if (words.every(isDemonym)) continue;
      if (words.length === 1 && last.acronym && NOT_ACRONYMS.has(bare(last))) continue;
      const kind = classify(words, { before, before2, next, after, tokens, to, people, places });
      // a capitalised word that opens the sentence and has no cue is most likely an ordinary word
      if (kind === 'other' && words.length === 1 && from === 0) continue;
      const extra: Partial<Mention> = {};
      if (kind === 'person') {
        const role = roleOf(before, before2, after);
        if (role) extra.role = role;
        if (words.length === 1) {
          const full = people.fullNameOf(last.text);
          if (full) extra.fullName = full;
        }
      }
      emit(from, to, kind, extra);
    }
  }
  return mentions;
}

interface Context {
  before: Token | undefined;
  before2: Token | undefined;
  next: Token | undefined;
  after: string;
  tokens: Token[];
  to: number;
  people: People;
  places: Set<string>;
}

function classify(words: Token[], c: Context): NameKind {
  const last = words[words.length - 1] as Token;
  const first = words[0] as Token;
  const text = words.map((w) => w.text).join(' ');
  if (
    words.length > 1 &&
    words.some((w, k) => ORGANIZATION_HEADS.has(w.lower) && (w.capitalized || k === words.length - 1))
  ) {
    return 'organization';
  }
  if (words.length === 1 && last.acronym) return 'organization';
  if (c.next && PLACE_HEADS.has(c.next.lower) && !c.next.capitalized) return 'place';
  // 'Belgorod and Kursk regions'
  const n2 = c.tokens[c.to + 2];
  if (c.next?.lower === 'and' && c.tokens[c.to + 1]?.capitalized && n2 && PLACE_HEADS.has(n2.lower)) return 'place';
  if (PLACE_APPOSITIVE.test(c.after)) return 'place';
  if (c.before?.lower === 'of' && c.before2 && PLACE_NOUNS.has(c.before2.lower)) return 'place';
  const givenFirst = COMMON_GIVEN_NAMES.has(first.lower);
  if (givenFirst && words.length >= 2 && words.length <= 4) return 'person';
  if (c.before && PERSON_TITLES.has(bare(c.before)) && !c.before.capitalized && words.length <= 4) return 'person';
  if (words.length === 1 && c.people.fullNameOf(last.text) !== undefined) {
    return 'person';
  }
  if (c.places.has(text.toLowerCase())) return 'place';
  if (c.before && PLACE_PREPOSITIONS.has(c.before.lower)) return 'place';
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    /^,\s+(a|an|the|who)\s/.test(c.after) &&
    ROLE_WORDS.test(c.after.slice(0, 60))
  )
    return 'person';
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    c.next &&
    REPORTING_VERBS.has(c.next.lower) &&
    words.every((w) => !w.acronym)
  )
    return 'person';
  return 'other';
}

/** A title just before the name ('governor Gleb Nikitin') or an appositive after it (', a spokesperson for ...'). */
function roleOf(before: Token | undefined, before2: Token | undefined, after: string): string | undefined {
  if (before && PERSON_TITLES.has(bare(before))) {
    return before2 && /^(local|regional|former|deputy|acting|then|vice|chief|top|senior)$/.test(before2.lower)
      ? `${before2.text} ${before.text}`
      : before.text;
  }
  const appositive = /^,\s+((?:\S+\s+){0,12}?\S+?)(?=,|\.$|$)/.exec(after);
  if (appositive) {
    const phrase = appositive[1] as string;
    const firstWord = phrase.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (APPOSITIVE_OPENERS.has(firstWord) && ROLE_WORDS.test(phrase)) return phrase;
  }
  return undefined;
}
