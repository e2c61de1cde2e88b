import { PASSIVE_AUXILIARIES } from '../lexicon/functionWords.js';
import { type ClauseContext, personAfter, personNear } from './clauseContext.js';
import { readAmount } from './readAmount.js';
import type { FactDraft } from './readNumbers.js';
import type { Token } from './tokens.js';

/** Verbs that hand down a sentence ('was sentenced to', 'jailed for'); not 'faces' or 'could get', a maximum. */
const SENTENCING = /^(sentenced|sentencing|jailed|imprisoned|resentenced)$/;
/** Months in one unit of a term. */
const MONTHS: Readonly<Record<string, number>> = { year: 12, years: 12, month: 1, months: 1, week: 0.25, weeks: 0.25 };
/** Life and death as months, above any term of years, so that each differs from every term and from the other. */
const LIFE = 12 * 1000;
const DEATH = 12 * 10_000;
const STOP = /^(\.|;|but|after|because|while|whereas|although)$/;

type Draft = Omit<FactDraft, 'subject' | 'subjectLabel'>;

function term(value: number, label: string, from: number, to: number, low = value, high = value): Draft {
  return {
    kind: 'number',
    attribute: 'sentence',
    value: { type: 'range', low, high, unit: 'months', label },
    from,
    to,
  };
}

/** The term stated from token k on: 'life (in prison)', 'death', 'N years', 'a 20-year (prison) term'. */
function termAt(tokens: readonly Token[], k: number): Draft | undefined {
  const t = tokens[k] as Token;
  if (t.lower === 'life') return term(LIFE, 'life', k, k + 1);
  if (t.lower === 'death' && tokens[k + 1]?.lower !== 'toll') return term(DEATH, 'death', k, k + 1);
  // '20-year', '18-month' before a term or sentence
  const compound = /^(\d+)-(year|month|week)$/.exec(t.lower);
  if (compound) {
    const months = Number(compound[1]) * (MONTHS[compound[2] as string] ?? 0);
    return term(months, `${compound[1]} ${compound[2]}s`, k, k + 1);
  }
  const amount = readAmount(tokens, k);
  if (!amount || amount.vague) return undefined;
  // '25 years', and '20-year' written as three tokens
  const hyphen = tokens[amount.to]?.text === '-';
  const unit = tokens[amount.to + (hyphen ? 1 : 0)]?.lower;
  if (unit === undefined || MONTHS[unit] === undefined) return undefined;
  const per = MONTHS[unit] as number;
  const label = `${amount.value} ${unit.replace(/s?$/, 's')}`;
  return term(amount.value * per, label, k, amount.to + (hyphen ? 2 : 1), amount.low * per, amount.high * per);
}

/**
 * The prison term a court handed down, as a fact about the person sentenced: 'was sentenced to 25 years in
 * prison', 'jailed for 18 months', 'sentenced to life', 'a 20-year sentence' after a sentencing verb. Months are
 * the unit; life and death stand above every term. What someone faces or could get is a maximum, no sentence.
 */
export function readSentences(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCING.test((tokens[i] as Token).lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
      if (STOP.test((tokens[k] as Token).lower)) break;
      const found = termAt(tokens, k);
      if (!found) continue;
      // 'X was sentenced': the person before; 'Judge X sentenced Y': the person after the verb
      const passive = PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '');
      const after = passive ? undefined : personAfter(context, i + 1);
      const person = after && after.from - i <= 3 ? after : personNear(context, i, i + 1);
      out.push({ ...found, subject: person?.entity ?? '', subjectLabel: person?.label ?? '' });
      i = found.to - 1;
      break;
    }
  }
  return out;
}
