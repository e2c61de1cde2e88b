import type { Entity } from '../entities/resolveEntities.js';
import { type Attribution, extractAttribution } from '../extract/extractAttribution.js';
import { extractQuantities, type Quantity } from '../extract/extractQuantities.js';
import { extractTimes, type TimeRef } from '../extract/extractTimes.js';
import type { Article, Span } from '../ingest/types.js';
import { toInputOffset } from '../text/foldText.js';
import { contentTerms } from '../text/terms.js';

/** A quantity or time of a claim, with its span in the input text. */
export type ClaimQuantity = Quantity & { span: Span };
export type ClaimTime = TimeRef & { span: Span };

/** One statement of fact in one article. */
export interface Claim {
  id: string;
  articleId: string;
  outlet: string;
  /** Index of the sentence in the article. */
  sentence: number;
  text: string;
  /** Offsets into the input text. */
  span: Span;
  publishedAt?: string;
  /** Who the article says made the statement; pronouns resolved to the previous speaker. */
  speaker?: string;
  /** The entity id of the speaker, when it is a resolved entity. */
  speakerEntity?: string;
  verb?: string;
  attributedTo?: string;
  citations: string[];
  quote: Attribution['quote'];
  hedged: boolean;
  negated: boolean;
  quantities: ClaimQuantity[];
  times: ClaimTime[];
  /** Ids of the entities the claim names. */
  entities: string[];
  /** Content terms (stemmed, synonyms folded) for clustering. */
  terms: string[];
}

/** Options of {@link extractClaims}. */
export interface ExtractClaimsOptions {
  /** Names of other outlets to recognise as citations ('told Reuters'). */
  outlets?: readonly string[];
}

const PRONOUN = /^(it|he|she|they|we|i)$/i;

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
  const bySentence = new Map<number, Set<string>>();
  const speakerIndex: { start: number; end: number; id: string }[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.articleId !== article.id) continue;
      const set = bySentence.get(m.sentence) ?? new Set();
      set.add(entity.id);
      bySentence.set(m.sentence, set);
      speakerIndex.push({ start: m.span[0], end: m.span[1], id: entity.id });
    }
  }
  const outlets = (options.outlets ?? []).filter((o) => o !== article.outlet);
  const claims: Claim[] = [];
  let anchor: TimeRef | undefined;
  let lastSpeaker: { text: string; entity?: string } | undefined;
  for (const sentence of article.sentences) {
    if (sentence.heading) continue;
    const text = sentence.text;
    if (text.split(/\s+/).length < 4) continue;
    const attribution = extractAttribution(text, outlets);
    const quantities = extractQuantities(text).map((q) => ({
      ...q,
      span: [toInputOffset(article, sentence.start + q.start), toInputOffset(article, sentence.start + q.end)] as Span,
    }));
    const timeOptions: { publishedAt?: string; anchor?: TimeRef } = {};
    if (article.publishedAt) timeOptions.publishedAt = article.publishedAt;
    if (anchor) timeOptions.anchor = anchor;
    const times = extractTimes(text, timeOptions).map((t) => ({
      ...t,
      span: [toInputOffset(article, sentence.start + t.start), toInputOffset(article, sentence.start + t.end)] as Span,
    }));
    for (const t of times) if (t.kind === 'clock') anchor = t;
    const claim: Claim = {
      id: `${article.id}#${sentence.index}`,
      articleId: article.id,
      outlet: article.outlet,
      sentence: sentence.index,
      text,
      span: sentence.span,
      citations: attribution.citations,
      quote: attribution.quote,
      hedged: attribution.hedged,
      negated: attribution.negated,
      quantities,
      times,
      entities: [...(bySentence.get(sentence.index) ?? [])].sort(),
      terms: [],
    };
    if (article.publishedAt) claim.publishedAt = article.publishedAt;
    if (attribution.verb) claim.verb = attribution.verb;
    if (attribution.attributedTo) claim.attributedTo = attribution.attributedTo;
    if (attribution.speaker) {
      if (PRONOUN.test(attribution.speaker) && lastSpeaker) {
        claim.speaker = lastSpeaker.text;
        if (lastSpeaker.entity) claim.speakerEntity = lastSpeaker.entity;
      } else {
        claim.speaker = attribution.speaker;
        const start = toInputOffset(article, sentence.start + (attribution.speakerStart ?? 0));
        const end = toInputOffset(article, sentence.start + (attribution.speakerEnd ?? 0));
        const entity = speakerIndex.find((m) => m.start >= start && m.end <= end);
        if (entity) claim.speakerEntity = entity.id;
        lastSpeaker = { text: claim.speaker };
        if (entity) lastSpeaker.entity = entity.id;
      }
    }
    // the words of the claim, without its attribution, are what it says
    let said = text;
    if (attribution.speakerStart !== undefined && attribution.speakerEnd !== undefined) {
      said = `${text.slice(0, attribution.speakerStart)} ${text.slice(attribution.speakerEnd)}`;
    }
    claim.terms = [...new Set([...contentTerms(said), ...claim.entities.map((e) => `@${e}`)])].sort();
    const previous = claims[claims.length - 1];
    if (
      previous &&
      previous.sentence === sentence.index - 1 &&
      !previous.speaker &&
      extractAttribution(previous.text).opensQuote
    ) {
      // '"All the attacks were repelled. The enemy was hit ...," it added.': the speaker of the quote's end
      if (claim.speaker) previous.speaker = claim.speaker;
      if (claim.speakerEntity) previous.speakerEntity = claim.speakerEntity;
      if (claim.verb) previous.verb = claim.verb;
      previous.quote = 'direct';
    }
    claims.push(claim);
  }
  return claims;
}
