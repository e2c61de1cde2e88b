import { stem } from '../text/terms.js';
import { type ClauseContext, personNear, wordsOf } from './clauseContext.js';
import { clauseVerbs, predicateNear, verbNear } from './predicates.js';
import { type Amount, hyphenedNumberAt, readAmount, readUnit, tokenValue } from './readAmount.js';
import type { FactDraft } from './readNumbers.js';
import type { Token } from './tokens.js';

/**
 * Verbs that give how long a thing went on ('the siege lasted 16 hours', 'the search took three days', 'the jury
 * deliberated for six hours').
 */
const LASTING = /^(lasted|lasting|lasts|last|took|takes|dragged|deliberated|deliberating)$/;
const DETERMINER = /^(the|a|an|its|their|this|that)$/;

/**
 * The thing a lasting verb is said of: the head of the noun phrase before the verb, the last noun before its
 * 'of' ('The siege of the Lindt cafe lasted': siege; 'the 16-hour standoff lasted': standoff; 'the operation,
 * which lasted': operation), no further than ten tokens back.
 */
function thingBefore(tokens: readonly Token[], verb: number): string | undefined {
  let end = verb;
  // 'the operation, which lasted two weeks': the phrase before the relative pronoun
  if (/^(which|that)$/.test(tokens[end - 1]?.lower ?? '')) end--;
  if (tokens[end - 1]?.text === ',') end--;
  for (let k = end - 1; k >= 0 && k >= verb - 10; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';') return undefined;
    // 'the siege of the Lindt cafe': the determiner after 'of' opens a phrase inside the one sought
    if (!DETERMINER.test(t.lower) || tokens[k - 1]?.lower === 'of') continue;
    let head: Token | undefined;
    for (let h = k + 1; h < end && tokens[h]?.lower !== 'of'; h++) {
      const w = tokens[h] as Token;
      if (/^\p{Ll}[\p{Ll}-]+$/u.test(w.text)) head = w;
    }
    return head?.lower;
  }
  return undefined;
}

/** A span of time from token i ('16 hours', 'about three days'): the amount, and its range in hours. */
interface Span {
  amount: Amount;
  low: number;
  high: number;
  /** One past the unit's last token. */
  to: number;
}

/** The span of time that starts at token i, in hours (the unit the measures read), or undefined. */
function spanAt(tokens: readonly Token[], i: number): Span | undefined {
  const amount = readAmount(tokens, i);
  if (!amount || amount.vague) return undefined;
  const unit = readUnit(tokens, amount.to);
  if (unit?.dimension !== 'duration') return undefined;
  return { amount, low: amount.low * unit.factor, high: amount.high * unit.factor, to: unit.to };
}

/**
 * How long a thing went on, as a fact about it: 'the siege lasted 16 hours', 'the search took about three days'.
 * Hours are the unit; hedges give the range ('more than 16 hours').
 */
export function readDurations(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!LASTING.test((tokens[i] as Token).lower)) continue;
    let k = i + 1;
    if (tokens[k]?.lower === 'for') k++;
    const span = spanAt(tokens, k);
    const thing = span ? thingBefore(tokens, i) : undefined;
    if (!span || !thing) continue;
    const { amount } = span;
    out.push({
      kind: 'number',
      attribute: 'duration',
      subject: `thing:${stem(thing)}`,
      subjectLabel: thing,
      value: {
        type: 'range',
        low: span.low,
        high: span.high,
        unit: 'hours',
        label: `${amount.value} ${(tokens[amount.to] as Token).lower.replace(/s?$/, 's')}`,
      },
      from: k,
      to: amount.to + 1,
    });
  }
  return out;
}

/** Nouns of an agreement that runs for a term ('a four-year contract', 'a two-year deal', 'a three-year extension'). */
const AGREEMENTS = /^(contract|contracts|deal|deals|extension|pact|lease)$/;
/** What may stand between a term and its agreement: a sum ('a three-year, $12 million deal'). */
const BETWEEN_TERM = /^(,|\$|£|€|million|billion|m|bn|us|u\.s\.)$/;

/** The years of a term at token i ('four-year', '4-year', '4 - year'), and the token after it. */
const termAt = (tokens: readonly Token[], i: number) => hyphenedNumberAt(tokens, i, YEARS);
const YEARS = /^years?$/;

/**
 * The term of an agreement, as a fact of the person who signed it ('gave him a four-year contract', 'a three-year,
 * $12 million deal'): years, compared like any duration. The years left on it ('two years left') are not its term.
 */
export function readTerms(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = termAt(tokens, i);
    if (!term) continue;
    const [years, after] = term;
    let k = after;
    while (k < tokens.length && k < after + 6 && (BETWEEN_TERM.test(tokens[k]?.lower ?? '') || tokens[k]?.numeric)) k++;
    if (!AGREEMENTS.test(tokens[k]?.lower ?? '') || !Number.isFinite(years) || years <= 0) continue;
    const person = personNear(context, i, k + 1);
    out.push({
      kind: 'number',
      attribute: 'term (deal)',
      subject: person?.entity ?? '',
      subjectLabel: person?.label ?? '',
      value: { type: 'range', low: years, high: years, unit: 'years', label: `${years} years` },
      from: i,
      to: after,
    });
    i = k;
  }
  return out;
}

/** Words after a span of time that put what the clause tells that long after an earlier moment. */
const LATER = /^(later|afterwards?|on)$/;

/**
 * How long after an earlier moment something happened, as a fact of its verb: 'was arrested two hours later',
 * 'she died three days later', 'about 20 minutes later police arrived'. Hours are the unit, as for durations; the
 * verb nearest the span says what happened then. 'Two days on' is the same in British usage.
 */
export function readDelays(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = spanAt(tokens, i);
    const after = span ? tokens[span.to] : undefined;
    if (!span || !after || !LATER.test(after.lower)) continue;
    // 'later on' is 'later'; 'on' alone only at the end of a phrase ('two days on, ...')
    if (after.lower === 'on' && !/^[,.;]?$/.test(tokens[span.to + 1]?.text ?? '')) continue;
    const verb = predicateNear(clauseVerbs(tokens), i);
    if (!verb) continue;
    out.push(spanFact(context, `delay (${verb})`, span, personNear(context, i, span.to + 1), span.to + 1));
    i = span.to;
  }
  return out;
}

/** A fact of a span of time, in hours, labelled as the outlet wrote it; `to` is one past its last token. */
function spanFact(
  context: ClauseContext,
  attribute: string,
  span: Span,
  person: { entity: string; label: string } | undefined,
  to: number,
): FactDraft {
  return {
    kind: 'number',
    attribute,
    subject: person?.entity ?? '',
    subjectLabel: person?.label ?? '',
    value: {
      type: 'range',
      low: span.low,
      high: span.high,
      unit: 'hours',
      label: wordsOf(context, span.amount.from, span.to),
    },
    from: span.amount.from,
    to,
  };
}

/** Verbs whose span is read elsewhere: a lasting verb (above) and a prison term ('jailed for 18 months'). */
const SPAN_READ_ELSEWHERE = /^(last|lasted|lasting|took|deliberat|sentenc|jail|imprison|resentenc)/;

/**
 * How long someone did a thing, as a fact of its verb: 'police searched the building for two hours', 'he had
 * worked at the company for 10 years', 'negotiated for almost three hours'. The verb is the nearest one before
 * 'for'; hours are the unit. A span that is a prison term or a lasting verb's is read by their own readers.
 */
export function readSpans(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  const verbs = clauseVerbs(tokens);
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== 'for') continue;
    const span = spanAt(tokens, i + 1);
    if (!span) continue;
    const near = verbNear(verbs, i);
    if (!near || near[0] > i || SPAN_READ_ELSEWHERE.test(near[1])) continue;
    out.push(spanFact(context, `duration (${near[1]})`, span, personNear(context, near[0], i), span.to));
    i = span.to - 1;
  }
  return out;
}

/**
 * Years of service and children, as people are introduced in news: 'a 10-year veteran of the force', 'a father of
 * three', 'the mother of two': counts of the person named beside them.
 */
export function readProfiles(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let found: { attribute: string; n: number; to: number } | undefined;
    const term = termAt(tokens, i);
    if (term && tokens[term[1]]?.lower === 'veteran')
      found = { attribute: 'years of service', n: term[0], to: term[1] + 1 };
    if (/^(father|mother|parent|grandfather|grandmother)$/.test(t.lower) && tokens[i + 1]?.lower === 'of') {
      const n = tokens[i + 2] ? tokenValue(tokens[i + 2] as Token) : undefined;
      const after = tokens[i + 3];
      // 'a father of three', 'mother of two young children'; not 'the father of the bride'
      if (
        n !== undefined &&
        Number.isInteger(n) &&
        n > 0 &&
        n < 30 &&
        (!after || /^[,.;]$|^(young|children|kids|sons|daughters|boys|girls)$/.test(after.lower))
      )
        found = { attribute: t.lower.startsWith('grand') ? 'grandchildren' : 'children', n, to: i + 3 };
    }
    if (!found) continue;
    const person = personNear(context, i, found.to);
    // a person's own numbers: compared only where the outlets say whose they are
    out.push({
      kind: 'number',
      attribute: found.attribute,
      subject: person?.entity ?? '',
      subjectLabel: person?.label ?? '',
      value: { type: 'range', low: found.n, high: found.n, unit: found.attribute, label: `${found.n}` },
      from: i,
      to: found.to,
    });
    i = found.to - 1;
  }
  return out;
}
