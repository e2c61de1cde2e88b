import { RATE_NOUNS } from '../lexicon/factWords.js';
import { stem } from '../text/terms.js';
import { type ClauseContext, thingNear } from './clauseContext.js';
import { hedgeAt, readAmount, readUnit } from './readAmount.js';
import type { FactDraft } from './readNumbers.js';
import type { Token } from './tokens.js';

/** Verbs that link a rate to its value ('turnout was 62%', 'inflation rose to 5.2%'), and the words between. */
const LINKS =
  /^(was|is|were|are|stood|reached|hit|rose|fell|climbed|dropped|jumped|at|to|of|about|around|nearly|some)$/;

/**
 * Percentages of a clause as facts, only where the clause says what they measure: 'N% of the vote' (the share of
 * what follows), or a rate noun before it ('turnout was 62%', 'inflation rose to 5.2 per cent'). A bare
 * percentage is no fact.
 */
export function readPercents(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // an amount with its hedge ('about 40'), then '%', 'percent' or 'per cent'
    const amount = readAmount(tokens, i);
    const unit = amount && !amount.vague ? readUnit(tokens, amount.to) : undefined;
    if (!amount || unit?.dimension !== 'percent') continue;
    const at = amount.hedge ? hedgeAt(tokens, i).start : i;
    let attribute: string | undefined;
    // 'N% of (the) vote'
    if (tokens[unit.to]?.lower === 'of') {
      let k = unit.to + 1;
      if (/^(the|all|its|their)$/.test(tokens[k]?.lower ?? '')) k++;
      const noun = tokens[k];
      if (noun && /^\p{Ll}/u.test(noun.text)) attribute = `share of ${stem(noun.lower)}`;
    }
    // 'turnout was 62%', 'inflation rose to 5.2%': a rate noun before, past linking words only
    if (!attribute) {
      for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
        const w = tokens[k] as Token;
        if (RATE_NOUNS.has(w.lower)) {
          attribute = stem(w.lower);
          break;
        }
        if (!LINKS.test(w.lower)) break;
      }
    }
    if (!attribute) {
      i = unit.to - 1;
      continue;
    }
    const thing = thingNear(context, i, unit.to, 6);
    out.push({
      kind: 'number',
      attribute,
      subject: thing?.entity ?? '',
      subjectLabel: thing?.label ?? '',
      value: { type: 'range', low: amount.low, high: amount.high, unit: '%', label: `${amount.value}%` },
      from: i,
      to: unit.to,
    });
    i = unit.to - 1;
  }
  return out;
}
