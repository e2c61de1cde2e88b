import type { Claim } from '../claims/extractClaims.js';
import type { Entity } from '../entities/resolveEntities.js';
import type { Article, Span } from '../ingest/types.js';
import { BACKGROUND_PHRASES, CUMULATIVE_PHRASES, RELOCATION_VERBS } from '../lexicon/factWords.js';
import { PERSON_DEMONYMS } from '../lexicon/nationalities.js';
import { PERSON_HEAD_NOUNS } from '../lexicon/people.js';
import { STREET_HEADS } from '../lexicon/placeWords.js';
import type { NameKind } from '../schema.js';
import { appendTo } from '../text/appendTo.js';
import { firstAtOrAfter } from '../text/firstAtOrAfter.js';
import { toInputOffset } from '../text/foldText.js';
import { isRegionName } from './regions.js';
import { matchPhrase, phraseIndex, type Token, tokenize } from './tokens.js';
import type { FactScope } from './types.js';

/** A name in a clause: its entity, kind and the tokens it covers [from, to). */
export interface ClauseMention {
  entity: string;
  label: string;
  kind: NameKind;
  from: number;
  to: number;
}

/** What the readers of facts know of one clause. */
export interface ClauseContext {
  claim: Claim;
  tokens: Token[];
  /** Input offsets of each token. */
  spans: Span[];
  mentions: ClauseMention[];
  /** The people of the clause who may be the subject of a fact (not its speaker), in text order. */
  people: ClauseMention[];
  scope: FactScope;
  /**
   * Whom 'he', 'she' and 'the man' at the start of this clause mean: the subject (the first person named) of the
   * last clause before it that names someone other than its speaker. Centering theory (Grosz, Joshi and
   * Weinstein 1995): a pronoun that opens a sentence continues the previous sentence's subject.
   */
  previousPerson?: ClauseMention;
  /**
   * The settlement last named before the clause in its article: a place that is no region (country, US state) and
   * no street, which 'the town' or 'her village' can take up.
   */
  previousSettlement?: ClauseMention;
}

const PRONOUN_START = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their', 'the']);

const CUMULATIVE = phraseIndex(CUMULATIVE_PHRASES.map((p) => [p, true] as const));
const BACKGROUND = phraseIndex(BACKGROUND_PHRASES.map((p) => [p, true] as const));

/**
 * The scope of a clause: a running total ('so far', 'in their five operations'), the past ('two years ago'), or
 * this event. A move some time ago ('had moved away five years ago') leaves the clause in the present: where one
 * moved is where one is.
 */
export function scopeOf(tokens: readonly Token[]): FactScope {
  for (let i = 0; i < tokens.length; i++) {
    if (matchPhrase(CUMULATIVE, tokens, i)) return 'cumulative';
    // 'in their five operations', 'during the three raids': a figure over several occasions
    const t = tokens[i];
    if (t && /^(in|during|over|across|from)$/.test(t.lower)) {
      let j = i + 1;
      if (/^(the|their|its|his|her|our|all|these|those)$/.test(tokens[j]?.lower ?? '')) j++;
      const n = tokens[j];
      const next = tokens[j + 1];
      if (
        n &&
        next &&
        /^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(n.lower) &&
        /^(operations|raids|attacks|missions|incidents|seizures|patrols|sorties|deployments)$/.test(next.lower)
      )
        return 'cumulative';
    }
  }
  // 'she had moved a mile and a half away five years ago': the move is past, where it led is now
  const relocated = tokens.some((t) => RELOCATION_VERBS.has(t.lower));
  for (let i = 0; i < tokens.length; i++) {
    const found = matchPhrase(BACKGROUND, tokens, i);
    if (found && !(relocated && tokens[i + found.length - 1]?.lower === 'ago')) return 'background';
  }
  return 'event';
}

type SentenceMentions = Map<number, { entity: string; label: string; kind: NameKind; span: Span }[]>;

/** The mentions of every article of an event, indexed once per entity list (not once per article). */
const mentionIndex = new WeakMap<readonly Entity[], Map<string, SentenceMentions>>();

/** The mentions of each sentence of the article, as entity, kind and input span, in text order. */
export function mentionsBySentence(article: Article, entities: readonly Entity[]): SentenceMentions {
  let index = mentionIndex.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities)
      for (const m of e.mentions) {
        // a name inside a longer one ('Mt Cook' in 'Mt Cook Village') is read through the longer one
        if (m.within !== undefined) continue;
        const byArticle = index.get(m.articleId) ?? new Map();
        index.set(m.articleId, byArticle);
        const list = byArticle.get(m.sentence) ?? [];
        list.push({ entity: e.id, label: e.canonical, kind: e.kind, span: m.span });
        byArticle.set(m.sentence, list);
      }
    for (const byArticle of index.values())
      for (const list of byArticle.values())
        list.sort((a, b) => a.span[0] - b.span[0] || a.entity.localeCompare(b.entity));
    mentionIndex.set(entities, index);
  }
  return index.get(article.id) ?? new Map();
}

/**
 * A named place that may be a town: no region ('Alabama', 'Russia', 'the Kursk region') and no street ('117th
 * Street').
 */
function isSettlement(m: ClauseMention, tokens: readonly Token[]): boolean {
  if (m.kind !== 'place' || isRegionName(m.label, tokens[m.to]?.lower)) return false;
  const last = m.label.split(/\s+/).pop()?.toLowerCase().replace(/\.$/, '') ?? '';
  return !STREET_HEADS.has(last);
}

/**
 * The contexts of an article's claims in text order: tokens with their input spans, the names in each clause,
 * the scope, and the person last named before it.
 */
export function clauseContexts(
  article: Article,
  claims: readonly Claim[],
  entities: readonly Entity[],
): ClauseContext[] {
  const bySentence = mentionsBySentence(article, entities);
  const out: ClauseContext[] = [];
  let previousPerson: ClauseMention | undefined;
  let previousSettlement: ClauseMention | undefined;
  let cursor = { sentence: -1, at: 0 };
  for (const claim of claims) {
    const sentence = article.sentences[claim.sentence];
    if (!sentence) continue;
    if (cursor.sentence !== claim.sentence) cursor = { sentence: claim.sentence, at: 0 };
    const found = sentence.text.indexOf(claim.text, cursor.at);
    const from = found >= 0 ? found : cursor.at;
    cursor.at = from + claim.text.length;
    const tokens = tokenize(claim.text);
    const spans: Span[] = tokens.map((t) => [
      toInputOffset(article, sentence.start + from + t.start),
      toInputOffset(article, sentence.start + from + t.end),
    ]);
    const mentions: ClauseMention[] = [];
    // mentions come in text order, so the first token of each is found by one pointer moving forward
    let first = 0;
    for (const m of bySentence.get(claim.sentence) ?? []) {
      if (m.span[0] < claim.span[0] || m.span[1] > claim.span[1]) continue;
      while (first < spans.length && (spans[first] as Span)[1] <= m.span[0]) first++;
      if (first === spans.length) break;
      let last = first;
      while (last < spans.length && (spans[last] as Span)[0] < m.span[1]) last++;
      mentions.push({ entity: m.entity, label: m.label, kind: m.kind, from: first, to: last });
    }
    const people = mentions.filter((m) => m.kind === 'person' && m.entity !== claim.speakerEntity);
    const context: ClauseContext = { claim, tokens, spans, mentions, people, scope: scopeOf(tokens) };
    if (previousPerson) context.previousPerson = previousPerson;
    if (previousSettlement) context.previousSettlement = previousSettlement;
    out.push(context);
    for (const m of mentions) if (isSettlement(m, tokens)) previousSettlement = m;
    // the subject: the first person named who is not a possessor ('Mr Buckley's death came a day after ...')
    const subject = people.find((p) => !possessive(tokens, p.to)) ?? people[0];
    if (subject) previousPerson = subject;
  }
  return out;
}

/** The words of tokens [from, to) as the clause writes them, white space made single ('N.Y.', '£7m', '$82 million'). */
export function wordsOf(context: ClauseContext, from: number, to: number): string {
  const first = context.tokens[from];
  const last = context.tokens[to - 1];
  if (!first || !last || to <= from) return '';
  return context.claim.text.slice(first.start, last.end).replace(/\s+/g, ' ');
}

/** Whether the name that ends before token `to` is a possessor ('Buckley's', 'Rait’s'). */
function possessive(tokens: readonly Token[], to: number): boolean {
  const last = tokens[to - 1]?.lower ?? '';
  if (/['’]s$/.test(last)) return true;
  return /^['’]$/.test(tokens[to]?.text ?? '') && (tokens[to + 1]?.lower === 's' || /s$/.test(last));
}

/**
 * Whether a clause opens by pointing back at a person: 'he', 'she', 'his', or a definite description ('the man',
 * 'the 36-year-old', 'the New Zealander').
 */
export function opensWithReference(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  if (!PRONOUN_START.has(first)) return false;
  // 'His brother was stabbed': a possessive before a person noun is another person ('his blood alcohol level'
  // is still his)
  if (/^(his|her|their)$/.test(first)) return !PERSON_HEAD_NOUNS.has(tokens[1]?.lower ?? '');
  if (first !== 'the') return true;
  const second = tokens[1]?.lower ?? '';
  const pair = `${second} ${tokens[2]?.lower ?? ''}`;
  return (
    PERSON_HEAD_NOUNS.has(second) || /^\d/.test(second) || PERSON_DEMONYMS.has(second) || PERSON_DEMONYMS.has(pair)
  );
}

/** The index of the first person of the clause whose name starts at or after token `at`. */
function firstPersonFrom(people: readonly ClauseMention[], at: number): number {
  return firstAtOrAfter(people, at, (m) => m.from);
}

/** The last person of the clause named before token `at`. */
function personBefore(people: readonly ClauseMention[], at: number): ClauseMention | undefined {
  for (let k = firstPersonFrom(people, at) - 1; k >= 0; k--)
    if ((people[k] as ClauseMention).to <= at) return people[k];
  return undefined;
}

/**
 * The person a clause's verb at token `at` is said of, in subject position: the last person named before it, else
 * (for a clause opening with 'he', 'she' or 'the man') the person last named. 'She was struck twice by LaSalle's
 * car' is said of her, not of the agent after 'by'.
 */
export function subjectBefore(context: ClauseContext, at: number): ClauseMention | undefined {
  return (
    personBefore(context.people, at) ??
    (context.previousPerson && opensWithReference(context.tokens) ? context.previousPerson : undefined)
  );
}

/**
 * The person a fact at tokens [from, to) is about: the name right around it, else the nearest named before it in
 * the clause, else after it, else (for a clause opening with 'he', 'she' or 'the man') the person last named.
 */
export function personNear(context: ClauseContext, from: number, to: number): ClauseMention | undefined {
  const before = personBefore(context.people, from);
  const after = personAfter(context, to);
  // '32-year-old Englishman Robert Buckley': a name right after, past at most two describing words
  if (after && after.from - to <= 2 && !(before && from - before.to <= 1)) return after;
  if (before) return before;
  if (after) return after;
  if (context.previousPerson && opensWithReference(context.tokens)) return context.previousPerson;
  return undefined;
}

/** The mentions of a clause by their first and by one past their last token, built once per clause. */
const byEdge = new WeakMap<ClauseContext, { from: Map<number, ClauseMention[]>; to: Map<number, ClauseMention[]> }>();

function edges(context: ClauseContext) {
  let index = byEdge.get(context);
  if (!index) {
    index = { from: new Map(), to: new Map() };
    for (const m of context.mentions) {
      appendTo(index.from, m.from, m);
      appendTo(index.to, m.to, m);
    }
    byEdge.set(context, index);
  }
  return index;
}

/** The first name of the clause that starts at token i and passes `test` (by default: not a person). */
export function mentionFrom(
  context: ClauseContext,
  i: number,
  test: (m: ClauseMention) => boolean = (m) => m.kind !== 'person',
): ClauseMention | undefined {
  return edges(context).from.get(i)?.find(test);
}

/** The first name of the clause that ends right before token i and passes `test` (by default: not a person). */
export function mentionTo(
  context: ClauseContext,
  i: number,
  test: (m: ClauseMention) => boolean = (m) => m.kind !== 'person',
): ClauseMention | undefined {
  return edges(context).to.get(i)?.find(test);
}

/**
 * The nearest name of another kind than a person (an organization, a place, an event) to tokens [from, to),
 * within `reach` tokens; the mentions are in text order, so only those around the position are looked at.
 */
export function thingNear(context: ClauseContext, from: number, to: number, reach = 6): ClauseMention | undefined {
  const { mentions } = context;
  let best: ClauseMention | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  const consider = (m: ClauseMention) => {
    if (m.kind === 'person') return;
    const gap = m.to <= from ? from - m.to : m.from >= to ? m.from - to : 0;
    if (gap <= reach && gap < bestGap) {
      best = m;
      bestGap = gap;
    }
  };
  // a name ends within reach before `from` and is at most 16 tokens long
  const at = firstAtOrAfter(mentions, from - reach - 16, (m) => m.from);
  for (let k = at; k < mentions.length && (mentions[k] as ClauseMention).from <= to + reach; k++)
    consider(mentions[k] as ClauseMention);
  return best;
}

/**
 * The person an age or a description right beside a name is said of: 'Smith, 54', 'Smith, a 54-year-old',
 * '32-year-old Englishman Robert Buckley'. Nothing when no name stands right there.
 */
export function personAdjacent(context: ClauseContext, from: number, to: number): ClauseMention | undefined {
  const { tokens, people } = context;
  const comma =
    tokens[from - 1]?.text === ','
      ? from - 1
      : /^(a|an)$/.test(tokens[from - 1]?.lower ?? '') && tokens[from - 2]?.text === ','
        ? from - 2
        : -1;
  if (comma >= 0) {
    const named = personBefore(people, comma);
    if (named?.to === comma) return named;
  }
  const after = personAfter(context, to);
  return after && after.from - to <= 2 ? after : undefined;
}

/** The first person named after token `at` in the clause (an appositive: 'a climber with rental gear, Robert Buckley'). */
export function personAfter(context: ClauseContext, at: number): ClauseMention | undefined {
  return context.people[firstPersonFrom(context.people, at)];
}
