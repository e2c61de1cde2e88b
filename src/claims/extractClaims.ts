import type * as z from 'zod/mini';
import type { Entity } from '../entities/resolveEntities.js';
import { type Attribution, extractAttribution } from '../extract/extractAttribution.js';
import { extractQuantities, type Quantity } from '../extract/extractQuantities.js';
import { extractTimes, type TimeRef } from '../extract/extractTimes.js';
import type { Article, Span } from '../ingest/types.js';
import { appendTo } from '../text/appendTo.js';
import { toInputOffset } from '../text/foldText.js';
import { languageReading } from '../text/language.js';
import { contentTerms } from '../text/terms.js';
import type { ClaimSchema } from './schemas.js';

/** A quantity of a claim, with its span in the input text. */
export type ClaimQuantity = Quantity & { span: Span };
/** A time of a claim, with its span in the input text. */
export type ClaimTime = TimeRef & { span: Span };

/**
 * One statement of fact in one article: what a report gives of it (ClaimSchema), and what the stages after it read
 * besides.
 */
export type Claim = z.infer<typeof ClaimSchema> & {
  /** Index of the sentence in the article. */
  sentence: number;
  publishedAt?: string;
  /** The entity id of the speaker, when it is a resolved entity. */
  speakerEntity?: string;
  /** Content terms (stemmed, synonyms folded) for clustering. */
  terms: string[];
};

/** Options of {@link extractClaims}. */
export interface ExtractClaimsOptions {
  /** Names of other outlets to recognise as citations ('told Reuters'). */
  outlets?: readonly string[];
}

const PRONOUN = /^(it|he|she|they|we|i)$/i;
const NEGATION = /\b(not|no|never|none|nobody|neither|nor|without|denied|denies|deny|n't)\b/i;

/**
 * Clauses of a sentence that state separate facts ('... destroyed a carrier and that the incursions were undertaken
 * alongside two other groups'): split at coordinating joints outside quotations, when both sides are long enough to
 * state something. Returns [start, end) offsets.
 */
export function clausesOf(text: string): [number, number][] {
  // single spaces: folded text has them, and a fixed-width joint keeps the scan linear
  const joints = /, (?:and|but|while|whereas) |; | and that | and said (?:that )?/g;
  const ranges: [number, number][] = [];
  let start = 0;
  let scanned = 0;
  let quotes = 0;
  let words = 1;
  const isQuote = (c: string) => c === '"' || c === '\u201C' || c === '\u201D';
  for (const m of text.matchAll(joints)) {
    const at = m.index ?? 0;
    // one pass over the text for quotation marks and word counts, however many joints there are
    for (; scanned < at; scanned++) {
      const c = text.charAt(scanned);
      if (isQuote(c)) quotes++;
      else if (c === ' ') words++;
    }
    if (quotes % 2 === 1) continue;
    let right = 0;
    for (let k = at + m[0].length; k < text.length && right < 4; k++) if (text.charAt(k) === ' ') right++;
    if (words < 5 || right < 4) continue;
    ranges.push([start, at]);
    start = at + m[0].length;
    words = 1;
    for (let k = at; k < start; k++) if (isQuote(text.charAt(k))) quotes++;
    scanned = start;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/** An entity mention within a sentence: its span in the input and the entity's id. */
interface SentenceMention {
  start: number;
  end: number;
  id: string;
  kind: Entity['kind'];
}

/** The entity mentions of each sentence of an article (a name written inside a longer one left out). */
function mentionsBySentence(article: Article, entities: readonly Entity[]): Map<number, SentenceMention[]> {
  return mentionIndex(entities).get(article.id) ?? new Map();
}

/**
 * The entity mentions of every article by sentence, built once for a list of entities: an event of thousands of
 * articles reads its mentions once, not once for each article (linear in the size of an event). Kept for the list
 * as long as it lives and its length does not change; entities are read, never changed, by the stages.
 */
const mentionIndexes = new WeakMap<
  readonly Entity[],
  { size: number; index: Map<string, Map<number, SentenceMention[]>> }
>();
function mentionIndex(entities: readonly Entity[]): Map<string, Map<number, SentenceMention[]>> {
  const known = mentionIndexes.get(entities);
  if (known && known.size === entities.length) return known.index;
  const index = new Map<string, Map<number, SentenceMention[]>>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.within !== undefined) continue;
      let bySentence = index.get(m.articleId);
      if (!bySentence) {
        bySentence = new Map();
        index.set(m.articleId, bySentence);
      }
      appendTo(bySentence, m.sentence, { start: m.span[0], end: m.span[1], id: entity.id, kind: entity.kind });
    }
  }
  mentionIndexes.set(entities, { size: entities.length, index });
  return index;
}

/** A name after one of these words in a speaker's phrase is whom the speaker speaks for: 'a spokesman for Smith'. */
const SPEAKS_FOR = /\b(?:for|of|at|from|with|to)\s+(?:the\s+)?$/i;

/**
 * The entity a speaker's phrase names as the speaker: the person it ends on, as an appositive puts the name after
 * the title ('Chargers general manager A.J. Smith', 'U.S. Attorney General Eric Holder'), unless the person is whom
 * the speaker speaks for ('a spokesman for Smith'); else the first name in it ('the Russian Defence Ministry').
 * `before(m)` is the phrase's text before a mention.
 */
function speakerEntity(inSpan: readonly SentenceMention[], before: (m: SentenceMention) => string): string | undefined {
  const own = inSpan.filter((m) => m.kind === 'person' && !SPEAKS_FOR.test(before(m)));
  return (own[own.length - 1] ?? inSpan[0])?.id;
}

/**
 * Who says a sentence: the speaker its attribution names, with the entity mentioned there; a pronoun ('he
 * added') takes the previous speaker.
 */
function speakerOf(
  article: Article,
  sentence: Article['sentences'][number],
  attribution: Attribution,
  mentions: readonly SentenceMention[],
  lastSpeaker: { text: string; entity?: string } | undefined,
): { text: string; entity?: string } | undefined {
  if (!attribution.speaker) return undefined;
  if (PRONOUN.test(attribution.speaker) && lastSpeaker) return lastSpeaker;
  const start = toInputOffset(article, sentence.start + (attribution.speakerStart ?? 0));
  const end = toInputOffset(article, sentence.start + (attribution.speakerEnd ?? 0));
  const inSpan = mentions.filter((m) => m.start >= start && m.end <= end);
  const from = attribution.speakerStart ?? 0;
  const phrase = sentence.text.slice(from, attribution.speakerEnd ?? from);
  // the phrase's words before a mention (mentions are in input offsets, the phrase in folded ones)
  const before = (m: SentenceMention) => {
    let k = 0;
    while (k < phrase.length && toInputOffset(article, sentence.start + from + k) < m.start) k++;
    return phrase.slice(0, k);
  };
  const entity = speakerEntity(inSpan, before);
  const speaker: { text: string; entity?: string } = { text: attribution.speaker };
  if (entity) speaker.entity = entity;
  return speaker;
}

/** What a sentence gives all of its clauses: the article, the sentence, its attribution and its speaker. */
interface SentenceReading {
  article: Article;
  sentence: Article['sentences'][number];
  attribution: Attribution;
  speaker: { text: string; entity?: string } | undefined;
}

/**
 * The claim of one clause (from..to in the sentence, the k-th): its text and span, the quantities, times and
 * entities in it, the sentence's attribution, and its terms (the words of the clause without its attribution).
 */
function claimOfClause(
  reading: SentenceReading,
  [from, to]: [number, number],
  k: number,
  quantities: readonly Quantity[],
  times: readonly TimeRef[],
  mentions: readonly SentenceMention[],
): Claim {
  const { article, sentence, attribution, speaker } = reading;
  const clauseText = sentence.text.slice(from, to);
  const inClause = (start: number) => start >= from && start < to;
  // an item found in the sentence, with offsets in the clause and its span in the input text
  const relocate = <T extends { start: number; end: number }>(item: T): T & { span: Span } => ({
    ...item,
    start: item.start - from,
    end: item.end - from,
    span: [toInputOffset(article, sentence.start + item.start), toInputOffset(article, sentence.start + item.end)],
  });
  const span: Span = [toInputOffset(article, sentence.start + from), toInputOffset(article, sentence.start + to)];
  const claim: Claim = {
    id: k === 0 ? `${article.id}#${sentence.index}` : `${article.id}#${sentence.index}.${k}`,
    articleId: article.id,
    outlet: article.outlet,
    sentence: sentence.index,
    text: clauseText,
    span,
    citations: attribution.citations,
    quote: attribution.quote,
    hedged: attribution.hedged,
    negated: attribution.negated && NEGATION.test(clauseText),
    quantities: quantities.filter((q) => inClause(q.start)).map(relocate),
    times: times.filter((t) => inClause(t.start)).map(relocate),
    entities: [...new Set(mentions.filter((m) => m.start >= span[0] && m.end <= span[1]).map((m) => m.id))].sort(),
    terms: [],
  };
  if (article.publishedAt) claim.publishedAt = article.publishedAt;
  if (attribution.verb) claim.verb = attribution.verb;
  if (attribution.attributedTo) claim.attributedTo = attribution.attributedTo;
  if (speaker) {
    claim.speaker = speaker.text;
    if (speaker.entity) claim.speakerEntity = speaker.entity;
  }
  // the words of the claim, without its attribution, are what it says
  let said = clauseText;
  if (attribution.speakerStart !== undefined && attribution.speakerEnd !== undefined) {
    const a = Math.max(from, attribution.speakerStart) - from;
    const b = Math.min(to, attribution.speakerEnd) - from;
    if (b > a) said = `${clauseText.slice(0, a)} ${clauseText.slice(b)}`;
  }
  claim.terms = [...new Set([...contentTerms(said), ...claim.entities.map((e) => `@${e}`)])].sort();
  return claim;
}

/**
 * Splits an article into claims, one per sentence of its story, each with the speaker and reporting verb, the chain
 * of authority, citations, quote or paraphrase, hedges and negation, quantities and times, and the entities named.
 * Pronoun speakers ('it added') take the previous speaker; a quotation running over two sentences takes the
 * speaker named at its end.
 *
 * @example
 * const article = parseArticle({ outlet: 'AFP', publishedAt: '2024-03-12', text: '"We crossed the border," the legion said on Telegram. Another attack at 8:00 am (0500 GMT) was foiled, it added.' });
 * extractClaims(article).map((c) => [c.speaker, c.verb, c.times.map((t) => t.raw)])
 * //=> [['legion', 'said on Telegram', []], ['legion', 'added', ['8:00 am (0500 GMT)']]]
 */
export function extractClaims(
  article: Article,
  entities: readonly Entity[] = [],
  options: ExtractClaimsOptions = {},
): Claim[] {
  // an article not in English gives names only (see languageReading)
  if (languageReading(article.language) !== 'english') return [];
  const mentionsOf = mentionsBySentence(article, entities);
  const claimsOfSentence = new Map<number, Claim[]>();
  /** whether each sentence opens a quotation that runs into the next one */
  const opensQuote = new Map<number, boolean>();
  // the list as given (its index of names is built once per list, not per article); the article's own outlet is
  // left out where citations are read
  const outlets = options.outlets ?? [];
  const claims: Claim[] = [];
  let anchor: TimeRef | undefined;
  let lastSpeaker: { text: string; entity?: string } | undefined;
  for (const sentence of article.sentences) {
    if (sentence.heading) continue;
    const text = sentence.text;
    if (text.split(/\s+/).length < 4) continue;
    const attribution = extractAttribution(text, outlets, article.outlet);
    opensQuote.set(sentence.index, attribution.opensQuote);
    const quantities = extractQuantities(text);
    const timeOptions: { publishedAt?: string; anchor?: TimeRef } = {};
    if (article.publishedAt) timeOptions.publishedAt = article.publishedAt;
    if (anchor) timeOptions.anchor = anchor;
    const times = extractTimes(text, timeOptions);
    for (const t of times) if (t.kind === 'clock') anchor = t;
    const speaker = speakerOf(article, sentence, attribution, mentionsOf.get(sentence.index) ?? [], lastSpeaker);
    if (speaker) lastSpeaker = speaker;
    const clauses = clausesOf(text);
    // quantities, times and mentions in sentence order, handed to the clauses in one sweep (a sentence of a
    // megabyte with many clauses stays linear)
    const sentenceMentions = [...(mentionsOf.get(sentence.index) ?? [])].sort((a, b) => a.start - b.start);
    const byClause = <T>(items: T[], at: (item: T) => number) => {
      const out: T[][] = clauses.map(() => []);
      let c = 0;
      for (const item of [...items].sort((a, b) => at(a) - at(b))) {
        while (c < clauses.length - 1 && at(item) >= (clauses[c] as [number, number])[1]) c++;
        (out[c] as T[]).push(item);
      }
      return out;
    };
    const quantitiesOf = byClause(quantities, (q) => q.start);
    const timesOf = byClause(times, (t) => t.start);
    const clauseStarts = clauses.map(([from]) => toInputOffset(article, sentence.start + from));
    const mentionsByClause = byClause(sentenceMentions, (m) => {
      let c = 0;
      while (c + 1 < clauseStarts.length && m.start >= (clauseStarts[c + 1] as number)) c++;
      return (clauses[c] as [number, number])[0];
    });
    clauses.forEach(([from, to], k) => {
      const claim = claimOfClause(
        { article, sentence, attribution, speaker },
        [from, to],
        k,
        quantitiesOf[k] ?? [],
        timesOf[k] ?? [],
        mentionsByClause[k] ?? [],
      );
      claims.push(claim);
      appendTo(claimsOfSentence, sentence.index, claim);
    });
    const first = claimsOfSentence.get(sentence.index)?.[0];
    const previous = claimsOfSentence.get(sentence.index - 1) ?? [];
    if (first && previous.length && !previous[0]?.speaker && opensQuote.get(sentence.index - 1)) {
      // '"All the attacks were repelled. The enemy was hit ...," it added.': the speaker of the quote's end
      for (const p of previous) {
        if (first.speaker) p.speaker = first.speaker;
        if (first.speakerEntity) p.speakerEntity = first.speakerEntity;
        if (first.verb) p.verb = first.verb;
        p.quote = 'direct';
      }
    }
  }
  return claims;
}
