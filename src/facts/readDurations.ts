import { stem } from '../text/terms.js';
import type { ClauseContext } from './clauseContext.js';
import { readAmount, readUnit } from './readAmount.js';
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
    const amount = readAmount(tokens, k);
    if (!amount || amount.vague) continue;
    // a unit of time, in hours as the measures read it
    const unit = readUnit(tokens, amount.to);
    const thing = unit?.dimension === 'duration' ? thingBefore(tokens, i) : undefined;
    if (!unit || !thing) continue;
    const per = unit.factor;
    out.push({
      kind: 'number',
      attribute: 'duration',
      subject: `thing:${stem(thing)}`,
      subjectLabel: thing,
      value: {
        type: 'range',
        low: amount.low * per,
        high: amount.high * per,
        unit: 'hours',
        label: `${amount.value} ${(tokens[amount.to] as Token).lower.replace(/s?$/, 's')}`,
      },
      from: k,
      to: amount.to + 1,
    });
  }
  return out;
}
