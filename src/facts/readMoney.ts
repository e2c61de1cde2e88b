import { CURRENCY_AFTER, CURRENCY_BEFORE, MONEY_MULTIPLIERS, MONEY_WORDS } from '../lexicon/currencies.js';
import { dictionary } from '../lexicon/dictionary.js';
import { MULTIPLIERS } from '../lexicon/numberWords.js';
import { firstAtOrAfter } from '../text/firstAtOrAfter.js';
import { type ClauseContext, personNear, thingNear, wordsOf } from './clauseContext.js';
import { hedgeAt, numberWordValue } from './readAmount.js';
import type { FactDraft } from './readNumbers.js';
import type { Token } from './tokens.js';

/** Number words ('million') and the multipliers of money ('m', 'bn', 'crore'). */
const MULTIPLIER_OF = /* @__PURE__ */ dictionary({ ...MULTIPLIERS, ...MONEY_MULTIPLIERS });

/** Sums said of a person when one is named (bail, a fine, a salary, a player's deal); others of a thing. */
const PERSONAL_MONEY = /^(bail|fine|salary|deal)$/;

/** Words that give a sum's worth after the noun it is of ('a contract worth', 'a prize valued at'). */
const VALUE_WORDS = /^(worth|valued)$/;

/** A sum of money at tokens [from, to): its currency and value. */
interface Sum {
  currency: string;
  value: number;
  from: number;
  to: number;
}

/** The currency written before token i ('$', 'US$', '£', 'Rs'), and where it starts. */
export function currencyBefore(tokens: readonly Token[], i: number): [string, number] | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.text === '$') {
    const prev = tokens[i - 1];
    const joined = prev && prev.end === t.start ? CURRENCY_BEFORE[`${prev.lower}$`] : undefined;
    return joined ? [joined, i - 1] : ['USD', i];
  }
  const code = CURRENCY_BEFORE[t.lower];
  // a code or 'Rs' is a currency only right before a number ('Rs 500', 'EUR 20')
  if (!code || (/^\p{L}/u.test(t.text) && !tokens[i + 1]?.numeric)) return undefined;
  return [code, i];
}

/** A number with its multiplier from token i ('1,099', '7m', '2 billion', 'five million'). */
function numberFrom(tokens: readonly Token[], i: number): [number, number] | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let value = t.numeric ? Number(t.text.replace(/,(?=\d{3}\b)/g, '')) : numberWordValue(t.lower);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let to = i + 1;
  const next = tokens[to];
  // '7m' and '2bn' are written against the number; 'million' may stand apart
  const multiplier = next ? MULTIPLIER_OF[next.lower] : undefined;
  if (next && multiplier && (next.start === t.end || next.lower.length > 2)) {
    value *= multiplier;
    to++;
  }
  return [value, to];
}

/** The sum of money at token i, in either order: '$1,099', '£7m', '5 million pounds', 'Rs 500 crore'. */
function sumAt(tokens: readonly Token[], i: number): Sum | undefined {
  const before = currencyBefore(tokens, i);
  if (before) {
    const [currency, from] = before;
    let k = i + 1;
    if (tokens[k]?.text === '.' && /^rs$/i.test(tokens[i]?.text ?? '')) k++;
    const read = numberFrom(tokens, k);
    return read ? { currency, value: read[0], from, to: read[1] } : undefined;
  }
  const read = numberFrom(tokens, i);
  if (!read) return undefined;
  const word = tokens[read[1]];
  const currency = word ? CURRENCY_AFTER[word.lower] : undefined;
  if (!currency) return undefined;
  // '10 pounds of cocaine' is a weight
  if (word?.lower === 'pounds' && /^(of|in)$/.test(tokens[read[1] + 1]?.lower ?? '')) return undefined;
  return { currency, value: read[0], from: i, to: read[1] + 1 };
}

/** The money word nearest the sum at [from, to), by token distance, the one before it at a tie. */
function moneyWordNear(words: readonly (readonly [number, string])[], from: number, to: number): string | undefined {
  const lo = firstAtOrAfter(words, from, (w) => w[0]);
  const before = words[lo - 1];
  let next = lo;
  while ((words[next]?.[0] ?? to) < to) next++;
  const after = words[next];
  if (!before) return after?.[1];
  if (!after) return before[1];
  return after[0] - to < from - before[0] ? after[1] : before[1];
}

/**
 * 'held without bail', 'is being held with no bond': bail refused is bail of none, set against any sum another
 * outlet gives ('$1 million bail').
 */
function noBailAt(context: ClauseContext): FactDraft | undefined {
  const { tokens } = context;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^(without|no)$/.test((tokens[i] as Token).lower) || MONEY_WORDS[tokens[i + 1]?.lower ?? ''] !== 'bail')
      continue;
    const who = personNear(context, i, i + 2);
    return {
      kind: 'number',
      attribute: 'bail',
      subject: who?.entity ?? '',
      subjectLabel: who?.label ?? '',
      value: { type: 'range', low: 0, high: 0, unit: '', label: wordsOf(context, i, i + 2) },
      from: i,
      to: i + 2,
    };
  }
  return undefined;
}

/**
 * Sums of money of a clause as facts: what the sum is from the money word nearest it ('will cost $1,099', 'held on
 * $200,000 bail', 'a £7m deal'), about the thing or person the clause names beside it, in its own currency (sums in
 * two currencies are not compared: no exchange rate is assumed). A hedge gives a range ('about $300').
 */
export function readMoney(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const none = noBailAt(context);
  const words = tokens.flatMap((t, k) =>
    // 'a contract worth $16 million' is the contract's sum: 'worth' after a money noun is that noun's
    MONEY_WORDS[t.lower] && !(VALUE_WORDS.test(t.lower) && MONEY_WORDS[tokens[k - 1]?.lower ?? ''])
      ? [[k, MONEY_WORDS[t.lower] as string] as const]
      : [],
  );
  // 'without bail' has 'bail' among the words, so a clause with none reaches here
  if (!words.length) return [];
  const out: FactDraft[] = none ? [none] : [];
  for (let i = 0; i < tokens.length; i++) {
    const hedge = hedgeAt(tokens, i);
    const sum = sumAt(tokens, hedge.start);
    if (!sum) continue;
    const attribute = moneyWordNear(words, sum.from, sum.to);
    if (!attribute) {
      i = sum.to - 1;
      continue;
    }
    const who =
      (PERSONAL_MONEY.test(attribute) ? personNear(context, sum.from, sum.to) : undefined) ??
      thingNear(context, sum.from, sum.to, 8);
    const label = wordsOf(context, sum.from, sum.to);
    out.push({
      kind: 'number',
      attribute,
      subject: who?.entity ?? '',
      subjectLabel: who?.label ?? '',
      value: { type: 'range', low: sum.value * hedge.low, high: sum.value * hedge.high, unit: sum.currency, label },
      from: hedge.hedge ? i : sum.from,
      to: sum.to,
    });
    i = sum.to - 1;
  }
  return out;
}
