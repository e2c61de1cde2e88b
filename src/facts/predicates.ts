import {
  AHEAD_WORDS,
  ATTRIBUTE_WORDS,
  FALL_WORDS,
  FOLLOW_UP_VERBS,
  IRREGULAR_PAST,
  ONSET_VERBS,
} from '../lexicon/factWords.js';
import { REPORTING_VERBS } from '../lexicon/reporting.js';
import { firstAtOrAfter } from '../text/firstAtOrAfter.js';
import { contentTerm } from '../text/terms.js';
import type { Token } from './tokens.js';

/** Whether the date at token i is when something was said ('said Friday', 'announced on Friday'). */
export function saidAt(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (/^(on|early|late|last|this)$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'here') k--;
  return REPORTING_VERBS.has(tokens[k]?.lower ?? '');
}

/**
 * The verb a token is, folded through the news thesaurus ('foiled' = 'thwarted'; 'died' = 'killed'; 'struck' =
 * the story's event, as the lede's time and day are), if it is one.
 */
export function verbOf(t: Token): string | undefined {
  // 'expected to appear', 'scheduled to be sentenced': the occasion is the verb that follows, not the expectation
  if (REPORTING_VERBS.has(t.lower) || AHEAD_WORDS.has(t.lower)) return undefined;
  const attribute = ATTRIBUTE_WORDS[t.lower];
  if (attribute) return attribute;
  if (FALL_WORDS.has(t.lower)) return 'fell';
  if (ONSET_VERBS.has(t.lower)) return 'of the event';
  if (IRREGULAR_PAST.has(t.lower)) return t.lower;
  if (/^[a-z]{3,}ed$/.test(t.lower) && !/^(need|speed|seed|bed|red|shed|hundred)$/.test(t.lower))
    return contentTerm(t.lower);
  return undefined;
}

/**
 * What happened on the day at token i: the verb nearest it in its clause, the one before it at equal distance
 * ('thwarted ... on Thursday'). `verbs` holds the clause's verbs by token index, in order.
 */
export function predicateNear(verbs: readonly (readonly [number, string])[], i: number): string | undefined {
  return verbNear(verbs, i)?.[1];
}

/** The verb nearest token i in its clause with its token index, as {@link predicateNear} picks it. */
export function verbNear(
  verbs: readonly (readonly [number, string])[],
  i: number,
): readonly [number, string] | undefined {
  const lo = firstAtOrAfter(verbs, i, (v) => v[0]);
  const before = verbs[lo - 1];
  const after = verbs[lo]?.[0] === i ? verbs[lo + 1] : verbs[lo];
  if (!before) return after;
  if (!after) return before;
  return after[0] - i < i - before[0] ? after : before;
}

/**
 * What a day or time at token i of a lede is the moment of: the story's event (`undefined`), or, when the clause
 * puts it in the future or an expectation ('is expected to be charged by noon on Friday', 'will be televised
 * live on Sunday') or its verb is a later step of the procedure ('was charged Friday', 'police identified the
 * victim on Thursday'), that verb's own occasion.
 */
export function laterOccasion(tokens: readonly Token[], i: number): string | undefined {
  const near = verbNear(clauseVerbs(tokens), i);
  const ahead = firstAhead(tokens);
  // what comes after the word that looks ahead is the occasion ('with a playoff looming on Sunday': not the
  // 'booked' before it)
  if (ahead < i) return near && near[0] > ahead ? near[1] : (tokens[ahead] as Token).lower;
  if (near && FOLLOW_UP_VERBS.has(tokens[near[0]]?.lower ?? '')) return near[1];
  return undefined;
}

/** Forms of 'be' that make a progressive with an -ing word ('were coping', 'is recovering'). */
const BE = /^(am|is|are|was|were|be|been|being|'s|'re)$/;
/** Words in -ing that are no verb after 'be' ('it was morning', 'there is nothing'). */
const NOT_PARTICIPLE = /^(morning|evening|nothing|something|anything|everything|thing|during|king|ring|spring)$/;

/**
 * The verb of a progressive at token k ('employees were coping Saturday with the death of their boss': the day is
 * the coping's, an ongoing state, not the death's). `framed` says whether the clause frames an event within it
 * ('she was crossing the street when she was struck'): the progressive is then no state of its own.
 */
function progressiveAt(tokens: readonly Token[], k: number, framed: boolean): string | undefined {
  const w = (tokens[k] as Token).lower;
  if (framed || !/^[a-z]{3,}ing$/.test(w) || NOT_PARTICIPLE.test(w) || !BE.test(tokens[k - 1]?.lower ?? ''))
    return undefined;
  return contentTerm(w);
}

/** Words that frame an event within a progressive ('she was crossing the street when she was struck at 10 p.m.'). */
const FRAMES = /^(when|while|as)$/;

/** The token indices of a clause's progressives of a state, read with its verbs (see {@link clauseVerbs}). */
const statesOf = new WeakMap<readonly Token[], ReadonlySet<number>>();

/**
 * Whether the verb at token k is a progressive of a state around the story's event ('employees were coping
 * Saturday', 'police were still searching at 9 p.m.'), not framing the event itself ('she was crossing the street
 * when she was struck'): a day or time near it is not the event's.
 */
export function stateVerbAt(tokens: readonly Token[], k: number): boolean {
  clauseVerbs(tokens);
  return statesOf.get(tokens)?.has(k) ?? false;
}

const verbsOf = new WeakMap<readonly Token[], readonly (readonly [number, string])[]>();

/** Where the first word that looks ahead stands in a clause (its length when none), read once per clause. */
const aheadOf = new WeakMap<readonly Token[], number>();
function firstAhead(tokens: readonly Token[]): number {
  let at = aheadOf.get(tokens);
  if (at === undefined) {
    // 'is set for May 5', 'are set to testify on Monday': 'set' with 'for' or 'to' schedules
    at = tokens.findIndex(
      (t, k) => AHEAD_WORDS.has(t.lower) || (t.lower === 'set' && /^(for|to)$/.test(tokens[k + 1]?.lower ?? '')),
    );
    if (at < 0) at = tokens.length;
    aheadOf.set(tokens, at);
  }
  return at;
}

/**
 * The verbs of a clause by token index, in order, for {@link predicateNear}; the verb of a relative clause is left
 * out ('four attacks by groups that tried to cross were repulsed five hours later': the time is the repulse's).
 * 'that' after a reporting verb opens what was said, not a relative clause.
 */
export function clauseVerbs(tokens: readonly Token[]): readonly (readonly [number, string])[] {
  // read once per clause, whichever reader (days, times) asks first
  const known = verbsOf.get(tokens);
  if (known) return known;
  const out: (readonly [number, string])[] = [];
  const states = new Set<number>();
  const framed = tokens.some((t) => FRAMES.test(t.lower));
  let relative = false;
  tokens.forEach((token, k) => {
    const w = token.lower;
    if (w === 'which' || w === 'who' || (w === 'that' && !REPORTING_VERBS.has(tokens[k - 1]?.lower ?? ''))) {
      relative = true;
      return;
    }
    const progressive = progressiveAt(tokens, k, framed);
    if (progressive) states.add(k);
    const verb = verbOf(token) ?? progressive;
    if (!verb) return;
    if (relative) relative = false;
    else out.push([k, verb]);
  });
  verbsOf.set(tokens, out);
  statesOf.set(tokens, states);
  return out;
}
